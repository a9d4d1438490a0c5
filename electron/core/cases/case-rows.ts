import type { Core } from '../core';
import { qb } from '../db/query';
import type { AgencyRole, Stage } from '../db/schema';
import { maskIdNumber } from '../validation/resident-id';
import type { NormalisedParty } from './intake-validation';
import { notFound } from './messages';

/** Row helpers shared by intake, editing and the stage machine. Call inside a transaction. */

export function insertParty(core: Core, caseId: string, p: NormalisedParty, now: string): string {
  const id = core.newId();
  core.q.run(
    qb.insertInto('parties').values({
      id,
      case_id: caseId,
      role: p.role,
      kind: p.kind,
      name: p.name,
      id_type: p.idType,
      id_number: p.idNumber,
      phone: p.phone,
      address: p.address,
      anonymised_at: null,
      deleted_at: null,
      created_at: now,
      updated_at: now,
    }),
  );
  return id;
}

export function insertCaseAgency(core: Core, caseId: string, agencyId: string, role: AgencyRole, now: string): string {
  const id = core.newId();
  core.q.run(
    qb.insertInto('case_agencies').values({
      id,
      case_id: caseId,
      agency_id: agencyId,
      role,
      deleted_at: null,
      created_at: now,
      updated_at: now,
    }),
  );
  return id;
}

export function insertTransition(
  core: Core,
  row: { caseId: string; from: Stage | null; to: Stage; kind: 'advance' | 'close' | 'reopen' | 'create'; reason: string | null; operatorId: string | null; at: string },
): void {
  core.q.run(
    qb.insertInto('stage_transitions').values({
      id: core.newId(),
      case_id: row.caseId,
      from_stage: row.from,
      to_stage: row.to,
      kind: row.kind,
      reason: row.reason,
      operator_id: row.operatorId,
      at: row.at,
    }),
  );
}

/**
 * What the append-only audit log keeps of a party. It can never be anonymised later (PIPL), so ID
 * and phone numbers are masked and an address is only marked as present.
 */
export function auditParty(p: {
  id?: string | undefined;
  name: string;
  role: string;
  kind: string;
  idType: string | null;
  idNumber: string | null;
  phone?: string | null;
  address?: string | null;
}): Record<string, string | boolean | null> {
  return {
    ...(p.id ? { id: p.id } : {}),
    name: p.name,
    role: p.role,
    kind: p.kind,
    idType: p.idType,
    idNumber: p.idNumber ? maskIdNumber(p.idNumber) : null,
    phone: p.phone ? maskIdNumber(p.phone) : null,
    address: Boolean(p.address),
  };
}

export function loadCaseRow(core: Core, caseId: string) {
  const row = core.q.first(qb.selectFrom('cases').selectAll().where('id', '=', caseId).where('deleted_at', 'is', null));
  if (!row) throw notFound(`案件 ${caseId}`, `case ${caseId}`);
  return row;
}
export type CaseRow = ReturnType<typeof loadCaseRow>;

/**
 * A write transaction begun with BEGIN IMMEDIATE. Services that read before they write use it:
 * with WAL, a deferred transaction that read a snapshot and then tries to write while another
 * process committed fails at once with SQLITE_BUSY (busy_timeout cannot help it); IMMEDIATE takes
 * the write lock first, so a concurrent writer (the CLI, a second window) is simply waited for.
 * Nested in a caller's transaction it becomes a savepoint.
 */
export function writeTx<T>(core: Core, fn: () => T): T {
  return core.sqlite.transaction(fn).immediate();
}
