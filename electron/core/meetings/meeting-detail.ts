import type { AgendaItem, Invitee, MeetingDetail } from '../../contract/schemas/meetings';
import type { Core } from '../core';
import { qb } from '../db/query';
import { carriedOverItems, meetingActionItems } from './action-item-read';
import { meetingNotFound } from './meeting-messages';
import { summaryQuery, toSummary } from './meeting-list';

/** One meeting as its page (and the pack, and the invitation) reads it. */

/** The live meeting row, or NOT_FOUND. */
export function loadMeetingRow(core: Core, id: string) {
  const row = core.q.first(qb.selectFrom('meetings').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
  if (!row) throw meetingNotFound(id);
  return row;
}
export type MeetingRow = ReturnType<typeof loadMeetingRow>;

export function meetingInvitees(core: Core, meetingId: string): Invitee[] {
  return core.q
    .all(
      qb
        .selectFrom('meeting_invitees as i')
        .leftJoin('agency_contacts as k', 'k.id', 'i.contact_id')
        .leftJoin('agencies as a', 'a.id', 'k.agency_id')
        .select(['i.id', 'i.kind', 'i.operator_id', 'i.contact_id', 'i.party_id', 'a.name as agency_name', 'i.name', 'i.email', 'i.role', 'i.attended'])
        .where('i.meeting_id', '=', meetingId)
        .orderBy('i.created_at')
        .orderBy('i.id'),
    )
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      operatorId: r.operator_id,
      contactId: r.contact_id,
      partyId: r.party_id,
      agencyName: r.agency_name ?? null,
      name: r.name,
      email: r.email,
      role: r.role,
      attended: r.attended === null ? null : r.attended === 1,
    }));
}

export function meetingAgenda(core: Core, meetingId: string): AgendaItem[] {
  return core.q
    .all(
      qb
        .selectFrom('agenda_items as g')
        .leftJoin('cases as c', 'c.id', 'g.case_id')
        .select([
          'g.id',
          'g.sort',
          'g.case_id',
          'c.case_number',
          'c.title as case_title',
          'g.topic',
          'g.presenter',
          'g.minutes_allotted',
          'g.proposed_plan',
          'g.questions',
          'g.discussion',
          'g.decision',
        ])
        .where('g.meeting_id', '=', meetingId)
        .orderBy('g.sort')
        .orderBy('g.id'),
    )
    .map((r) => ({
      id: r.id,
      sort: r.sort,
      caseId: r.case_id,
      caseNumber: r.case_number ?? null,
      caseTitle: r.case_title ?? null,
      topic: r.topic,
      presenter: r.presenter,
      minutesAllotted: r.minutes_allotted,
      proposedPlan: r.proposed_plan,
      questions: r.questions,
      discussion: r.discussion,
      decision: r.decision,
    }));
}

export function getMeetingDetail(core: Core, id: string): MeetingDetail {
  const row = core.q.first(summaryQuery().where('m.id', '=', id));
  if (!row) throw meetingNotFound(id);
  const organiser = row.organiser_id ? core.q.first(qb.selectFrom('operators').select('name').where('id', '=', row.organiser_id)) : undefined;
  const minutes = core.q.first(qb.selectFrom('minutes').select(['summary', 'recorded_by', 'finalised_at']).where('meeting_id', '=', id));
  const recorder = minutes?.recorded_by ? core.q.first(qb.selectFrom('operators').select('name').where('id', '=', minutes.recorded_by)) : undefined;
  return {
    ...toSummary(row),
    organiserId: row.organiser_id,
    organiserName: organiser?.name ?? null,
    icsSequence: row.ics_sequence,
    invitees: meetingInvitees(core, id),
    agenda: meetingAgenda(core, id),
    minutes: minutes ? { summary: minutes.summary, recordedBy: recorder?.name ?? null, finalisedAt: minutes.finalised_at } : null,
    actionItems: meetingActionItems(core, id),
    carriedOver: carriedOverItems(core, { id, series_id: row.series_id, starts_at: row.starts_at }),
  };
}
