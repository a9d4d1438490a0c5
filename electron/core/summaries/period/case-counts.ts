import { sql, type RawBuilder } from 'kysely';
import { CASE_SOURCES, OUTCOMES, RESOLVED_OUTCOMES } from '../../../contract/schemas/cases';
import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { byName } from '../../linkage/appearance';
import type { SummaryPeriod } from './period';

/**
 * Case counts of a period, each one SQL aggregate (the bench center has 20,000 cases; nothing
 * here loads them one by one). Definitions, all on China dates with both ends included:
 *   received  received_on in the period;
 *   closed    closed_on in the period (a reopened case has no closing date until it closes again,
 *             so it counts where it finally closed);
 *   resolved  closed in the period with a resolved outcome (RESOLVED_OUTCOMES: 撤回申请, 和解/调解协议,
 *             行政机关自行纠正, 司法确认), the same list the stage machine and the agency figures use.
 * Deleted cases count nowhere.
 */

type Counts = { received: number; closed: number; resolved: number };

/** part ÷ whole, or null when nothing was closed (no rate is not a 0 % rate). */
export function rateOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function withRate<T extends Counts>(row: T): T & { resolutionRate: number | null } {
  return { ...row, resolutionRate: rateOf(row.resolved, row.closed) };
}

const inPeriod = (column: string, p: SummaryPeriod): RawBuilder<unknown> => sql`${sql.ref(column)} BETWEEN ${p.from} AND ${p.to}`;
const resolvedOutcome = sql`c.outcome IN (${sql.join([...RESOLVED_OUTCOMES])})`;

/** received / closed / resolved as conditional sums over `c` (one pass over the period's cases). */
function countColumns(p: SummaryPeriod) {
  return [
    sql<number>`coalesce(sum(${inPeriod('c.received_on', p)}), 0)`.as('received'),
    sql<number>`coalesce(sum(${inPeriod('c.closed_on', p)}), 0)`.as('closed'),
    sql<number>`coalesce(sum(${inPeriod('c.closed_on', p)} AND ${resolvedOutcome}), 0)`.as('resolved'),
  ] as const;
}

/** Live cases received or closed in the period: the only rows the grouped counts can touch. */
function periodCases(p: SummaryPeriod) {
  return qb
    .selectFrom('cases as c')
    .where('c.deleted_at', 'is', null)
    .where((eb) => eb.or([eb.between('c.received_on', p.from, p.to), eb.between('c.closed_on', p.from, p.to)]));
}

export function totals(core: Core, p: SummaryPeriod): PeriodFigures['totals'] {
  const row = core.q.first(
    periodCases(p).select([
      ...countColumns(p),
      sql<number>`coalesce(sum(${inPeriod('c.closed_on', p)} AND c.outcome IN ('withdrawn', 'settlement')), 0)`.as('withdrawn_or_settled'),
    ]),
  );
  const open = core.q.first(
    qb
      .selectFrom('cases as c')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('c.deleted_at', 'is', null)
      .where('c.received_on', '<=', p.asOf)
      .where((eb) => eb.or([eb('c.closed_on', 'is', null), eb('c.closed_on', '>', p.asOf)])),
  );
  return {
    received: row?.received ?? 0,
    closed: row?.closed ?? 0,
    openAtEnd: open?.n ?? 0,
    resolved: row?.resolved ?? 0,
    withdrawnOrSettled: row?.withdrawn_or_settled ?? 0,
  };
}

/**
 * Every active category in the center's order, plus any inactive one with figures, plus 未分类
 * for cases without a category when there are any.
 */
export function byCategory(core: Core, p: SummaryPeriod): PeriodFigures['byCategory'] {
  const counts = core.q.all(periodCases(p).select(['c.category_id', ...countColumns(p)]).groupBy('c.category_id'));
  const byId = new Map(counts.map((r) => [r.category_id, r]));
  const categories = core.q.all(qb.selectFrom('dispute_categories').select(['id', 'name', 'active']).orderBy('sort').orderBy('name'));
  const rows: PeriodFigures['byCategory'] = [];
  for (const c of categories) {
    const n = byId.get(c.id);
    if (!c.active && !n) continue;
    rows.push(withRate({ categoryId: c.id, name: c.name, received: n?.received ?? 0, closed: n?.closed ?? 0, resolved: n?.resolved ?? 0 }));
  }
  const none = byId.get(null);
  if (none) rows.push(withRate({ categoryId: null, name: '未分类', received: none.received, closed: none.closed, resolved: none.resolved }));
  return rows;
}

/** Every source, in the contract's order (诉前委派 first), zeros included. */
export function bySource(core: Core, p: SummaryPeriod): PeriodFigures['bySource'] {
  const counts = core.q.all(periodCases(p).select(['c.source', ...countColumns(p)]).groupBy('c.source'));
  const bySrc = new Map(counts.map((r) => [r.source, r]));
  return CASE_SOURCES.map((source) => {
    const n = bySrc.get(source);
    return withRate({ source, received: n?.received ?? 0, closed: n?.closed ?? 0, resolved: n?.resolved ?? 0 });
  });
}

/**
 * Per respondent agency (被申请人) with any case received or closed in the period: most received
 * first, then most closed, then by name. A case with two respondents counts for each.
 */
export function byAgency(core: Core, p: SummaryPeriod): PeriodFigures['byAgency'] {
  const distinctWhen = (cond: RawBuilder<unknown>) => sql<number>`count(DISTINCT CASE WHEN ${cond} THEN c.id END)`;
  const rows = core.q.all(
    periodCases(p)
      .innerJoin('case_agencies as ca', 'ca.case_id', 'c.id')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .where('ca.role', '=', 'respondent')
      .where('ca.deleted_at', 'is', null)
      .select([
        'ca.agency_id',
        'a.name',
        distinctWhen(inPeriod('c.received_on', p)).as('received'),
        distinctWhen(inPeriod('c.closed_on', p)).as('closed'),
        distinctWhen(sql`${inPeriod('c.closed_on', p)} AND ${resolvedOutcome}`).as('resolved'),
      ])
      .groupBy(['ca.agency_id', 'a.name']),
  );
  return rows
    .map((r) => withRate({ agencyId: r.agency_id, agencyName: r.name, received: r.received, closed: r.closed, resolved: r.resolved }))
    .sort((a, b) => b.received - a.received || b.closed - a.closed || byName.compare(a.agencyName, b.agencyName));
}

/** Cases closed in the period by outcome, every outcome in the contract's order. */
export function byOutcome(core: Core, p: SummaryPeriod): PeriodFigures['byOutcome'] {
  const rows = core.q.all(
    qb
      .selectFrom('cases as c')
      .select(['c.outcome', (eb) => eb.fn.countAll<number>().as('n')])
      .where('c.deleted_at', 'is', null)
      .where('c.closed_on', '>=', p.from)
      .where('c.closed_on', '<=', p.to)
      .groupBy('c.outcome'),
  );
  const n = new Map(rows.map((r) => [r.outcome, r.n]));
  return OUTCOMES.map((outcome) => ({ outcome, count: n.get(outcome) ?? 0 }));
}
