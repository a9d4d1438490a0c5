import type { Role } from '../../contract/schemas/common';
import type { Localized } from '../../contract/result';

/** Role names as users read them (DOMAIN.md), for messages such as PERMISSION_DENIED. */
export const ROLE_LABEL: Record<Role, Localized> = {
  administrator: { 'zh-CN': '管理员', en: 'administrator' },
  coordinator: { 'zh-CN': '协调员', en: 'coordinator' },
  secretary: { 'zh-CN': '秘书', en: 'secretary' },
  liaison: { 'zh-CN': '联络员', en: 'liaison' },
};

/** `{role}` params for localize(): each language gets its own word. */
export function roleParams(role: Role | null): Record<string, string> {
  if (!role) return { role: '-' };
  return { role, 'role.zh-CN': ROLE_LABEL[role]['zh-CN'], 'role.en': ROLE_LABEL[role].en };
}
