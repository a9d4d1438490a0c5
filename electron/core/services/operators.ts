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

export function insertOperator(core: Core, name: string, role: Role): OperatorRow {
  const now = core.now();
  const id = core.newId();
  core.q.run(qb.insertInto('operators').values({ id, name, role, active: 1, created_at: now, updated_at: now }));
  return { id, name, role };
}

export function actorOf(operator: OperatorRow | undefined): Actor {
  return operator ? { operatorId: operator.id, operatorName: operator.name } : SYSTEM_ACTOR;
}
