import type { Localized } from '../../contract/result';
import { t } from '../cases/messages';

/** A reporting period: whole China dates, both ends included. */
export interface Period {
  from: string;
  to: string;
}

const QUARTER = /^(\d{4})Q([1-4])$/;
const QUARTER_END: Record<number, string> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };
const QUARTER_NAME_ZH = ['一', '二', '三', '四'] as const;

export function isQuarter(value: string): boolean {
  return QUARTER.test(value);
}

function parseQuarter(quarter: string): { year: number; n: number } {
  const m = QUARTER.exec(quarter);
  // The contract's QuarterSchema has already checked the form; this guards direct callers (the CLI).
  if (!m) throw new Error(`Not a quarter (YYYYQn): ${quarter}`);
  return { year: Number(m[1]), n: Number(m[2]) };
}

export function quarterPeriod(quarter: string): Period {
  const { year, n } = parseQuarter(quarter);
  const startMonth = String((n - 1) * 3 + 1).padStart(2, '0');
  return { from: `${year}-${startMonth}-01`, to: `${year}-${QUARTER_END[n]}` };
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function periodOf(input: { quarter: string } | { year: number }): Period {
  return 'quarter' in input ? quarterPeriod(input.quarter) : yearPeriod(input.year);
}

/** 2026Q3 → 2026年第三季度 / Q3 2026. */
export function quarterLabel(quarter: string): Localized {
  const { year, n } = parseQuarter(quarter);
  return t(`${year}年第${QUARTER_NAME_ZH[n - 1]}季度`, `Q${n} ${year}`);
}

/**
 * The date a period is judged at: its last day, or today while the period is still running (a
 * task due next week is not overdue "at the end of the quarter" yet).
 */
export function asOfDate(period: Period, today: string): string {
  return period.to < today ? period.to : today;
}
