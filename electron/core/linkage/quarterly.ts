import type { z } from 'zod';
import { APPEARANCE_TARGET, type QuarterlyEntry, type QuarterlyReport, type RectificationSaveSchema } from '../../contract/schemas/linkage';
import type { FieldIssue } from '../../contract/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { field, t } from '../cases/messages';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { getSetting } from '../services/settings';
import { appearanceIn, byName, percent } from './appearance';
import { notFutureIssue } from './linkage-checks';
import { asOfDate, quarterPeriod, type Period } from './period';

export type RectificationSaveInput = z.output<typeof RectificationSaveSchema>;
type Reason = QuarterlyEntry['reasons'][number];

const TARGET_TEXT = `${Math.round(APPEARANCE_TARGET * 100)}%`;

/**
 * Overdue at the quarter's end, judged by dates alone so a later reply does not clear the record:
 * sent by then, due before then, and neither answered nor closed by then. A task closed without
 * an answer before the end was withdrawn by the center, so the agency owes nothing.
 */
function overdueTasksAt(core: Core, asOf: string): Map<string, number> {
  const rows = core.q.all(
    qb
      .selectFrom('coordination_tasks')
      .select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('deleted_at', 'is', null)
      .where('sent_on', '<=', asOf)
      .where('due_on', '<', asOf)
      .where((eb) => eb.or([eb('replied_on', 'is', null), eb('replied_on', '>', asOf)]))
      .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>', asOf)]))
      .groupBy('agency_id'),
  );
  return new Map(rows.map((r) => [r.agency_id, r.n]));
}

/** Judicial suggestions past their reply deadline with no feedback by the quarter's end. */
function overdueSuggestionsAt(core: Core, asOf: string): Map<string, number> {
  const rows = core.q.all(
    qb
      .selectFrom('judicial_suggestions')
      .select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('deleted_at', 'is', null)
      .where('received_on', '<=', asOf)
      .where('reply_due_on', 'is not', null)
      .where('reply_due_on', '<', asOf)
      .where((eb) => eb.or([eb('feedback_on', 'is', null), eb('feedback_on', '>', asOf)]))
      .groupBy('agency_id'),
  );
  return new Map(rows.map((r) => [r.agency_id, r.n]));
}

function belowTargetReason(hearings: number, head: number, rate: number): Reason {
  return {
    kind: 'below_target',
    text: t(
      `负责人出庭应诉率 ${percent(rate)}（${head}/${hearings}），低于${TARGET_TEXT}的目标`,
      `Head appearance rate ${percent(rate)} (${head}/${hearings}), below the ${TARGET_TEXT} target`,
    ),
  };
}

function overdueTasksReason(n: number): Reason {
  return { kind: 'overdue_tasks', text: t(`协调事项逾期未答复 ${n} 项`, `${n} coordination task${n === 1 ? '' : 's'} overdue without an answer`) };
}

function overdueSuggestionsReason(n: number): Reason {
  return {
    kind: 'overdue_suggestions',
    text: t(`司法建议逾期未反馈 ${n} 件`, `${n} judicial suggestion${n === 1 ? '' : 's'} overdue without feedback`),
  };
}

interface Named {
  period: Period;
  appearance: ReturnType<typeof appearanceIn>;
  entries: Omit<QuarterlyEntry, 'rectification' | 'rectificationOn'>[];
}

/** Who the quarter's notice names, and why: below target, tasks overdue, suggestions overdue. */
function namedAgencies(core: Core, quarter: string): Named {
  const period = quarterPeriod(quarter);
  const asOf = asOfDate(period, core.today());
  const appearance = appearanceIn(core, period);
  const tasks = overdueTasksAt(core, asOf);
  const suggestions = overdueSuggestionsAt(core, asOf);
  const byAgency = new Map(appearance.agencies.map((a) => [a.agencyId, a]));
  const ids = new Set([...appearance.agencies.filter((a) => a.belowTarget).map((a) => a.agencyId), ...tasks.keys(), ...suggestions.keys()]);
  const names = ids.size
    ? new Map(core.q.all(qb.selectFrom('agencies').select(['id', 'name']).where('id', 'in', [...ids])).map((a) => [a.id, a.name]))
    : new Map<string, string>();
  const entries = [...ids].map((agencyId) => {
    const a = byAgency.get(agencyId);
    const reasons: Reason[] = [];
    if (a?.belowTarget && a.rate !== null) reasons.push(belowTargetReason(a.hearings, a.headAppearances, a.rate));
    const overdueTasks = tasks.get(agencyId) ?? 0;
    if (overdueTasks > 0) reasons.push(overdueTasksReason(overdueTasks));
    const overdueSuggestions = suggestions.get(agencyId) ?? 0;
    if (overdueSuggestions > 0) reasons.push(overdueSuggestionsReason(overdueSuggestions));
    return {
      agencyId,
      agencyName: names.get(agencyId) ?? agencyId,
      reasons,
      hearings: a?.hearings ?? 0,
      headAppearances: a?.headAppearances ?? 0,
      rate: a?.rate ?? null,
      overdueTasks,
    };
  });
  entries.sort((x, y) => byName.compare(x.agencyName, y.agencyName));
  return { period, appearance, entries };
}

/** The quarterly notification (季度通报) with each named agency's rectification feedback. */
export function quarterlyReport(core: Core, quarter: string): QuarterlyReport {
  const { period, appearance, entries } = namedAgencies(core, quarter);
  const saved = new Map(
    core.q
      .all(qb.selectFrom('quarterly_notices').select(['agency_id', 'rectification', 'rectification_on']).where('quarter', '=', quarter))
      .map((r) => [r.agency_id, r]),
  );
  return {
    quarter,
    from: period.from,
    to: period.to,
    target: APPEARANCE_TARGET,
    centerName: getSetting<string>(core, 'center.name') ?? '',
    totals: { hearings: appearance.hearings, headAppearances: appearance.headAppearances, rate: appearance.rate },
    appearance: appearance.agencies,
    entries: entries.map((e) => ({
      ...e,
      rectification: saved.get(e.agencyId)?.rectification ?? null,
      rectificationOn: saved.get(e.agencyId)?.rectification_on ?? null,
    })),
  };
}

/**
 * Records an agency's rectification feedback (整改反馈) for a quarter. The reasons it was named
 * for are stored with it: the figures behind a notice can change later (a hearing entered late),
 * and the record should show what the agency answered to.
 */
export function saveRectification(core: Core, actor: Actor, input: RectificationSaveInput): QuarterlyReport {
  writeTx(core, () => {
    const entry = namedAgencies(core, input.quarter).entries.find((e) => e.agencyId === input.agencyId);
    const rectification = input.rectification ?? null;
    const rectificationOn = input.rectificationOn ?? null;
    const issues: FieldIssue[] = [...notFutureIssue('rectificationOn', rectificationOn, core.today(), '反馈日期', 'feedback date')];
    if (!entry) issues.push(field('agencyId', '该单位未被本季度通报，无需整改反馈', 'This agency is not named in the quarter’s notice'));
    if (rectificationOn !== null && rectification === null) {
      issues.push(field('rectification', '填写了反馈日期，请填写整改反馈内容', 'A feedback date needs the feedback itself'));
    }
    if (issues.length > 0 || !entry) throw fieldErrors(issues);
    const now = core.now();
    const reasons = JSON.stringify(entry.reasons);
    core.q.run(
      qb
        .insertInto('quarterly_notices')
        .values({
          id: core.newId(),
          quarter: input.quarter,
          agency_id: input.agencyId,
          reasons,
          rectification,
          rectification_on: rectificationOn,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['quarter', 'agency_id']).doUpdateSet({ reasons, rectification, rectification_on: rectificationOn, updated_at: now }),
        ),
    );
    appendAudit(core.q, actor, now, {
      action: 'quarterly.rectification',
      entity: 'quarterly_notices',
      entityId: `${input.quarter}/${input.agencyId}`,
      detail: { quarter: input.quarter, agencyId: input.agencyId, agencyName: entry.agencyName, rectification, rectificationOn, reasons: entry.reasons },
    });
  });
  return quarterlyReport(core, input.quarter);
}
