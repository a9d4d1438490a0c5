import type { MeetingSummary } from '../../../contract/schemas/meetings';
import { addDays } from '../../dates';

/**
 * A range of China dates (both days included) as instants: from 00:00 China time on `from` to
 * 00:00 on the day after `to`. The +08:00 offset is exact (one zone, no daylight saving).
 */
export function rangeInstants(from: string, to: string): { from: string; to: string } {
  return { from: `${from}T00:00:00+08:00`, to: `${addDays(to, 1)}T00:00:00+08:00` };
}

/**
 * The meetings a range file carries: every one that overlaps the range and is not a draft (a draft
 * has not been announced, so nobody should find it in their calendar yet). A meeting that ends
 * exactly when the range begins does not overlap it. Cancelled ones stay, to cancel earlier imports.
 */
export function meetingsForRange<M extends Pick<MeetingSummary, 'startsAt' | 'endsAt' | 'status'>>(
  meetings: readonly M[],
  from: string,
  to: string,
): M[] {
  const range = rangeInstants(from, to);
  const start = Date.parse(range.from);
  const end = Date.parse(range.to);
  return meetings
    .filter((m) => m.status !== 'draft' && Date.parse(m.startsAt) < end && Date.parse(m.endsAt) > start)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
