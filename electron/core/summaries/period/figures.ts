import { APPEARANCE_TARGET } from '../../../contract/schemas/linkage';
import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import type { Core } from '../../core';
import { appearanceIn } from '../../linkage/appearance';
import { byAgency, byCategory, byOutcome, bySource, rateOf, totals } from './case-counts';
import { daysToClose } from './durations';
import { monthly } from './monthly';
import { overdueAtEnd } from './overdue';
import { summaryPeriod, type SummaryPeriod } from './period';
import { stagesAtEnd } from './stages';
import { typicalCases } from './typical';

/**
 * The period summary's figures (issue 6, item 4). Each part is its own SQL aggregate; the
 * definitions are with each part and in the README ("Period summary").
 *
 * 化解率 (resolution rate) = cases closed in the period with a resolved outcome ÷ cases closed
 * in the period.
 * 调撤率 (withdrawal-after-mediation rate) = cases closed in the period as 撤回申请 (the applicant
 * withdrew after mediation) or 和解/调解协议 (a settlement or mediation agreement) ÷ cases closed in
 * the period — the court-side measure of disputes ended by mediation or withdrawal; an agency's
 * own correction and judicial confirmation are resolved but not counted in it.
 * Both are null when nothing closed in the period.
 */
export function periodFiguresFor(core: Core, p: SummaryPeriod): PeriodFigures {
  const sums = totals(core, p);
  const appearance = appearanceIn(core, p);
  return {
    period: { key: p.key, kind: p.kind, from: p.from, to: p.to, asOf: p.asOf, label: p.label },
    totals: sums,
    resolutionRate: rateOf(sums.resolved, sums.closed),
    withdrawalRate: rateOf(sums.withdrawnOrSettled, sums.closed),
    daysToClose: daysToClose(core, p),
    ...stagesAtEnd(core, p),
    byCategory: byCategory(core, p),
    bySource: bySource(core, p),
    byAgency: byAgency(core, p),
    byOutcome: byOutcome(core, p),
    monthly: monthly(core, p),
    overdue: overdueAtEnd(core, p),
    appearance: {
      hearings: appearance.hearings,
      headAppearances: appearance.headAppearances,
      rate: appearance.rate,
      target: APPEARANCE_TARGET,
      belowTarget: appearance.belowTarget,
    },
    typicalCases: typicalCases(core, p),
  };
}

/** The figures of a period key ('2026', '2026Q3', '2026-09', '2026-07-01..2026-09-30'). */
export function periodFigures(core: Core, key: string): PeriodFigures {
  return periodFiguresFor(core, summaryPeriod(key, core.today()));
}
