import type { Role } from './schemas/common';

/**
 * What a channel needs. `public` channels work before first-run setup (there is no operator yet);
 * everything else needs a set-up center and an acting (signed-in, unlocked) operator whose role
 * holds the permission; the handler layer enforces both (electron/core/handlers/registry.ts).
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

/** What every signed-in operator may read: the dashboard, settings, reports and the court overview. */
const EVERYONE = ['app.read', 'data.read', 'settings.read', 'reports.read', 'court.read'] as const satisfies readonly Permission[];

/**
 * The role matrix (issue 8), enforced by the handler layer for every transport. Only the
 * administrator edits the workflow template, the holiday calendar, the categories and the
 * operators, reads and exports the audit log, runs backups and retention, rotates the court key
 * and loads demo data. Court packages (which carry full ID numbers by design) leave the center only
 * through the liaison or an administrator. Full ID numbers on screen (`ids.reveal`) are for the
 * coordinators who work the case; everyone else sees them masked.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  administrator: PERMISSIONS,
  coordinator: [
    ...EVERYONE,
    'cases.read',
    'cases.write',
    'agencies.read',
    'agencies.write',
    'tasks.read',
    'tasks.write',
    'linkage.read',
    'linkage.write',
    'meetings.read',
    'meetings.write',
    'court.import',
    'ids.reveal',
  ],
  secretary: [...EVERYONE, 'cases.read', 'agencies.read', 'tasks.read', 'tasks.write', 'linkage.read', 'meetings.read', 'meetings.write', 'meetings.admin'],
  liaison: [
    ...EVERYONE,
    'cases.read',
    'agencies.read',
    'tasks.read',
    'linkage.read',
    'linkage.write',
    'meetings.read',
    'court.export',
    'court.import',
  ],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return permission === 'public' || ROLE_PERMISSIONS[role].includes(permission);
}
