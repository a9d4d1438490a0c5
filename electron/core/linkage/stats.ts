import { sql } from 'kysely';
import { APPEARANCE_TARGET, type LinkageStats } from '../../contract/schemas/linkage';
import type { Core } from '../core';
import { qb } from '../db/query';
import { getSetting } from '../services/settings';
import { appearanceIn, byName } from './appearance';
import { asOfDate, periodOf, yearPeriod, type Period } from './period';

/**
 * An agency with at least this many cases in a year (as respondent) must send staff to attend a
 * court hearing that year (旁听庭审). The seed says "many cases" without a number; centers set it.
 */
export const ATTENDANCE_THRESHOLD_KEY = 'linkage.attendance_case_threshold';
export const DEFAULT_ATTENDANCE_THRESHOLD = 5;

export function attendanceThreshold(core: Core): number {
  const value = getSetting<number>(core, ATTENDANCE_THRESHOLD_KEY);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : DEFAULT_ATTENDANCE_THRESHOLD;
}

/**
 * Per agency for a calendar year: cases received that year with the agency as respondent, and
 * its hearing attendances that year. Flagged first, then by cases, then by name.
 */
export function attendanceIn(core: Core, year: number, threshold: number): LinkageStats['attendance'] {
  const { from, to } = yearPeriod(year);
  const cases = core.q.all(
    qb
      .selectFrom('case_agencies as ca')
      .innerJoin('cases as c', 'c.id', 'ca.case_id')
      .select(['ca.agency_id', sql<number>`count(distinct ca.case_id)`.as('n')])
      .where('ca.role', '=', 'respondent')
      .where('ca.deleted_at', 'is', null)
      .where('c.deleted_at', 'is', null)
      .where('c.received_on', '>=', from)
      .where('c.received_on', '<=', to)
      .groupBy('ca.agency_id'),
  );
  const attendances = core.q.all(
    qb
      .selectFrom('hearing_attendance')
      .select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('attended_on', '>=', from)
      .where('attended_on', '<=', to)
      .groupBy('agency_id'),
  );
  const ids = [...new Set([...cases.map((r) => r.agency_id), ...attendances.map((r) => r.agency_id)])];
  if (ids.length === 0) return [];
  const names = new Map(core.q.all(qb.selectFrom('agencies').select(['id', 'name']).where('id', 'in', ids)).map((a) => [a.id, a.name]));
  const caseCount = new Map(cases.map((r) => [r.agency_id, r.n]));
  const attendanceCount = new Map(attendances.map((r) => [r.agency_id, r.n]));
  return ids
    .map((agencyId) => {
      const n = caseCount.get(agencyId) ?? 0;
      const attended = attendanceCount.get(agencyId) ?? 0;
      return { agencyId, agencyName: names.get(agencyId) ?? agencyId, cases: n, attendances: attended, flagged: n >= threshold && attended === 0 };
    })
    .sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.cases - a.cases || byName.compare(a.agencyName, b.agencyName));
}

/**
 * Judicial suggestions in a period, judged at its end (or today while it runs): received in the
 * period; answered (feedback dated) in the period; open = received by then and not answered by
 * then; overdue = open with the reply deadline passed by then.
 */
export function suggestionsIn(core: Core, period: Period, today: string): LinkageStats['suggestions'] {
  const asOf = asOfDate(period, today);
  const rows = core.q.all(
    qb
      .selectFrom('judicial_suggestions')
      .select(['received_on', 'reply_due_on', 'feedback_on'])
      .where('deleted_at', 'is', null)
      .where('received_on', '<=', period.to),
  );
  let received = 0;
  let answered = 0;
  let open = 0;
  let overdue = 0;
  for (const r of rows) {
    if (r.received_on >= period.from) received += 1;
    if (r.feedback_on !== null && r.feedback_on >= period.from && r.feedback_on <= period.to) answered += 1;
    const openAtEnd = r.received_on <= asOf && (r.feedback_on === null || r.feedback_on > asOf);
    if (!openAtEnd) continue;
    open += 1;
    if (r.reply_due_on !== null && r.reply_due_on < asOf) overdue += 1;
  }
  return { received, answered, open, overdue };
}

export function linkageStats(core: Core, input: { quarter: string } | { year: number }): LinkageStats {
  const period = periodOf(input);
  const attendanceYear = Number(period.to.slice(0, 4));
  const threshold = attendanceThreshold(core);
  return {
    from: period.from,
    to: period.to,
    target: APPEARANCE_TARGET,
    appearance: appearanceIn(core, period),
    attendanceYear,
    attendanceThreshold: threshold,
    attendance: attendanceIn(core, attendanceYear, threshold),
    suggestions: suggestionsIn(core, period, core.today()),
  };
}
