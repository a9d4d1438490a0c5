import { sql } from 'kysely';
import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import type { SummaryPeriod } from './period';

/**
 * Days to close of the cases closed in the period: closed_on − received_on in calendar days (as
 * the center reports time to resolution; the working-day clocks are a separate matter).
 *   median  the middle value, the mean of the two middle ones for an even count (as the agency
 *           figures' median of reply days);
 *   p90     nearest rank: the value at rank ⌈0.9 × n⌉ of the ascending list, so always a value
 *           that occurred (for 1 value that value, for 2 values the larger one, for 10 the 9th).
 * SQL counts and picks the ranks with ORDER BY … LIMIT 1 OFFSET k: no list of cases comes into JS.
 */

export function nearestRank(p: number, n: number): number {
  return Math.max(1, Math.ceil(p * n));
}

function closedInPeriod(p: SummaryPeriod) {
  return qb
    .selectFrom('cases as c')
    .where('c.deleted_at', 'is', null)
    .where('c.closed_on', '>=', p.from)
    .where('c.closed_on', '<=', p.to);
}

const DAYS = sql<number>`CAST(julianday(c.closed_on) - julianday(c.received_on) AS INTEGER)`;

export function daysToClose(core: Core, p: SummaryPeriod): PeriodFigures['daysToClose'] {
  const count = core.q.first(closedInPeriod(p).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  if (count === 0) return { count, median: null, p90: null };
  /** The value at a 1-based rank of the ascending list. */
  const atRank = (rank: number): number =>
    core.q.first(closedInPeriod(p).select(DAYS.as('days')).orderBy('days').limit(1).offset(rank - 1))?.days ?? 0;
  const median = count % 2 === 1 ? atRank((count + 1) / 2) : (atRank(count / 2) + atRank(count / 2 + 1)) / 2;
  return { count, median, p90: atRank(nearestRank(0.9, count)) };
}
