import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import type { SummaryPeriod } from './period';

/** Cases flagged typical (典型案例, for publicity) and closed in the period, in order of closing. */
export function typicalCases(core: Core, p: SummaryPeriod): PeriodFigures['typicalCases'] {
  const rows = core.q.all(
    qb
      .selectFrom('cases as c')
      .leftJoin('dispute_categories as d', 'd.id', 'c.category_id')
      .select(['c.id', 'c.case_number', 'c.title', 'd.name as category', 'c.outcome', 'c.received_on', 'c.closed_on'])
      .where('c.deleted_at', 'is', null)
      .where('c.is_typical', '=', 1)
      .where('c.outcome', 'is not', null)
      .where('c.closed_on', '>=', p.from)
      .where('c.closed_on', '<=', p.to)
      .orderBy('c.closed_on')
      .orderBy('c.case_number'),
  );
  return rows.map((r) => ({
    caseId: r.id,
    caseNumber: r.case_number,
    title: r.title,
    category: r.category,
    outcome: r.outcome!,
    receivedOn: r.received_on,
    closedOn: r.closed_on!,
  }));
}
