import type { Clash } from '../../contract/schemas/meetings';
import { loadCalendar } from '../clocks';
import type { Core } from '../core';
import { qb } from '../db/query';
import { addDays } from '../dates';
import { findClashes, type ClashCandidate, type ClashSubject } from './clashes';
import { chinaDateOf, toStoredInstant } from './meeting-time';
import { getWorkingHours } from './working-hours';

/**
 * Feeds the pure clash rules (clashes.ts) from the database: the meetings overlapping the
 * subject's time with their rooms and invited staff and contacts, the holiday calendar and the
 * working hours. Reads only; the save runs it inside its own transaction so the check and the
 * write see the same data.
 */

function candidates(core: Core, subject: ClashSubject): ClashCandidate[] {
  let query = qb
    .selectFrom('meetings')
    .select(['id', 'title', 'starts_at', 'ends_at', 'status', 'room_id'])
    .where('deleted_at', 'is', null)
    .where('status', '!=', 'cancelled')
    .where('starts_at', '<', toStoredInstant(subject.endsAt))
    .where('ends_at', '>', toStoredInstant(subject.startsAt))
    .orderBy('starts_at')
    .orderBy('id');
  if (subject.id !== null) query = query.where('id', '!=', subject.id);
  const meetings = core.q.all(query);
  if (meetings.length === 0) return [];
  const invitees = core.q.all(
    qb
      .selectFrom('meeting_invitees')
      .select(['meeting_id', 'operator_id', 'contact_id'])
      .where(
        'meeting_id',
        'in',
        meetings.map((m) => m.id),
      ),
  );
  return meetings.map((m) => {
    const mine = invitees.filter((i) => i.meeting_id === m.id);
    return {
      id: m.id,
      title: m.title,
      startsAt: m.starts_at,
      endsAt: m.ends_at,
      status: m.status,
      roomId: m.room_id,
      operatorIds: mine.flatMap((i) => (i.operator_id ? [i.operator_id] : [])),
      contactIds: mine.flatMap((i) => (i.contact_id ? [i.contact_id] : [])),
    };
  });
}

function holidayNames(core: Core, subject: ClashSubject): Map<string, string> {
  const rows = core.q.all(
    qb
      .selectFrom('holidays')
      .select(['date', 'name'])
      .where('date', '>=', chinaDateOf(subject.startsAt))
      .where('date', '<=', addDays(chinaDateOf(subject.endsAt), 1)),
  );
  return new Map(rows.map((r) => [r.date, r.name]));
}

export function clashesOf(core: Core, subject: ClashSubject): Clash[] {
  return findClashes(subject, candidates(core, subject), {
    calendar: loadCalendar(core),
    holidayNames: holidayNames(core, subject),
    hours: getWorkingHours(core),
  });
}
