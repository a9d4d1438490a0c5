import type { Role } from '../../contract/schemas/common';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { Actor } from '../audit/audit-log';
import { SYSTEM_ACTOR } from '../audit/audit-log';

export interface OperatorRow {
  id: string;
  name: string;
  role: Role;
}

export function findOperator(core: Core, id: string): OperatorRow | undefined {
  return core.q.first(
    qb.selectFrom('operators').select(['id', 'name', 'role']).where('id', '=', id).where('active', '=', 1),
  );
}

/** Active operators by name (the sign-in picker, the CLI's --operator). */
export function activeOperators(core: Core): OperatorRow[] {
  return core.q.all(qb.selectFrom('operators').select(['id', 'name', 'role']).where('active', '=', 1).orderBy('name'));
}

export function findOperatorByName(core: Core, name: string): OperatorRow | undefined {
  return core.q.first(
    qb.selectFrom('operators').select(['id', 'name', 'role']).where('name', '=', name).where('active', '=', 1),
  );
}

/** The stored scrypt string of an active operator; stays inside the core (never returned by a channel). */
export function passwordHashOf(core: Core, id: string): string | null {
  const row = core.q.first(
    qb.selectFrom('operators').select('password_hash').where('id', '=', id).where('active', '=', 1),
  );
  return row?.password_hash ?? null;
}

/** Sign-in is required as soon as one active operator has a password. */
export function anyPasswordSet(core: Core): boolean {
  const row = core.q.first(
    qb.selectFrom('operators').select('id').where('active', '=', 1).where('password_hash', 'is not', null).limit(1),
  );
  return row !== undefined;
}

export function insertOperator(core: Core, name: string, role: Role, passwordHash: string | null = null): OperatorRow {
  const now = core.now();
  const id = core.newId();
  core.q.run(
    qb.insertInto('operators').values({ id, name, role, password_hash: passwordHash, active: 1, created_at: now, updated_at: now }),
  );
  return { id, name, role };
}

export function actorOf(operator: OperatorRow | undefined): Actor {
  return operator ? { operatorId: operator.id, operatorName: operator.name } : SYSTEM_ACTOR;
}
