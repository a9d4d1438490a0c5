import { sql } from 'kysely';
import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import type { Core } from '../../core';
import { addDays } from '../../dates';
import { qb } from '../../db/query';
import type { SummaryPeriod } from './period';

const OPEN_STAGES = ['intake', 'pre', 'during', 'post'] as const;
type OpenStage = (typeof OPEN_STAGES)[number];

/** The first instant after the China day `date` (UTC): 2026-09-30 → 2026-09-30T16:00:00.000Z. */
export function endOfChinaDay(date: string): string {
  return new Date(`${addDays(date, 1)}T00:00:00.000+08:00`).toISOString();
}

/**
 * Open cases at the period's end (received by then and not closed by then) by the stage they
 * were in at that end: the last stage transition recorded before the end of that day that is not
 * a closing. For a period ending today that is the case's current stage; for a past period it is
 * the stage then, not wherever the case has got to since. A closing that a later reopening undid
 * does not count: the case was open at the end, in the stage it had reached before closing. A case
 * without any stage history (loaded by other means than the app's intake) takes its current stage
 * while it is open, and is counted as unrecorded when it has closed since.
 */
export function stagesAtEnd(core: Core, p: SummaryPeriod): Pick<PeriodFigures, 'byStage' | 'stageUnrecorded'> {
  const end = endOfChinaDay(p.asOf);
  const stageThen = sql<string | null>`coalesce(
    (SELECT t.to_stage FROM stage_transitions t
      WHERE t.case_id = c.id AND t.at < ${end} AND t.to_stage <> 'closed'
      ORDER BY t.at DESC, t.id DESC LIMIT 1),
    CASE WHEN c.status = 'open' THEN c.stage END)`;
  // Grouped under its own alias: `GROUP BY stage` would group by the column c.stage (now).
  const rows = core.q.all(
    qb
      .selectFrom('cases as c')
      .select([stageThen.as('stage_then'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('c.deleted_at', 'is', null)
      .where('c.received_on', '<=', p.asOf)
      .where((eb) => eb.or([eb('c.closed_on', 'is', null), eb('c.closed_on', '>', p.asOf)]))
      .groupBy('stage_then'),
  );
  const counts = new Map(rows.map((r) => [r.stage_then, r.n]));
  const byStage = OPEN_STAGES.map((stage: OpenStage) => ({ stage, count: counts.get(stage) ?? 0 }));
  const known = byStage.reduce((n, s) => n + s.count, 0);
  const all = rows.reduce((n, r) => n + r.n, 0);
  return { byStage, stageUnrecorded: all - known };
}
