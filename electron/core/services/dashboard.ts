import { sql, type Compilable } from 'kysely';
import type { DashboardSummary } from '../../contract/schemas/dashboard';
import { STAGES } from '../../contract/schemas/common';
import type { Core } from '../core';
import { qb } from '../db/query';
import { dueSoonAndOverdue, listClocks, toDueItem } from '../clocks';
import { addDays } from '../dates';
import { dueSuggestions } from '../linkage/suggestions';
import { taskDueLists } from '../tasks/task-due';

/** The last `n` months as `YYYY-MM`, oldest first, ending with the month of `today`. */
export function lastMonths(today: string, n: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i -= 1) {
    const total = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * The dashboard: headline counts, the acting operator's open cases, clocks due within three
 * working days and overdue ones (from the deadline engine), and received vs closed per month.
 */
export function dashboardSummary(core: Core, operatorId: string | null = null): DashboardSummary {
  const { q } = core;
  const live = qb.selectFrom('cases').where('deleted_at', 'is', null);
  const stageRows = q.all(live.select(['stage', sql<number>`count(*)`.as('count')]).groupBy('stage'));
  const byStage = STAGES.map((stage) => ({
    stage,
    count: stageRows.find((r) => r.stage === stage)?.count ?? 0,
  }));
  // Count per category id on the narrow index first, then name the (few) categories.
  const byCategory = q.all(
    qb
      .selectFrom(
        qb
          .selectFrom('cases')
          .where('deleted_at', 'is', null)
          .select(['category_id', sql<number>`count(*)`.as('count')])
          .groupBy('category_id')
          .as('c'),
      )
      .leftJoin('dispute_categories', 'dispute_categories.id', 'c.category_id')
      .select([sql<string>`coalesce(dispute_categories.name, '')`.as('category'), 'c.count'])
      .orderBy('c.count', 'desc'),
  );

  const count = (query: Compilable<{ n: number }>) => q.first(query)?.n ?? 0;
  const totalCases = byStage.reduce((sum, s) => sum + s.count, 0);
  const today = core.today();
  const months = lastMonths(today, 12);
  const since = `${months[0]}-01`;
  const monthly = (column: 'received_on' | 'closed_on') =>
    new Map(
      q
        .all(
          qb
            .selectFrom('cases')
            .where('deleted_at', 'is', null)
            .where(column, '>=', since)
            .where(column, '<', addDays(today, 1))
            .select([sql<string>`substr(${sql.ref(column)}, 1, 7)`.as('month'), sql<number>`count(*)`.as('n')])
            .groupBy('month'),
        )
        .map((r) => [r.month, r.n]),
    );
  const received = monthly('received_on');
  const closed = monthly('closed_on');
  const myOpenCases = operatorId
    ? q.all(
        qb
          .selectFrom('cases')
          .where('deleted_at', 'is', null)
          .where('status', '=', 'open')
          .where('coordinator_id', '=', operatorId)
          .select([
            'id',
            'case_number as caseNumber',
            'title',
            'stage',
            (eb) =>
              eb
                .selectFrom('clocks')
                .whereRef('clocks.case_id', '=', 'cases.id')
                .where('clocks.status', '=', 'open')
                .select((e) => e.fn.min('clocks.due_on').as('d'))
                .as('nextDueOn'),
          ])
          .orderBy('received_on', 'desc')
          .limit(50),
      )
    : [];
  const { dueSoon, overdue, dueSoonTotal, overdueTotal } = dueSoonAndOverdue(core, today);
  const transfers = listClocks(core, {
    today,
    kinds: ['transfer_to_filing'],
    states: ['open', 'due_soon', 'overdue', 'suspended'],
  }).map(toDueItem);
  return {
    totalCases,
    ...taskDueLists(core, today),
    suggestionsDue: dueSuggestions(core, today),
    openCases: totalCases - (byStage.find((s) => s.stage === 'closed')?.count ?? 0),
    byStage,
    byCategory,
    openTasks: count(
      qb
        .selectFrom('coordination_tasks')
        .where('deleted_at', 'is', null)
        .where('status', 'in', ['sent', 'acknowledged'])
        .select(sql<number>`count(*)`.as('n')),
    ),
    upcomingMeetings: count(
      qb
        .selectFrom('meetings')
        .where('deleted_at', 'is', null)
        .where('status', 'in', ['draft', 'scheduled'])
        .where('starts_at', '>=', core.now())
        .select(sql<number>`count(*)`.as('n')),
    ),
    agencies: count(
      qb.selectFrom('agencies').where('deleted_at', 'is', null).where('active', '=', 1).select(sql<number>`count(*)`.as('n')),
    ),
    myOpenCases: myOpenCases.map((c) => ({ ...c, nextDueOn: c.nextDueOn ?? null })),
    dueSoon,
    overdue,
    transfers,
    dueSoonTotal,
    overdueTotal,
    byMonth: months.map((month) => ({ month, received: received.get(month) ?? 0, closed: closed.get(month) ?? 0 })),
  };
}
