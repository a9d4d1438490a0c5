import type { Role } from '../../../electron/contract/schemas/common';
import type { Result } from '../../../electron/contract/result';
import { hashPasswordSync } from '../../../electron/core/auth/passwords';
import { fixedClock } from '../../../electron/core/clock';
import { openCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers/registry';
import { insertOperator } from '../../../electron/core/services/operators';
import { completeSetup } from '../../../electron/core/services/setup';
import { newSession, type Session } from '../../../electron/core/session';

/**
 * A set-up center with one operator per role. `passwords: true` gives each of them a password
 * (sign-in required); otherwise nobody has one and a session acts as whoever its operatorId names.
 */

export const PASSWORD: Record<Role, string> = {
  administrator: 'admin-pass-2026',
  coordinator: 'coord-pass-2026',
  secretary: 'secretary-pass-2026',
  liaison: 'liaison-pass-2026',
};
export const NAME: Record<Role, string> = { administrator: '张管理', coordinator: '李协调', secretary: '王秘书', liaison: '赵联络' };
export const ROLES_ALL: readonly Role[] = ['administrator', 'coordinator', 'secretary', 'liaison'];

export interface AuthFixture {
  core: Core;
  clock: ReturnType<typeof fixedClock>;
  ids: Record<Role, string>;
  /** The session that ran setup (signed in as the administrator when passwords are on). */
  setupSession: Session;
}

export async function authFixture(options: { passwords?: boolean; dir?: string } = {}): Promise<AuthFixture> {
  const clock = fixedClock('2026-11-27T02:00:00.000Z');
  const core = await openCore({
    databaseFile: options.dir ? `${options.dir}/adr-desk.sqlite3` : ':memory:',
    dataDir: options.dir ?? null,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock,
  });
  const setupSession = newSession();
  const { operator } = completeSetup(core, setupSession, {
    centerName: '秦皇岛市行政争议化解中心',
    level: 'city',
    courtName: '秦皇岛市中级人民法院',
    operatorName: NAME.administrator,
    operatorRole: 'administrator',
    ...(options.passwords ? { operatorPassword: PASSWORD.administrator } : {}),
  });
  const ids = { administrator: operator.id } as Record<Role, string>;
  for (const role of ['coordinator', 'secretary', 'liaison'] as const) {
    ids[role] = insertOperator(core, NAME[role], role, options.passwords ? hashPasswordSync(PASSWORD[role]) : null).id;
  }
  return { core, clock, ids, setupSession };
}

/** Without passwords: a session acting as the role's operator. */
export function actingAs(f: AuthFixture, role: Role): Session {
  return { ...newSession(), operatorId: f.ids[role] };
}

/** With passwords: a session signed in through auth.signIn. */
export async function signedInAs(f: AuthFixture, role: Role): Promise<Session> {
  const session = newSession();
  const result = await dispatch(f.core, session, 'auth.signIn', { operatorId: f.ids[role], password: PASSWORD[role] });
  if (!result.ok) throw new Error(`sign-in as ${role} failed: ${result.error.code}`);
  return session;
}

export function codeOf(result: Result<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

export function auditActions(core: Core, action: string): { entity_id: string | null; operator_name: string | null; detail: string }[] {
  return core.sqlite
    .prepare('SELECT entity_id, operator_name, detail FROM audit_log WHERE action = ? ORDER BY seq')
    .all(action) as never;
}
