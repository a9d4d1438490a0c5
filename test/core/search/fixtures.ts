import type { Core } from '../../../electron/core/core';
import { qb } from '../../../electron/core/db/query';
import type { AgencyRole, CaseSource, Outcome, Stage } from '../../../electron/core/db/schema';

/**
 * Small, explicit rows for search and list tests. Written with the same query builder as the
 * app, straight into the tables (the case services belong to other areas), so every test states
 * exactly the data it relies on.
 */
export interface CaseSeed {
  caseNumber: string;
  title?: string;
  courtNumber?: string | null;
  source?: CaseSource;
  categoryId?: string | null;
  complexity?: 'simple' | 'complex';
  stage?: Stage;
  coordinatorId?: string | null;
  disputeFocus?: string | null;
  claims?: string | null;
  notes?: string | null;
  receivedOn?: string;
  closedOn?: string | null;
  outcome?: Outcome | null;
  updatedAt?: string;
}

export function insertCase(core: Core, seed: CaseSeed): string {
  const id = core.newId();
  const stage = seed.stage ?? 'intake';
  const at = seed.updatedAt ?? core.now();
  core.q.run(
    qb.insertInto('cases').values({
      id,
      case_number: seed.caseNumber,
      court_number: seed.courtNumber ?? null,
      title: seed.title ?? `案件${seed.caseNumber}`,
      source: seed.source ?? 'party_application',
      category_id: seed.categoryId ?? null,
      complexity: seed.complexity ?? 'simple',
      stage,
      status: stage === 'closed' ? 'closed' : 'open',
      coordinator_id: seed.coordinatorId ?? null,
      template_id: null,
      dispute_focus: seed.disputeFocus ?? null,
      claims: seed.claims ?? null,
      amount_cents: null,
      received_on: seed.receivedOn ?? '2026-11-01',
      accepted_on: null,
      closed_on: seed.closedOn ?? null,
      outcome: seed.outcome ?? null,
      outcome_summary: null,
      outcome_basis: null,
      notes: seed.notes ?? null,
      deleted_at: null,
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}

export function insertParty(
  core: Core,
  caseId: string,
  name: string,
  role: 'applicant' | 'third_party' | 'representative' = 'applicant',
  createdAt = core.now(),
): string {
  const id = core.newId();
  core.q.run(
    qb.insertInto('parties').values({
      id,
      case_id: caseId,
      role,
      kind: 'person',
      name,
      id_type: null,
      id_number: null,
      phone: null,
      address: null,
      anonymised_at: null,
      deleted_at: null,
      created_at: createdAt,
      updated_at: createdAt,
    }),
  );
  return id;
}

export function insertActivity(core: Core, caseId: string, description: string, result: string | null = null): string {
  const id = core.newId();
  core.q.run(
    qb.insertInto('activities').values({
      id,
      case_id: caseId,
      step_id: null,
      stage: 'pre',
      occurred_at: core.now(),
      place: null,
      description,
      result,
      operator_id: null,
      deleted_at: null,
      created_at: core.now(),
      updated_at: core.now(),
    }),
  );
  return id;
}

export function insertAgency(core: Core, name: string): string {
  const id = core.newId();
  core.q.run(qb.insertInto('agencies').values({ id, name, short_name: null, kind: 'department', parent_id: null, deleted_at: null, created_at: core.now(), updated_at: core.now() }));
  return id;
}

export function linkAgency(core: Core, caseId: string, agencyId: string, role: AgencyRole): void {
  core.q.run(
    qb.insertInto('case_agencies').values({ id: core.newId(), case_id: caseId, agency_id: agencyId, role, deleted_at: null, created_at: core.now(), updated_at: core.now() }),
  );
}

export function insertClock(core: Core, caseId: string, dueOn: string, status: 'open' | 'met' | 'missed' | 'cancelled' = 'open'): void {
  core.q.run(
    qb.insertInto('clocks').values({
      id: core.newId(),
      case_id: caseId,
      kind: 'resolution',
      step_id: null,
      trigger_on: '2026-10-01',
      limit_days: 30,
      due_on: dueOn,
      status,
      completed_on: null,
      created_at: core.now(),
      updated_at: core.now(),
    }),
  );
}

export function softDelete(core: Core, table: 'cases' | 'parties' | 'activities', id: string): void {
  core.q.run(qb.updateTable(table).set({ deleted_at: core.now() }).where('id', '=', id));
}

export function categoryId(core: Core, name: string): string {
  return core.q.first(qb.selectFrom('dispute_categories').select('id').where('name', '=', name))!.id;
}
