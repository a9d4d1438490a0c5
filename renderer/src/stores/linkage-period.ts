import dayjs from 'dayjs';

/**
 * A statistics period as `linkage.stats` takes it: one quarter ('2026Q3', the unit the heads'
 * appearance rate is reported and named in) or a whole year.
 */
export type LinkagePeriod = { quarter: string } | { year: number };

const QUARTER = /^(\d{4})Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/** The quarter a 'YYYY-MM-DD' date falls in. */
export function quarterOf(date: string): string {
  const d = dayjs(date);
  return `${d.year()}Q${Math.floor(d.month() / 3) + 1}`;
}

export function quarterParts(quarter: string): { year: number; q: number } {
  const m = QUARTER.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  return { year: Number(m[1]), q: Number(m[2]) };
}

/** The period's year: hearings and attendance are listed per year, then narrowed to the period. */
export function periodYear(period: LinkagePeriod): number {
  return 'year' in period ? period.year : quarterParts(period.quarter).year;
}

/** First and last day of the period, both included. */
export function periodRange(period: LinkagePeriod): { from: string; to: string } {
  if ('year' in period) return { from: `${period.year}-01-01`, to: `${period.year}-12-31` };
  const { year, q } = quarterParts(period.quarter);
  const start = dayjs(`${year}-01-01`).month((q - 1) * 3);
  return { from: start.format('YYYY-MM-DD'), to: start.add(2, 'month').endOf('month').format('YYYY-MM-DD') };
}

/** The form kept in the address (`?period=2026Q3` or `?period=2026`), so a reload shows the same figures. */
export function periodKey(period: LinkagePeriod): string {
  return 'year' in period ? String(period.year) : period.quarter;
}

/** Reads a period back from the address; anything unrecognised is null (the caller picks the default). */
export function parsePeriod(value: string | null | undefined): LinkagePeriod | null {
  if (!value) return null;
  if (QUARTER.test(value)) return { quarter: value };
  const y = YEAR.exec(value);
  return y ? { year: Number(y[1]) } : null;
}

export function isQuarterKey(value: string | null | undefined): value is string {
  return !!value && QUARTER.test(value);
}
