import type { z } from 'zod';
import type { MeetingListInputSchema, MeetingSummary } from '../../contract/schemas/meetings';
import type { Core } from '../core';
import { qb, type Row } from '../db/query';
import { toStoredInstant } from './meeting-time';

/** The calendar's reading: meetings in a time window, as summaries. */

export type MeetingListInput = z.output<typeof MeetingListInputSchema>;

/** Live meetings with their series, room and the sizes of their agenda and invitee list. */
export function summaryQuery() {
  return qb
    .selectFrom('meetings as m')
    .leftJoin('meeting_series as s', 's.id', 'm.series_id')
    .leftJoin('rooms as r', 'r.id', 'm.room_id')
    .where('m.deleted_at', 'is', null)
    .select((eb) => [
      'm.id',
      'm.series_id',
      's.name as series_name',
      'm.kind',
      'm.title',
      'm.starts_at',
      'm.ends_at',
      'm.room_id',
      'r.name as room_name',
      'm.place',
      'm.status',
      'm.organiser_id',
      'm.ics_sequence',
      eb.selectFrom('agenda_items as a').select((e) => e.fn.countAll<number>().as('n')).whereRef('a.meeting_id', '=', 'm.id').as('agenda_count'),
      eb.selectFrom('meeting_invitees as i').select((e) => e.fn.countAll<number>().as('n')).whereRef('i.meeting_id', '=', 'm.id').as('invitee_count'),
    ]);
}

export type SummaryRow = Row<ReturnType<typeof summaryQuery>>;

export function toSummary(r: SummaryRow): MeetingSummary {
  return {
    id: r.id,
    seriesId: r.series_id,
    seriesName: r.series_name ?? null,
    kind: r.kind,
    title: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    roomId: r.room_id,
    roomName: r.room_name ?? null,
    place: r.place,
    status: r.status,
    agendaCount: Number(r.agenda_count ?? 0),
    inviteeCount: Number(r.invitee_count ?? 0),
  };
}

/**
 * Meetings overlapping [from, to) — a meeting that ends exactly at `from` is not in it — by start
 * time. Cancelled ones only when asked (the calendar can show them struck through).
 */
export function listMeetings(core: Core, input: MeetingListInput): MeetingSummary[] {
  let query = summaryQuery()
    .where('m.starts_at', '<', toStoredInstant(input.to))
    .where('m.ends_at', '>', toStoredInstant(input.from))
    .orderBy('m.starts_at')
    .orderBy('m.id');
  if (!input.includeCancelled) query = query.where('m.status', '!=', 'cancelled');
  return core.q.all(query).map(toSummary);
}
