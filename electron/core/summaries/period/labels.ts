import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import { percent } from '../../linkage/appearance';
import { SOURCE_ZH } from '../../meetings/documents/labels';

/**
 * The words of the period summary's documents. They are Chinese reports for the committee, the
 * court and the public, so they are written in Chinese whatever the UI language is.
 */

export { SOURCE_ZH };

export const STAGE_ZH: Record<PeriodFigures['byStage'][number]['stage'], string> = {
  intake: '受理',
  pre: '化解前',
  during: '化解中',
  post: '化解后',
};

/** Short outcome names, for tables and chart labels (the case page has the long ones). */
export const OUTCOME_ZH: Record<PeriodFigures['byOutcome'][number]['outcome'], string> = {
  withdrawn: '撤回申请',
  settlement: '和解/调解协议',
  agency_corrected: '行政机关自行纠正',
  judicial_confirmation: '司法确认',
  transferred_to_filing: '转立案',
  terminated: '终止化解',
};

export const CLOCK_KIND_ZH: Record<PeriodFigures['overdue']['clocks'][number]['kind'], string> = {
  resolution: '化解期限',
  transfer_to_filing: '转立案期限',
  follow_up_visit: '回访期限',
  step: '步骤期限',
};

/** 66.7%, or — for no rate (nothing to divide by). */
export function rateText(rate: number | null): string {
  return rate === null ? '—' : percent(rate);
}

/** 28天, 27.5天, or — for none. */
export function daysText(days: number | null): string {
  return days === null ? '—' : `${Number.isInteger(days) ? days : days.toFixed(1)}天`;
}

/** 2026-09 → 9月, or 2025年12月 when the months span several years. */
export function monthLabel(month: string, severalYears: boolean): string {
  const [y, m] = month.split('-');
  return `${severalYears ? `${y}年` : ''}${Number(m)}月`;
}
