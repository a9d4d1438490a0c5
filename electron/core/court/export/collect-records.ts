import { sql, type Compilable, type RawBuilder } from 'kysely';
import type { BatchMode } from '../../../contract/schemas/court';
import { GENESIS_HASH } from '../../audit/hash';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { acknowledgedThrough, caseChangeSeqSql } from '../sync-state';
import type {
  ActivityRecord,
  AgencyRecord,
  CaseAgencyRecord,
  CaseRecord,
  DeletionEntity,
  DeletionRecord,
  MeetingRecord,
  OutcomeRecord,
  PartyRecord,
  PayloadRecords,
  TaskRecord,
  TransferRecord,
} from './payload-types';

/**
 * What goes into a batch, read in ONE read transaction so a write landing meanwhile (another
 * window, the CLI on the same file) cannot tear it: the change counter, the watermark, the cases
 * and every row they own all come from the same snapshot.
 *
 * Which rows: the cases whose change marker (caseChangeSeqSql, the same rule as the "unsynced"
 * badge) lies in (fromChangeSeq, toChangeSeq], each with ALL its current rows — a case's record
 * set is complete, so the court replaces its copy instead of merging; agencies changed in the range
 * plus every agency those cases refer to; and the soft-deleted rows stamped in the range.
 */

/** A closed case of the batch whose documents (summary, transfer notice) go with it. */
export interface DocumentNeed {
  caseId: string;
  caseNumber: string;
  transferred: boolean;
  /** The case's change marker: the document cache key. */
  sourceSeq: number;
}

export interface CollectedBatch {
  fromChangeSeq: number;
  toChangeSeq: number;
  previousAcknowledgedBatch: number | null;
  auditHead: { seq: number; hash: string };
  records: PayloadRecords;
  documents: DocumentNeed[];
  /** Changed agencies, apart from those only referenced by the batch's cases. */
  changedAgencies: number;
}

function rows<R, T>(core: Core, query: Compilable<R>, map: (row: R) => T): T[] {
  const { sql: text, parameters } = query.compile();
  const out: T[] = [];
  for (const row of core.q.prepare(text).iterate(...(parameters as unknown[])) as IterableIterator<R>) out.push(map(row));
  return out;
}

const marker = (alias: string): RawBuilder<number> => sql<number>`${sql.raw(caseChangeSeqSql(alias))}`;

function participants(json: string): { kind: string; name: string }[] {
  const list = JSON.parse(json) as { kind?: unknown; name?: unknown }[];
  return Array.isArray(list) ? list.map((p) => ({ kind: String(p.kind ?? 'other'), name: String(p.name ?? '') })) : [];
}

function mediability(json: string): string[] {
  const list = JSON.parse(json) as unknown;
  return Array.isArray(list) ? list.map(String) : [];
}

export function collectBatch(core: Core, mode: BatchMode): CollectedBatch {
  return core.sqlite.transaction(() => collectInSnapshot(core, mode)).deferred();
}

function collectInSnapshot(core: Core, mode: BatchMode): CollectedBatch {
  // change_counter is not in the Kysely schema (only triggers touch it).
  const toChangeSeq = (core.q.prepare('SELECT value FROM change_counter WHERE id = 1').pluck().get() as number | undefined) ?? 0;
  const fromChangeSeq = mode === 'all' ? 0 : acknowledgedThrough(core);
  const previous = core.q.first(
    qb
      .selectFrom('court_batches')
      .select((eb) => eb.fn.max('batch_number').as('n'))
      .where('direction', '=', 'export')
      .where('acknowledged_at', 'is not', null),
  );
  const head = core.q.first(qb.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1));

  const selected = rows(
    core,
    qb
      .selectFrom('cases as c')
      .select(['c.id', 'c.case_number', 'c.status', 'c.outcome', marker('c').as('marker')])
      .where('c.deleted_at', 'is', null)
      .where(marker('c'), '>', fromChangeSeq)
      .orderBy('c.id'),
    (r) => r,
  );
  const ids = JSON.stringify(selected.map((c) => c.id));
  const inBatch = sql<string>`(SELECT value FROM json_each(${ids}))`;

  const cases = rows(
    core,
    qb
      .selectFrom('cases as c')
      .leftJoin('dispute_categories as k', 'k.id', 'c.category_id')
      .leftJoin('operators as o', 'o.id', 'c.coordinator_id')
      .leftJoin('court_filings as cf', 'cf.case_id', 'c.id')
      .selectAll('c')
      .select(['k.name as category_name', 'o.name as coordinator_name', 'cf.filing_number', 'cf.filed_on'])
      .where('c.id', 'in', inBatch)
      .orderBy('c.id'),
    (c): CaseRecord => ({
      id: c.id,
      changeSeq: c.change_seq,
      caseNumber: c.case_number,
      courtNumber: c.court_number,
      title: c.title,
      source: c.source,
      category: c.category_name,
      complexity: c.complexity,
      stage: c.stage,
      status: c.status,
      coordinator: c.coordinator_name,
      disputeFocus: c.dispute_focus,
      claims: c.claims,
      amountCents: c.amount_cents,
      mediabilityFlags: mediability(c.mediability_flags),
      receivedOn: c.received_on,
      acceptedOn: c.accepted_on,
      closedOn: c.closed_on,
      outcome: c.outcome,
      courtFilingNumber: c.filing_number,
      courtFiledOn: c.filed_on,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
    }),
  );

  const parties = rows(
    core,
    qb.selectFrom('parties').selectAll().where('case_id', 'in', inBatch).where('deleted_at', 'is', null).orderBy('id'),
    (p): PartyRecord => ({
      id: p.id,
      changeSeq: p.change_seq,
      caseId: p.case_id,
      role: p.role,
      kind: p.kind,
      name: p.name,
      idType: p.id_type,
      idNumber: p.id_number,
      phone: p.phone,
      address: p.address,
    }),
  );

  const caseAgencies = rows(
    core,
    qb.selectFrom('case_agencies').selectAll().where('case_id', 'in', inBatch).where('deleted_at', 'is', null).orderBy('id'),
    (l): CaseAgencyRecord => ({ id: l.id, changeSeq: l.change_seq, caseId: l.case_id, agencyId: l.agency_id, role: l.role }),
  );

  const activities = rows(
    core,
    qb
      .selectFrom('activities as a')
      .leftJoin('workflow_steps as s', 's.id', 'a.step_id')
      .selectAll('a')
      .select('s.name as step_name')
      .where('a.case_id', 'in', inBatch)
      .where('a.deleted_at', 'is', null)
      .orderBy('a.id'),
    (a): ActivityRecord => ({
      id: a.id,
      changeSeq: a.change_seq,
      caseId: a.case_id,
      stage: a.stage,
      step: a.step_name,
      occurredAt: a.occurred_at,
      place: a.place,
      participants: participants(a.participants),
      description: a.description,
      result: a.result,
    }),
  );

  const tasks = rows(
    core,
    qb.selectFrom('coordination_tasks').selectAll().where('case_id', 'in', inBatch).where('deleted_at', 'is', null).orderBy('id'),
    (t): TaskRecord => ({
      id: t.id,
      changeSeq: t.change_seq,
      caseId: t.case_id!,
      agencyId: t.agency_id,
      request: t.request,
      sentOn: t.sent_on,
      dueOn: t.due_on,
      status: t.status,
      acknowledgedOn: t.acknowledged_on,
      replyText: t.reply_text,
      repliedOn: t.replied_on,
      closedOn: t.closed_on,
    }),
  );

  const meetings: MeetingRecord[] = [];
  for (const r of rows(
    core,
    qb
      .selectFrom('agenda_items as ai')
      .innerJoin('meetings as m', 'm.id', 'ai.meeting_id')
      .select([
        'm.id as meeting_id',
        'm.change_seq as meeting_seq',
        'm.kind',
        'm.title',
        'm.starts_at',
        'm.ends_at',
        'm.status',
        'ai.id',
        'ai.change_seq',
        'ai.case_id',
        'ai.sort',
        'ai.topic',
        'ai.decision',
      ])
      .where('ai.case_id', 'in', inBatch)
      .where('m.deleted_at', 'is', null)
      .orderBy('m.id')
      .orderBy('ai.sort')
      .orderBy('ai.id'),
    (r) => r,
  )) {
    let m = meetings.at(-1);
    if (m?.id !== r.meeting_id) {
      m = { id: r.meeting_id, changeSeq: r.meeting_seq, kind: r.kind, title: r.title, startsAt: r.starts_at, endsAt: r.ends_at, status: r.status, agenda: [] };
      meetings.push(m);
    }
    m.agenda.push({ id: r.id, changeSeq: r.change_seq, caseId: r.case_id!, sort: r.sort, topic: r.topic, decision: r.decision });
  }

  const outcomes = rows(
    core,
    qb
      .selectFrom('cases')
      .select(['id', 'change_seq', 'outcome', 'closed_on', 'outcome_summary', 'outcome_basis'])
      .where('id', 'in', inBatch)
      .where('status', '=', 'closed')
      .where('outcome', 'is not', null)
      .where('closed_on', 'is not', null)
      .orderBy('id'),
    (c): OutcomeRecord => ({
      caseId: c.id,
      changeSeq: c.change_seq,
      outcome: c.outcome!,
      closedOn: c.closed_on!,
      summary: c.outcome_summary,
      basis: c.outcome_basis,
    }),
  );

  // The transfer clock of the latest closing (a reopened case's earlier clock was cancelled).
  const transfers = rows(
    core,
    qb
      .selectFrom('cases as c')
      .leftJoin('clocks as k', (join) =>
        join.on(
          'k.id',
          '=',
          sql<string>`(SELECT id FROM clocks WHERE case_id = c.id AND kind = 'transfer_to_filing' AND status <> 'cancelled' ORDER BY trigger_on DESC, created_at DESC, id DESC LIMIT 1)`,
        ),
      )
      .leftJoin('court_filings as cf', 'cf.case_id', 'c.id')
      .select(['c.id', 'c.change_seq', 'c.closed_on', 'cf.filing_number', 'cf.filed_on', 'k.due_on', 'k.completed_on', 'k.status', 'k.change_seq as clock_seq'])
      .where('c.id', 'in', inBatch)
      .where('c.status', '=', 'closed')
      .where('c.outcome', '=', 'transferred_to_filing')
      .where('c.closed_on', 'is not', null)
      .orderBy('c.id'),
    (c): TransferRecord => ({
      caseId: c.id,
      changeSeq: Math.max(c.change_seq, c.clock_seq ?? 0),
      failedOn: c.closed_on!,
      transferDueOn: c.due_on,
      transferredOn: c.completed_on,
      clockStatus: c.status,
      courtFilingNumber: c.filing_number,
      courtFiledOn: c.filed_on,
    }),
  );

  const referenced = sql<string>`(SELECT agency_id FROM case_agencies WHERE case_id IN ${inBatch} AND deleted_at IS NULL
    UNION SELECT agency_id FROM coordination_tasks WHERE case_id IN ${inBatch} AND deleted_at IS NULL)`;
  let changedAgencies = 0;
  const agencies = rows(
    core,
    qb
      .selectFrom('agencies')
      .selectAll()
      .where((eb) => eb.or([eb.and([eb('change_seq', '>', fromChangeSeq), eb('deleted_at', 'is', null)]), eb('id', 'in', referenced)]))
      .orderBy('id'),
    (a): AgencyRecord => {
      if (a.change_seq > fromChangeSeq && a.deleted_at === null) changedAgencies += 1;
      return { id: a.id, changeSeq: a.change_seq, name: a.name, shortName: a.short_name, kind: a.kind, parentId: a.parent_id, active: a.active === 1 };
    },
  );

  const deletions = collectDeletions(core, fromChangeSeq);

  const documents = selected
    .filter((c) => c.status === 'closed' && c.outcome !== null)
    .map((c) => ({ caseId: c.id, caseNumber: c.case_number, transferred: c.outcome === 'transferred_to_filing', sourceSeq: c.marker }));

  return {
    fromChangeSeq,
    toChangeSeq,
    previousAcknowledgedBatch: previous?.n ?? null,
    auditHead: head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: GENESIS_HASH },
    records: { cases, parties, agencies, 'case-agencies': caseAgencies, activities, meetings, tasks, outcomes, transfers, deletions },
    documents,
    changedAgencies,
  };
}

/**
 * Soft-deleted rows stamped in the range. A meeting is only news to the court when it was about a
 * case (the only meetings a package carries).
 */
function collectDeletions(core: Core, from: number): DeletionRecord[] {
  const sources: { entity: DeletionEntity; table: string; caseId: string; extra?: string }[] = [
    { entity: 'cases', table: 'cases', caseId: 'id' },
    { entity: 'parties', table: 'parties', caseId: 'case_id' },
    { entity: 'case-agencies', table: 'case_agencies', caseId: 'case_id' },
    { entity: 'activities', table: 'activities', caseId: 'case_id' },
    { entity: 'tasks', table: 'coordination_tasks', caseId: 'case_id' },
    { entity: 'meetings', table: 'meetings', caseId: 'NULL', extra: 'AND EXISTS (SELECT 1 FROM agenda_items ai WHERE ai.meeting_id = t.id AND ai.case_id IS NOT NULL)' },
    { entity: 'agencies', table: 'agencies', caseId: 'NULL' },
  ];
  const union = sources
    .map(
      (s) =>
        `SELECT '${s.entity}' AS entity, t.id AS id, ${s.caseId === 'NULL' ? 'NULL' : `t.${s.caseId}`} AS caseId, t.deleted_at AS deletedAt, t.change_seq AS changeSeq
         FROM ${s.table} t WHERE t.deleted_at IS NOT NULL AND t.change_seq > @from ${s.extra ?? ''}`,
    )
    .join(' UNION ALL ');
  return core.q.prepare(`${union} ORDER BY entity, id`).all({ from }) as DeletionRecord[];
}
