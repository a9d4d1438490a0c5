import type { z } from 'zod';
import type { Clash, MeetingMoveSchema, MeetingSaveInputSchema, MeetingSaveResultSchema } from '../../contract/schemas/meetings';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { clashesOf } from './clash-check';
import type { ClashSubject } from './clashes';
import { hasChanges, syncAgenda, syncInvitees } from './meeting-children';
import { getMeetingDetail, loadMeetingRow, type MeetingRow } from './meeting-detail';
import { clashSubjectOf, meetingTimeIssues, normaliseDraft, type NormalisedMeeting } from './meeting-draft';
import { meetingClosed } from './meeting-messages';
import { toStoredInstant } from './meeting-time';
import { createSeries } from './series';

/**
 * Scheduling: create or edit a meeting (meetings.save), drag or resize it in the calendar
 * (meetings.move), or only look at the clashes (meetings.check).
 *
 * Save and move run the clash check inside their write transaction, before writing anything:
 * a clash with severity 'error' (a double-booked room) refuses the change; warnings refuse it
 * unless the user accepted them (acceptWarnings). A refused change returns saved:false with the
 * clashes and has written nothing; an accepted one returns the clashes too, for the record.
 *
 * ics_sequence is the RFC 5545 SEQUENCE of the meeting's invitation: it goes up by one with every
 * saved change to the time, the place, the agenda, the invitees or the status (the changes RFC
 * 5546 §2.1.4 counts as significant for attendees), so calendar clients replace the old copy.
 */

export type MeetingSaveInput = z.output<typeof MeetingSaveInputSchema>;
export type MeetingMoveInput = z.output<typeof MeetingMoveSchema>;
export type MeetingSaveResult = z.infer<typeof MeetingSaveResultSchema>;

/** Whether the clashes let a change through. */
export function clashesAllow(clashes: readonly Clash[], acceptWarnings: boolean): boolean {
  if (clashes.some((c) => c.severity === 'error')) return false;
  return acceptWarnings || clashes.length === 0;
}

function assertEditable(before: MeetingRow): void {
  if (before.status === 'held' || before.status === 'cancelled') throw meetingClosed(before.status, before.title);
}

/** meetings.check: the clashes of the meeting as drafted, nothing saved, nothing refused. */
export function checkMeeting(core: Core, actor: Actor, input: MeetingSaveInput): Clash[] {
  const before = input.meeting.id ? loadMeetingRow(core, input.meeting.id) : null;
  const { meeting } = normaliseDraft(core, actor, input.meeting, before);
  return clashesOf(core, clashSubjectOf(before?.id ?? null, meeting));
}

function seriesIdFor(core: Core, actor: Actor, m: NormalisedMeeting, now: string): string | null {
  return m.newSeriesName ? createSeries(core, actor, m.newSeriesName, m.kind, now) : m.seriesId;
}

function insertMeeting(core: Core, actor: Actor, m: NormalisedMeeting, clashes: readonly Clash[], now: string): string {
  const id = core.newId();
  const seriesId = seriesIdFor(core, actor, m, now);
  core.q.run(
    qb.insertInto('meetings').values({
      id,
      series_id: seriesId,
      kind: m.kind,
      title: m.title,
      starts_at: m.startsAt,
      ends_at: m.endsAt,
      room_id: m.roomId,
      place: m.place,
      organiser_id: m.organiserId,
      status: m.status,
      ics_sequence: 0,
      deleted_at: null,
      created_at: now,
      updated_at: now,
    }),
  );
  const invitees = syncInvitees(core, id, m.invitees, now);
  const agenda = syncAgenda(core, id, m.agenda, now);
  appendAudit(core.q, actor, now, {
    action: 'meeting.create',
    entity: 'meetings',
    entityId: id,
    detail: {
      title: m.title,
      kind: m.kind,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      roomId: m.roomId,
      place: m.place,
      organiserId: m.organiserId,
      status: m.status,
      seriesId,
      invitees: invitees.added,
      agenda: agenda.added,
      acceptedClashes: clashes.map((c) => c.kind),
    },
  });
  return id;
}

// Fields whose change the attendees must see (a new SEQUENCE); the rest (title, kind, organiser,
// series) are updated quietly.
const SIGNIFICANT = new Set(['starts_at', 'ends_at', 'room_id', 'place', 'status']);

function updateMeeting(core: Core, actor: Actor, before: MeetingRow, m: NormalisedMeeting, clashes: readonly Clash[], now: string): void {
  const values = {
    series_id: seriesIdFor(core, actor, m, now),
    kind: m.kind,
    title: m.title,
    starts_at: m.startsAt,
    ends_at: m.endsAt,
    room_id: m.roomId,
    place: m.place,
    organiser_id: m.organiserId,
    status: m.status,
  };
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const k of Object.keys(values) as (keyof typeof values)[]) {
    if (before[k] !== values[k]) changes[k] = { before: before[k], after: values[k] };
  }
  const invitees = syncInvitees(core, before.id, m.invitees, now);
  const agenda = syncAgenda(core, before.id, m.agenda, now);
  const significant = Object.keys(changes).some((k) => SIGNIFICANT.has(k)) || hasChanges(invitees) || hasChanges(agenda);
  if (Object.keys(changes).length === 0 && !significant) return;
  const sequence = before.ics_sequence + (significant ? 1 : 0);
  core.q.run(qb.updateTable('meetings').set({ ...values, ics_sequence: sequence, updated_at: now }).where('id', '=', before.id));
  appendAudit(core.q, actor, now, {
    action: 'meeting.update',
    entity: 'meetings',
    entityId: before.id,
    detail: {
      title: m.title,
      changes,
      ...(hasChanges(invitees) ? { invitees } : {}),
      ...(hasChanges(agenda) ? { agenda } : {}),
      sequence,
      acceptedClashes: clashes.map((c) => c.kind),
    },
  });
}

export function saveMeeting(core: Core, actor: Actor, input: MeetingSaveInput): MeetingSaveResult {
  const outcome = writeTx(core, () => {
    const before = input.meeting.id ? loadMeetingRow(core, input.meeting.id) : null;
    if (before) assertEditable(before);
    const { meeting, issues } = normaliseDraft(core, actor, input.meeting, before);
    if (issues.length > 0) throw fieldErrors(issues);
    const clashes = clashesOf(core, clashSubjectOf(before?.id ?? null, meeting));
    if (!clashesAllow(clashes, input.acceptWarnings)) return { id: null, clashes };
    const now = core.now();
    if (!before) return { id: insertMeeting(core, actor, meeting, clashes, now), clashes };
    updateMeeting(core, actor, before, meeting, clashes, now);
    return { id: before.id, clashes };
  });
  return { saved: outcome.id !== null, meeting: outcome.id ? getMeetingDetail(core, outcome.id) : null, clashes: outcome.clashes };
}

/** The stored meeting's room and invited people, at new times, as the clash rules see it. */
function storedSubject(core: Core, before: MeetingRow, startsAt: string, endsAt: string): ClashSubject {
  const room = before.room_id ? core.q.first(qb.selectFrom('rooms').select('name').where('id', '=', before.room_id)) : undefined;
  const invitees = core.q.all(qb.selectFrom('meeting_invitees').select(['operator_id', 'contact_id', 'name']).where('meeting_id', '=', before.id));
  return {
    id: before.id,
    startsAt,
    endsAt,
    roomId: before.room_id,
    roomName: room?.name ?? null,
    staff: invitees.flatMap((i) => (i.operator_id ? [{ operatorId: i.operator_id, name: i.name }] : [])),
    contacts: invitees.flatMap((i) => (i.contact_id ? [{ contactId: i.contact_id, name: i.name }] : [])),
  };
}

/** Drag or resize in the calendar: only the times change, under the same clash rules as a save. */
export function moveMeeting(core: Core, actor: Actor, input: MeetingMoveInput): MeetingSaveResult {
  const outcome = writeTx(core, () => {
    const before = loadMeetingRow(core, input.id);
    assertEditable(before);
    const issues = meetingTimeIssues(input.startsAt, input.endsAt, '');
    if (issues.length > 0) throw fieldErrors(issues);
    const startsAt = toStoredInstant(input.startsAt);
    const endsAt = toStoredInstant(input.endsAt);
    const clashes = clashesOf(core, storedSubject(core, before, startsAt, endsAt));
    if (!clashesAllow(clashes, input.acceptWarnings)) return { saved: false, clashes };
    if (startsAt === before.starts_at && endsAt === before.ends_at) return { saved: true, clashes };
    const now = core.now();
    const sequence = before.ics_sequence + 1;
    core.q.run(qb.updateTable('meetings').set({ starts_at: startsAt, ends_at: endsAt, ics_sequence: sequence, updated_at: now }).where('id', '=', before.id));
    appendAudit(core.q, actor, now, {
      action: 'meeting.move',
      entity: 'meetings',
      entityId: before.id,
      detail: { title: before.title, from: { startsAt: before.starts_at, endsAt: before.ends_at }, to: { startsAt, endsAt }, sequence, acceptedClashes: clashes.map((c) => c.kind) },
    });
    return { saved: true, clashes };
  });
  return { saved: outcome.saved, meeting: outcome.saved ? getMeetingDetail(core, input.id) : null, clashes: outcome.clashes };
}
