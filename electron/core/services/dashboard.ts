import { sql, type Compilable } from 'kysely';
import type { DashboardSummary } from '../../contract/schemas/dashboard';
import { STAGES } from '../../contract/schemas/common';
import type { Core } from '../core';
import { qb } from '../db/query';

/** The dashboard's headline counts. Cases, clocks and tasks add their lists in later issues. */
export function dashboardSummary(core: Core): DashboardSummary {
  const { q } = core;
  const live = qb.selectFrom('cases').where('deleted_at', 'is', null);
  const stageRows = q.all(live.select(['stage', sql<number>`count(*)`.as('count')]).groupBy('stage'));
  const byStage = STAGES.map((stage) => ({
    stage,
    count: stageRows.find((r) => r.stage === stage)?.count ?? 0,
  }));
  const byCategory = q.all(
    qb
      .selectFrom('cases')
      .leftJoin('dispute_categories', 'dispute_categories.id', 'cases.category_id')
      .where('cases.deleted_at', 'is', null)
      .select([sql<string>`coalesce(dispute_categories.name, '')`.as('category'), sql<number>`count(*)`.as('count')])
      .groupBy('dispute_categories.name')
      .orderBy('count', 'desc'),
  );
  const count = (query: Compilable<{ n: number }>) => q.first(query)?.n ?? 0;
  const totalCases = byStage.reduce((sum, s) => sum + s.count, 0);
  return {
    totalCases,
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
  };
}
