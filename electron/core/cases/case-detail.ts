import { sql } from 'kysely';
import { isCaseUnsynced } from '../court/sync-state';
import { MEDIABILITY_FLAGS, type CaseDetail } from '../../contract/schemas/cases';
import { dueDate, loadCalendar } from '../clocks';
import type { Core } from '../core';
import { chinaDate } from '../dates';
import { qb } from '../db/query';
import type { Stage } from '../db/schema';
import { maskIdNumber } from '../validation/resident-id';
import { templateStepRows } from '../workflow/template-service';
import { attachmentsOfCase } from './attachments';
import { caseClockViews } from './case-clocks';
import { loadCaseRow, type CaseRow } from './case-rows';
import { STAGE_ORDER } from './stage-machine';

export interface CaseDetailOptions {
  /**
   * Full ID numbers instead of masked ones (1303**********1234). For now every operator may ask;
   * issue 8 (operators and roles) restricts it to the roles that need it and audits the reveal.
   */
  revealIds?: boolean;
}

const ROLE_ORDER = { respondent: 0, lead: 1, supporting: 2, related: 3 } as const;
const zhCollator = new Intl.Collator('zh-CN');

/** The case page: everything in CaseDetailSchema, read in one go. */
export function getCaseDetail(core: Core, caseId: string, options: CaseDetailOptions = {}): CaseDetail {
  const row = loadCaseRow(core, caseId);
  const today = core.today();
  const category = row.category_id
    ? core.q.first(qb.selectFrom('dispute_categories').select(['id', 'name']).where('id', '=', row.category_id))
    : undefined;
  const coordinator = row.coordinator_id
    ? core.q.first(qb.selectFrom('operators').select(['id', 'name']).where('id', '=', row.coordinator_id))
    : undefined;
  const template = row.template_id
    ? core.q.first(qb.selectFrom('workflow_templates').select('version').where('id', '=', row.template_id))
    : undefined;

  const parties = core.q
    .all(
      qb
        .selectFrom('parties')
        .select(['id', 'role', 'kind', 'name', 'id_type', 'id_number', 'phone', 'address'])
        .where('case_id', '=', row.id)
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id'),
    )
    .map((p) => ({
      id: p.id,
      role: p.role,
      kind: p.kind,
      name: p.name,
      idType: p.id_type,
      idNumber: p.id_number === null ? null : options.revealIds ? p.id_number : maskIdNumber(p.id_number),
      phone: p.phone,
      address: p.address,
    }));

  const agencies = core.q
    .all(
      qb
        .selectFrom('case_agencies')
        .innerJoin('agencies', 'agencies.id', 'case_agencies.agency_id')
        .select(['case_agencies.id', 'case_agencies.agency_id', 'case_agencies.role', 'agencies.name'])
        .where('case_agencies.case_id', '=', row.id)
        .where('case_agencies.deleted_at', 'is', null),
    )
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || zhCollator.compare(a.name, b.name))
    .map((a) => ({ id: a.id, agencyId: a.agency_id, name: a.name, role: a.role }));

  const activityRows = core.q.all(
    qb
      .selectFrom('activities')
      .leftJoin('workflow_steps', 'workflow_steps.id', 'activities.step_id')
      .leftJoin('operators', 'operators.id', 'activities.operator_id')
      .select([
        'activities.id',
        'activities.step_id',
        'workflow_steps.name as step_name',
        'activities.stage',
        'activities.occurred_at',
        'activities.place',
        'activities.participants',
        'activities.description',
        'activities.result',
        'operators.name as operator_name',
        'activities.updated_at',
      ])
      .where('activities.case_id', '=', row.id)
      .where('activities.deleted_at', 'is', null)
      .orderBy('activities.occurred_at')
      .orderBy('activities.created_at')
      .orderBy('activities.id'),
  );
  const attachments = attachmentsOfCase(core, row.id);
  const activities = activityRows.map((a) => ({
    id: a.id,
    stepId: a.step_id,
    stepName: a.step_name,
    stage: a.stage,
    occurredAt: a.occurred_at,
    place: a.place,
    participants: JSON.parse(a.participants) as CaseDetail['activities'][number]['participants'],
    description: a.description,
    result: a.result,
    operatorName: a.operator_name,
    attachments: attachments
      .filter((f) => f.activityId === a.id)
      .map((f) => ({ id: f.id, fileName: f.fileName, sizeBytes: f.sizeBytes, sha256: f.sha256, mimeType: f.mimeType })),
    updatedAt: a.updated_at,
  }));

  const history = core.q
    .all(
      qb
        .selectFrom('stage_transitions')
        .leftJoin('operators', 'operators.id', 'stage_transitions.operator_id')
        .select([
          'stage_transitions.id',
          'stage_transitions.from_stage',
          'stage_transitions.to_stage',
          'stage_transitions.kind',
          'stage_transitions.reason',
          'stage_transitions.at',
          'operators.name as operator_name',
        ])
        .where('stage_transitions.case_id', '=', row.id)
        .orderBy('stage_transitions.at')
        .orderBy('stage_transitions.id'),
    )
    .map((h) => ({
      id: h.id,
      fromStage: h.from_stage,
      toStage: h.to_stage,
      kind: h.kind,
      reason: h.reason,
      operatorName: h.operator_name,
      at: h.at,
    }));

  const filing = core.q.first(qb.selectFrom('court_filings').select(['filing_number', 'filed_on']).where('case_id', '=', row.id));

  const flags = (JSON.parse(row.mediability_flags) as string[]).filter((f): f is (typeof MEDIABILITY_FLAGS)[number] =>
    (MEDIABILITY_FLAGS as readonly string[]).includes(f),
  );

  return {
    id: row.id,
    caseNumber: row.case_number,
    courtNumber: row.court_number,
    title: row.title,
    source: row.source,
    category: category ?? null,
    mediabilityFlags: flags,
    complexity: row.complexity,
    stage: row.stage,
    status: row.status,
    coordinator: coordinator ?? null,
    disputeFocus: row.dispute_focus,
    claims: row.claims,
    amountYuan: row.amount_cents === null ? null : row.amount_cents / 100,
    receivedOn: row.received_on,
    acceptedOn: row.accepted_on,
    closedOn: row.closed_on,
    outcome: row.outcome,
    outcomeSummary: row.outcome_summary,
    outcomeBasis: row.outcome_basis,
    isTypical: row.is_typical === 1,
    courtFilingNumber: filing?.filing_number ?? null,
    courtFiledOn: filing?.filed_on ?? null,
    unsynced: isCaseUnsynced(core, row.id),
    notes: row.notes,
    templateVersion: template?.version ?? null,
    parties,
    agencies,
    steps: stepStatuses(core, row, today, history),
    activities,
    clocks: caseClockViews(core, row.id),
    history,
    updatedAt: row.updated_at,
  };
}

/**
 * The steps of the case's template version with their status. A step with a time limit is due
 * that many days (deadline rules and holiday calendar of the clock engine) after its stage began:
 * the received date for intake, the acceptance date for pre-resolution, otherwise the last move
 * into the stage. It is overdue only while the case is still in that stage; no clock rows are
 * kept for steps. Retired steps show only when activities were logged against them.
 */
function stepStatuses(
  core: Core,
  row: CaseRow,
  today: string,
  history: readonly { toStage: Stage; at: string }[],
): CaseDetail['steps'] {
  if (!row.template_id) return [];
  const counts = new Map(
    core.q
      .all(
        qb
          .selectFrom('activities')
          .select(['step_id', sql<number>`count(*)`.as('n')])
          .where('case_id', '=', row.id)
          .where('deleted_at', 'is', null)
          .where('step_id', 'is not', null)
          .groupBy('step_id'),
      )
      .map((r) => [r.step_id!, r.n]),
  );
  const entered = new Map<Stage, string>();
  for (const h of history) entered.set(h.toStage, chinaDate(new Date(h.at)));
  entered.set('intake', row.received_on);
  if (row.accepted_on) entered.set('pre', row.accepted_on);
  const reached = STAGE_ORDER.indexOf(row.stage);
  const calendar = loadCalendar(core);

  return templateStepRows(core, row.template_id)
    .filter((s) => s.retired === 0 || counts.has(s.id))
    .map((s) => {
      const activityCount = counts.get(s.id) ?? 0;
      const start = STAGE_ORDER.indexOf(s.stage) <= reached ? entered.get(s.stage) : undefined;
      const dueOn = s.time_limit_days !== null && start ? dueDate(start, s.time_limit_days, [], calendar) : null;
      const status: 'done' | 'pending' | 'overdue' =
        activityCount > 0 ? 'done' : dueOn !== null && row.stage === s.stage && today > dueOn ? 'overdue' : 'pending';
      return {
        stepId: s.id,
        code: s.code,
        name: s.name,
        stage: s.stage,
        required: s.required === 1,
        timeLimitDays: s.time_limit_days,
        status,
        dueOn,
        activityCount,
      };
    });
}

/** The case with this number (exactly as shown, e.g. 行化〔2026〕15号), live cases only. */
export function findCaseByNumber(core: Core, caseNumber: string): { id: string; caseNumber: string } | undefined {
  const row = core.q.first(
    qb.selectFrom('cases').select(['id', 'case_number']).where('case_number', '=', caseNumber.trim()).where('deleted_at', 'is', null),
  );
  return row ? { id: row.id, caseNumber: row.case_number } : undefined;
}
