import type { z } from 'zod';
import type { CaseUpdateSchema } from '../../contract/schemas/cases';
import type { FieldIssue } from '../../contract/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { AgencyRole } from '../db/schema';
import { fieldErrors } from '../errors';
import { auditParty, insertCaseAgency, insertParty, loadCaseRow, type CaseRow, writeTx } from './case-rows';
import { restartResolutionClock } from './case-clocks';
import {
  agencyIssues,
  amountCents,
  blankToNull,
  categoryIssues,
  coordinatorIssues,
  courtNumberIssues,
  linkKey,
  mediabilityWarnings,
  normaliseParty,
  partyIssues,
  receivedOnIssues,
  type NormalisedParty,
} from './intake-validation';
import { conflict } from './messages';
import type { CaseCreateResult } from './intake';

export type CaseUpdateInput = z.output<typeof CaseUpdateSchema>;

type Scalars = Pick<
  CaseRow,
  | 'title'
  | 'source'
  | 'court_number'
  | 'category_id'
  | 'mediability_flags'
  | 'complexity'
  | 'coordinator_id'
  | 'dispute_focus'
  | 'claims'
  | 'amount_cents'
  | 'received_on'
  | 'notes'
>;

/** The form's field → the column it edits, converted to the stored form. */
function requestedScalars(input: CaseUpdateInput, issues: FieldIssue[]): Partial<Scalars> {
  const out: Partial<Scalars> = {};
  if (input.title !== undefined) out.title = input.title;
  if (input.source !== undefined) out.source = input.source;
  if (input.courtNumber !== undefined) out.court_number = blankToNull(input.courtNumber);
  if (input.categoryId !== undefined) out.category_id = input.categoryId;
  if (input.mediabilityFlags !== undefined) out.mediability_flags = JSON.stringify([...new Set(input.mediabilityFlags)]);
  if (input.complexity !== undefined) out.complexity = input.complexity;
  if (input.coordinatorId !== undefined) out.coordinator_id = input.coordinatorId;
  if (input.disputeFocus !== undefined) out.dispute_focus = blankToNull(input.disputeFocus);
  if (input.claims !== undefined) out.claims = blankToNull(input.claims);
  if (input.amountYuan !== undefined) {
    const amount = amountCents(input.amountYuan);
    issues.push(...amount.issues);
    out.amount_cents = amount.cents;
  }
  if (input.receivedOn !== undefined) out.received_on = input.receivedOn;
  if (input.notes !== undefined) out.notes = blankToNull(input.notes);
  return out;
}

/** Column names in audit entries use the form's names, so the log reads like the form. */
const FORM_NAME: Record<keyof Scalars, string> = {
  title: 'title',
  source: 'source',
  court_number: 'courtNumber',
  category_id: 'categoryId',
  mediability_flags: 'mediabilityFlags',
  complexity: 'complexity',
  coordinator_id: 'coordinatorId',
  dispute_focus: 'disputeFocus',
  claims: 'claims',
  amount_cents: 'amountCents',
  received_on: 'receivedOn',
  notes: 'notes',
};

interface StoredParty extends NormalisedParty {
  id: string;
}

function storedParties(core: Core, caseId: string): StoredParty[] {
  return core.q
    .all(
      qb
        .selectFrom('parties')
        .select(['id', 'role', 'kind', 'name', 'id_type', 'id_number', 'phone', 'address'])
        .where('case_id', '=', caseId)
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id'),
    )
    .map((r) => ({
      id: r.id,
      role: r.role,
      kind: r.kind,
      name: r.name,
      idType: r.id_type as NormalisedParty['idType'],
      idNumber: r.id_number,
      phone: r.phone,
      address: r.address,
    }));
}

const PARTY_FIELDS = ['role', 'kind', 'name', 'idType', 'idNumber', 'phone', 'address'] as const;

/**
 * Edits the intake fields of a case. Only the keys present in the input change. Parties with an
 * id are updated, new ones inserted, ones left out soft-deleted; agencies likewise, matched by
 * agency and role. One audit entry holds the before/after of every changed field (ID numbers
 * masked). A closed case accepts only notes. Nothing changed → nothing written.
 */
export function updateCase(core: Core, actor: Actor, input: CaseUpdateInput): CaseCreateResult {
  return writeTx(core, () => {
    const now = core.now();
    const today = core.today();
    const before = loadCaseRow(core, input.id);
    const issues: FieldIssue[] = [];
    const requested = requestedScalars(input, issues);
    const changed: Partial<Scalars> = {};
    for (const [key, value] of Object.entries(requested) as [keyof Scalars, Scalars[keyof Scalars]][]) {
      if (before[key] !== value) (changed as Record<string, unknown>)[key] = value;
    }

    // Parties
    const oldParties = storedParties(core, before.id);
    const partyPlan = input.parties ? planParties(oldParties, input.parties.map(normaliseParty)) : null;
    // Agencies
    const oldLinks = core.q.all(
      qb.selectFrom('case_agencies').select(['id', 'agency_id', 'role', 'deleted_at']).where('case_id', '=', before.id),
    );
    const liveLinks = new Set(oldLinks.filter((l) => l.deleted_at === null).map((l) => linkKey(l.agency_id, l.role)));
    const agencyPlan = input.agencies ? planAgencies(liveLinks, input.agencies) : null;

    const changedKeys = [
      ...Object.keys(changed),
      ...(partyPlan && partyPlan.changes ? ['parties'] : []),
      ...(agencyPlan && agencyPlan.changes ? ['agencies'] : []),
    ];
    if (before.status === 'closed' && changedKeys.some((k) => k !== 'notes')) {
      throw conflict('案件已结案，只能修改备注；如需修改其他内容，请先重新启动案件', 'The case is closed: only its notes can change; reopen it to edit anything else');
    }

    if (changed.category_id !== undefined && changed.category_id !== null) issues.push(...categoryIssues(core, changed.category_id));
    if (changed.coordinator_id !== undefined) issues.push(...coordinatorIssues(core, changed.coordinator_id));
    if (changed.court_number !== undefined) issues.push(...courtNumberIssues(core, changed.court_number, before.id));
    if (changed.received_on !== undefined) issues.push(...receivedOnIssues(changed.received_on, today, before.accepted_on));
    if (input.agencies && agencyPlan?.changes) issues.push(...agencyIssues(core, input.agencies, liveLinks));
    if (partyPlan?.changes) {
      const known = new Map(oldParties.map((p) => [p.id, { idType: p.idType, idNumber: p.idNumber }]));
      issues.push(...partyIssues(partyPlan.wanted, today, known));
    }
    if (issues.length > 0) throw fieldErrors(issues);

    const flagsAfter = JSON.parse(changed.mediability_flags ?? before.mediability_flags) as string[];
    const result: CaseCreateResult = { id: before.id, caseNumber: before.case_number, warnings: mediabilityWarnings(flagsAfter) };
    if (changedKeys.length === 0) return result;

    if (Object.keys(changed).length > 0) {
      core.q.run(qb.updateTable('cases').set({ ...changed, updated_at: now }).where('id', '=', before.id));
    } else {
      core.q.run(qb.updateTable('cases').set({ updated_at: now }).where('id', '=', before.id));
    }
    const partyAudit = partyPlan?.changes ? applyParties(core, before.id, partyPlan, now) : undefined;
    const agencyAudit = agencyPlan?.changes ? applyAgencies(core, before.id, oldLinks, agencyPlan, now) : undefined;
    if (changed.complexity !== undefined) restartResolutionClock(core, actor, before.id, changed.complexity);

    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const key of Object.keys(changed) as (keyof Scalars)[]) {
      changes[FORM_NAME[key]] = { before: before[key], after: changed[key] };
    }
    appendAudit(core.q, actor, now, {
      action: 'case.update',
      entity: 'cases',
      entityId: before.id,
      detail: {
        caseNumber: before.case_number,
        changes,
        ...(partyAudit ? { parties: partyAudit } : {}),
        ...(agencyAudit ? { agencies: agencyAudit } : {}),
      },
    });
    return result;
  });
}

interface PartyPlan {
  wanted: NormalisedParty[];
  removed: StoredParty[];
  updated: { before: StoredParty; after: NormalisedParty }[];
  added: NormalisedParty[];
  changes: boolean;
}

function planParties(oldParties: StoredParty[], wanted: NormalisedParty[]): PartyPlan {
  const byId = new Map(oldParties.map((p) => [p.id, p]));
  const keep = new Set(wanted.flatMap((p) => (p.id ? [p.id] : [])));
  const removed = oldParties.filter((p) => !keep.has(p.id));
  const added = wanted.filter((p) => p.id === undefined);
  const updated = wanted.flatMap((p) => {
    const old = p.id ? byId.get(p.id) : undefined;
    return old && PARTY_FIELDS.some((f) => old[f] !== p[f]) ? [{ before: old, after: p }] : [];
  });
  // An id that is not one of this case's parties is reported by partyIssues.
  const foreign = wanted.some((p) => p.id !== undefined && !byId.has(p.id));
  return { wanted, removed, updated, added, changes: foreign || removed.length + added.length + updated.length > 0 };
}

function applyParties(core: Core, caseId: string, plan: PartyPlan, now: string) {
  for (const p of plan.removed) {
    core.q.run(qb.updateTable('parties').set({ deleted_at: now, updated_at: now }).where('id', '=', p.id));
  }
  for (const { after } of plan.updated) {
    core.q.run(
      qb
        .updateTable('parties')
        .set({ role: after.role, kind: after.kind, name: after.name, id_type: after.idType, id_number: after.idNumber, phone: after.phone, address: after.address, updated_at: now })
        .where('id', '=', after.id!),
    );
  }
  const addedIds = plan.added.map((p) => insertParty(core, caseId, p, now));
  return {
    added: plan.added.map((p, i) => auditParty({ ...p, id: addedIds[i] })),
    removed: plan.removed.map((p) => auditParty(p)),
    updated: plan.updated.map(({ before, after }) => {
      const b = auditParty(before);
      const a = auditParty(after);
      const fields: Record<string, { before: unknown; after: unknown }> = {};
      for (const f of PARTY_FIELDS) {
        if (before[f] !== after[f]) fields[f] = { before: b[f], after: a[f] };
      }
      return { id: before.id, name: after.name, fields };
    }),
  };
}

interface AgencyPlan {
  wanted: { agencyId: string; role: AgencyRole }[];
  removed: string[];
  added: { agencyId: string; role: AgencyRole }[];
  changes: boolean;
}

function planAgencies(live: ReadonlySet<string>, wanted: { agencyId: string; role: AgencyRole }[]): AgencyPlan {
  const wantedKeys = new Set(wanted.map((a) => linkKey(a.agencyId, a.role)));
  const removed = [...live].filter((k) => !wantedKeys.has(k));
  const added = wanted.filter((a) => !live.has(linkKey(a.agencyId, a.role)));
  return { wanted, removed, added, changes: removed.length + added.length > 0 };
}

function applyAgencies(
  core: Core,
  caseId: string,
  links: readonly { id: string; agency_id: string; role: AgencyRole; deleted_at: string | null }[],
  plan: AgencyPlan,
  now: string,
) {
  const byKey = new Map(links.map((l) => [linkKey(l.agency_id, l.role), l]));
  for (const key of plan.removed) {
    const link = byKey.get(key)!;
    core.q.run(qb.updateTable('case_agencies').set({ deleted_at: now, updated_at: now }).where('id', '=', link.id));
  }
  const seen = new Set<string>();
  for (const a of plan.added) {
    const key = linkKey(a.agencyId, a.role);
    if (seen.has(key)) continue;
    seen.add(key);
    // UNIQUE (case_id, agency_id, role): a link removed earlier comes back rather than duplicating.
    const old = byKey.get(key);
    if (old) core.q.run(qb.updateTable('case_agencies').set({ deleted_at: null, updated_at: now }).where('id', '=', old.id));
    else insertCaseAgency(core, caseId, a.agencyId, a.role, now);
  }
  return {
    added: plan.added,
    removed: plan.removed.map((k) => {
      const l = byKey.get(k)!;
      return { agencyId: l.agency_id, role: l.role };
    }),
  };
}
