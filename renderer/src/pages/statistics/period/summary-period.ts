import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { parsePeriod } from '../../../../../electron/contract/schemas/period-summary';

/**
 * The period of a 工作情况 summary, as the core takes it: a month ('2026-09'), a quarter
 * ('2026Q3'), a year ('2026') or a custom range ('2026-07-01..2026-09-30', both days included).
 */
export type SummaryPeriod =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: string; to: string };

export type PeriodKind = SummaryPeriod['kind'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The string the core's summary.periodFigures / summary.period take (and the address keeps). */
export function periodString(period: SummaryPeriod): string {
  switch (period.kind) {
    case 'month':
      return `${period.year}-${pad(period.month)}`;
    case 'quarter':
      return `${period.year}Q${period.quarter}`;
    case 'year':
      return String(period.year);
    case 'range':
      return `${period.from}..${period.to}`;
  }
}

/**
 * Reads a period back from the address with the contract's own parser (so the page accepts exactly
 * what the core does); anything else is null and the caller picks the default.
 */
export function parseSummaryPeriod(value: string | null | undefined): SummaryPeriod | null {
  const parsed = value ? parsePeriod(value) : null;
  if (!parsed) return null;
  const from = dayjs(parsed.from);
  switch (parsed.kind) {
    case 'month':
      return { kind: 'month', year: from.year(), month: from.month() + 1 };
    case 'quarter':
      return { kind: 'quarter', year: from.year(), quarter: Math.floor(from.month() / 3) + 1 };
    case 'year':
      return { kind: 'year', year: from.year() };
    case 'range':
      return { kind: 'range', from: parsed.from, to: parsed.to };
  }
}

/** First and last day, both included. */
export function summaryRange(period: SummaryPeriod): { from: string; to: string } {
  const parsed = parsePeriod(periodString(period));
  return parsed ? { from: parsed.from, to: parsed.to } : period.kind === 'range' ? period : { from: '', to: '' };
}

/** The period of `kind` that holds `date` (a range keeps the current one's days). */
export function periodAt(kind: PeriodKind, date: string, current: SummaryPeriod): SummaryPeriod {
  const d = dayjs(date);
  switch (kind) {
    case 'month':
      return { kind, year: d.year(), month: d.month() + 1 };
    case 'quarter':
      return { kind, year: d.year(), quarter: Math.floor(d.month() / 3) + 1 };
    case 'year':
      return { kind, year: d.year() };
    case 'range':
      return { kind, ...summaryRange(current) };
  }
}

/** '2026年9月', '2026年第3季度', '2026年', '2026-07-01 至 2026-09-30' (and the English forms). */
export function summaryPeriodLabel(t: TFunction, period: SummaryPeriod): string {
  switch (period.kind) {
    case 'month':
      return t('reports.period.monthValue', { year: period.year, month: period.month });
    case 'quarter':
      return t('reports.period.quarterValue', { year: period.year, q: period.quarter });
    case 'year':
      return t('reports.period.yearValue', { year: period.year });
    case 'range':
      return t('reports.period.rangeValue', { from: period.from, to: period.to });
  }
}
