import { sql } from 'kysely';
import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import type { SummaryPeriod } from './period';

/** 'YYYY-MM' of every calendar month the period touches, in order. */
export function monthsOf(p: Pick<SummaryPeriod, 'from' | 'to'>): string[] {
  const months: string[] = [];
  let year = Number(p.from.slice(0, 4));
  let month = Number(p.from.slice(5, 7));
  const last = p.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * Received and closed per calendar month, for the trend line of a period longer than a month
 * (empty for one within a single month, where a line of one point says nothing). A custom range
 * starting or ending mid-month counts only its own days of those months.
 */
export function monthly(core: Core, p: SummaryPeriod): PeriodFigures['monthly'] {
  const months = monthsOf(p);
  if (months.length < 2) return [];
  const received = core.q.all(
    qb
      .selectFrom('cases as c')
      .select([sql<string>`substr(c.received_on, 1, 7)`.as('month'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('c.deleted_at', 'is', null)
      .where('c.received_on', '>=', p.from)
      .where('c.received_on', '<=', p.to)
      .groupBy('month'),
  );
  const closed = core.q.all(
    qb
      .selectFrom('cases as c')
      .select([sql<string>`substr(c.closed_on, 1, 7)`.as('month'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('c.deleted_at', 'is', null)
      .where('c.closed_on', '>=', p.from)
      .where('c.closed_on', '<=', p.to)
      .groupBy('month'),
  );
  const r = new Map(received.map((x) => [x.month, x.n]));
  const c = new Map(closed.map((x) => [x.month, x.n]));
  return months.map((month) => ({ month, received: r.get(month) ?? 0, closed: c.get(month) ?? 0 }));
}
