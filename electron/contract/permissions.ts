import type { Role } from './schemas/common';

/**
 * What a channel needs. `public` channels work before first-run setup (there is no operator yet);
 * everything else needs a set-up center and an acting operator. Role checks per permission are
 * enforced in the handler layer; the role table lands with operator sign-in (issue 8) and until
 * then every role holds every permission.
 */
export const PERMISSIONS = [
  'public',
  'app.read',
  'data.read',
  'demo.load',
  'settings.read',
  'audit.read',
  'cases.read',
  'cases.write',
  'workflow.admin',
  'holidays.admin',
  'categories.admin',
  'agencies.read',
  'agencies.write',
  'tasks.read',
  'tasks.write',
  'linkage.read',
  'linkage.write',
  'meetings.read',
  'meetings.write',
  'meetings.admin',
  'reports.read',
  'court.read',
  'court.export',
  'court.import',
  'court.keys',
  'operators.admin',
  'ids.reveal',
  'audit.export',
  'backup.admin',
  'retention.admin',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  administrator: PERMISSIONS,
  coordinator: PERMISSIONS,
  secretary: PERMISSIONS,
  liaison: PERMISSIONS,
};

export function roleHas(role: Role, permission: Permission): boolean {
  return permission === 'public' || ROLE_PERMISSIONS[role].includes(permission);
}
