import type { z } from 'zod';
import type { ChangePasswordInputSchema, OperatorAdmin, OperatorSaveSchema } from '../../contract/schemas/auth';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { conflict, field, notFound } from '../cases/messages';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { markSignedIn, type Session } from '../session';
import type { OperatorRow } from '../services/operators';
import { hashPassword, verifyPassword } from './passwords';
import { noteFailure, realSleep, type Sleep } from './sign-in-throttle';

/**
 * Operator administration (administrators only, operators.manage / operators.save) and each
 * operator's own password (auth.changePassword). Audit entries say what changed and that a
 * password was set, never the password or its hash.
 */

type OperatorSave = z.output<typeof OperatorSaveSchema>;
type ChangePassword = z.output<typeof ChangePasswordInputSchema>;

const ADMIN_COLUMNS = ['id', 'name', 'role', 'active', 'password_hash', 'created_at', 'updated_at'] as const;

function toAdmin(row: {
  id: string;
  name: string;
  role: OperatorAdmin['role'];
  active: number;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
}): OperatorAdmin {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    active: row.active === 1,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listOperatorsAdmin(core: Core): OperatorAdmin[] {
  return core.q
    .all(qb.selectFrom('operators').select(ADMIN_COLUMNS).orderBy('active', 'desc').orderBy('name'))
    .map(toAdmin);
}

function loadRow(core: Core, id: string) {
  return core.q.first(qb.selectFrom('operators').select(ADMIN_COLUMNS).where('id', '=', id));
}

interface OperatorAfter {
  role: OperatorAdmin['role'];
  active: boolean;
  hasPassword: boolean;
}

function countOthers(core: Core, exceptId: string | null, admins: boolean, withPassword: boolean): number {
  let query = qb.selectFrom('operators').select((eb) => eb.fn.countAll<number>().as('n')).where('active', '=', 1);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (admins) query = query.where('role', '=', 'administrator');
  if (withPassword) query = query.where('password_hash', 'is not', null);
  return core.q.first(query)?.n ?? 0;
}

/**
 * Checked before every change, so a refused one writes nothing: the center keeps an active
 * administrator, and once sign-in is required (some password set) one of them can sign in —
 * otherwise nobody could ever manage operators again.
 */
function assertAdministrable(core: Core, id: string | null, after: OperatorAfter): void {
  const admin = after.active && after.role === 'administrator';
  const counts = (admins: boolean, withPassword: boolean, self: boolean) =>
    countOthers(core, id, admins, withPassword) + (self ? 1 : 0);
  if (counts(true, false, admin) === 0) {
    throw conflict(
      '至少需要保留一名在用的管理员：不能停用最后一名管理员或更改其角色',
      'At least one active administrator must remain: the last administrator cannot be deactivated or given another role',
    );
  }
  if (counts(false, true, after.active && after.hasPassword) > 0 && counts(true, true, admin && after.hasPassword) === 0) {
    throw conflict(
      '设置密码后即需登录，请先为一名管理员设置密码，否则无人能够管理操作员',
      'Setting a password turns sign-in on: give an administrator a password first, or nobody could manage operators',
    );
  }
}

function nameTaken(core: Core, name: string, exceptId: string | undefined): boolean {
  let query = qb.selectFrom('operators').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return core.q.first(query) !== undefined;
}

/** Creates (password required) or changes an operator: name, role, active, password reset. */
export async function saveOperator(core: Core, actor: Actor, input: OperatorSave): Promise<OperatorAdmin> {
  if (!input.id && !input.password) {
    throw fieldErrors([field('password', '新操作员必须设置密码', 'A new operator needs a password')]);
  }
  // scrypt runs before the write transaction: the transaction stays short and synchronous.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return writeTx(core, () => {
    if (nameTaken(core, input.name, input.id)) {
      throw fieldErrors([field('name', '已有同名操作员', 'Another operator has this name')]);
    }
    const now = core.now();
    let id = input.id;
    if (!id) {
      assertAdministrable(core, null, { role: input.role, active: input.active, hasPassword: true });
      id = core.newId();
      core.q.run(
        qb.insertInto('operators').values({
          id,
          name: input.name,
          role: input.role,
          password_hash: passwordHash,
          active: input.active ? 1 : 0,
          created_at: now,
          updated_at: now,
        }),
      );
      appendAudit(core.q, actor, now, {
        action: 'operator.create',
        entity: 'operators',
        entityId: id,
        detail: { name: input.name, role: input.role, active: input.active, passwordSet: true },
      });
    } else {
      const before = loadRow(core, id);
      if (!before) throw notFound('操作员', 'operator');
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      if (before.name !== input.name) changes.name = { before: before.name, after: input.name };
      if (before.role !== input.role) changes.role = { before: before.role, after: input.role };
      if ((before.active === 1) !== input.active) changes.active = { before: before.active === 1, after: input.active };
      if (Object.keys(changes).length === 0 && passwordHash === null) return toAdmin(before);
      assertAdministrable(core, id, {
        role: input.role,
        active: input.active,
        hasPassword: passwordHash !== null || before.password_hash !== null,
      });
      core.q.run(
        qb
          .updateTable('operators')
          .set({
            name: input.name,
            role: input.role,
            active: input.active ? 1 : 0,
            ...(passwordHash !== null ? { password_hash: passwordHash } : {}),
            updated_at: now,
          })
          .where('id', '=', id),
      );
      appendAudit(core.q, actor, now, {
        action: 'operator.update',
        entity: 'operators',
        entityId: id,
        detail: { name: input.name, changes, ...(passwordHash !== null ? { passwordReset: true } : {}) },
      });
    }
    return toAdmin(loadRow(core, id)!);
  });
}

/**
 * The operator's own password. The current one is required when there is one (a colleague at an
 * unlocked workstation must not be able to take the account over); a wrong one is slowed down
 * like a failed sign-in. The session counts as signed in afterwards: the operator has just chosen
 * the password, and setting the first password turns sign-in on.
 */
export async function changeOwnPassword(
  core: Core,
  session: Session,
  operator: OperatorRow,
  input: ChangePassword,
  sleep: Sleep = realSleep,
): Promise<{ changed: true }> {
  const current = loadRow(core, operator.id)?.password_hash ?? null;
  if (current !== null && !(input.currentPassword && (await verifyPassword(input.currentPassword, current)))) {
    await sleep(noteFailure(core, operator.id));
    throw fieldErrors([field('currentPassword', '当前密码不正确', 'The current password is wrong')]);
  }
  const hash = await hashPassword(input.newPassword);
  writeTx(core, () => {
    assertAdministrable(core, operator.id, { role: operator.role, active: true, hasPassword: true });
    const now = core.now();
    core.q.run(qb.updateTable('operators').set({ password_hash: hash, updated_at: now }).where('id', '=', operator.id));
    appendAudit(core.q, { operatorId: operator.id, operatorName: operator.name }, now, {
      action: 'operator.passwordChange',
      entity: 'operators',
      entityId: operator.id,
      detail: { name: operator.name, first: current === null },
    });
  });
  markSignedIn(session, operator.id, core.clock.now().getTime());
  return { changed: true };
}
