import type { Core } from '../core';
import { qb } from '../db/query';
import { inviteeKey, type NormalisedAgendaItem, type NormalisedInvitee } from './meeting-draft';

/**
 * The invitee list and the agenda are sent as full lists each time the meeting is saved. Rows are
 * kept where they can be (an invitee by who it is, an agenda item by id), so attendance, minutes
 * and action items stay attached; new ones are inserted and missing ones deleted. Call inside the
 * saving transaction. Each returns what changed, for the audit entry and the SEQUENCE bump.
 */

export interface ListChanges {
  added: string[];
  removed: string[];
  updated: string[];
}

export function hasChanges(c: ListChanges): boolean {
  return c.added.length + c.removed.length + c.updated.length > 0;
}

export function syncInvitees(core: Core, meetingId: string, wanted: readonly NormalisedInvitee[], now: string): ListChanges {
  const rows = core.q.all(
    qb.selectFrom('meeting_invitees').select(['id', 'kind', 'operator_id', 'contact_id', 'party_id', 'name', 'email', 'role']).where('meeting_id', '=', meetingId),
  );
  const byKey = new Map(rows.map((r) => [inviteeKey(r), r]));
  const changes: ListChanges = { added: [], removed: [], updated: [] };
  for (const inv of wanted) {
    const row = byKey.get(inv.key);
    byKey.delete(inv.key);
    if (!row) {
      core.q.run(
        qb.insertInto('meeting_invitees').values({
          id: core.newId(),
          meeting_id: meetingId,
          kind: inv.kind,
          operator_id: inv.operatorId,
          contact_id: inv.contactId,
          party_id: inv.partyId,
          name: inv.name,
          email: inv.email,
          role: inv.role,
          attended: null,
          signed_in_at: null,
          created_at: now,
          updated_at: now,
        }),
      );
      changes.added.push(inv.name);
    } else if (row.name !== inv.name || row.email !== inv.email || row.role !== inv.role) {
      core.q.run(qb.updateTable('meeting_invitees').set({ name: inv.name, email: inv.email, role: inv.role, updated_at: now }).where('id', '=', row.id));
      changes.updated.push(inv.name);
    }
  }
  for (const gone of byKey.values()) {
    core.q.run(qb.deleteFrom('meeting_invitees').where('id', '=', gone.id));
    changes.removed.push(gone.name);
  }
  return changes;
}

function agendaLabel(caseNumber: string | null | undefined, topic: string | null): string {
  return [caseNumber, topic].filter(Boolean).join(' ');
}

/** Items get sort 10, 20, 30… in the order given. Removal was checked by normaliseDraft. */
export function syncAgenda(core: Core, meetingId: string, wanted: readonly NormalisedAgendaItem[], now: string): ListChanges {
  const rows = core.q.all(
    qb
      .selectFrom('agenda_items as g')
      .leftJoin('cases as c', 'c.id', 'g.case_id')
      .select(['g.id', 'g.case_id', 'c.case_number', 'g.topic', 'g.presenter', 'g.minutes_allotted', 'g.sort', 'g.proposed_plan', 'g.questions'])
      .where('g.meeting_id', '=', meetingId),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const caseNumber = (caseId: string | null) =>
    caseId ? core.q.first(qb.selectFrom('cases').select('case_number').where('id', '=', caseId))?.case_number : null;
  const changes: ListChanges = { added: [], removed: [], updated: [] };
  wanted.forEach((item, i) => {
    const values = {
      case_id: item.caseId,
      topic: item.topic,
      presenter: item.presenter,
      minutes_allotted: item.minutesAllotted,
      sort: (i + 1) * 10,
      proposed_plan: item.proposedPlan,
      questions: item.questions,
    };
    const row = item.id ? byId.get(item.id) : undefined;
    if (row) byId.delete(row.id);
    if (!row) {
      core.q.run(
        qb.insertInto('agenda_items').values({
          id: core.newId(),
          meeting_id: meetingId,
          ...values,
          discussion: null,
          decision: null,
          created_at: now,
          updated_at: now,
        }),
      );
      changes.added.push(agendaLabel(caseNumber(item.caseId), item.topic));
    } else if ((Object.keys(values) as (keyof typeof values)[]).some((k) => row[k] !== values[k])) {
      core.q.run(qb.updateTable('agenda_items').set({ ...values, updated_at: now }).where('id', '=', row.id));
      changes.updated.push(agendaLabel(caseNumber(item.caseId), item.topic));
    }
  });
  for (const gone of byId.values()) {
    core.q.run(qb.deleteFrom('agenda_items').where('id', '=', gone.id));
    changes.removed.push(agendaLabel(gone.case_number, gone.topic));
  }
  return changes;
}
