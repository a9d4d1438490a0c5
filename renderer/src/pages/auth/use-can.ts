import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../electron/contract/schemas/common';
import { roleHas, type Permission } from '../../../../electron/contract/permissions';
import { useAuthStore } from '../../stores/stores';

/**
 * Whether the signed-in operator holds a permission (auth.status lists them). Only for hiding
 * what the operator may not use: the core refuses the call anyway (PERMISSION_DENIED).
 */
export function useCan(permission: Permission): boolean {
  return useAuthStore((s) => s.status?.permissions.includes(permission) ?? false);
}

/** The roles that hold a permission, named in the UI language (for "only … may do this"). */
export function useRolesWith(permission: Permission): string {
  const { t } = useTranslation();
  return ROLES.filter((role) => roleHas(role, permission))
    .map((role) => t(`role.${role}`))
    .join(t('auth.denied.rolesJoin'));
}
