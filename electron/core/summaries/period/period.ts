import type { Localized } from '../../../contract/result';
import { parsePeriod, type ParsedPeriod } from '../../../contract/schemas/period-summary';
import { field, t } from '../../cases/messages';
import { chineseDate } from '../../documents/chinese-date';
import { fieldErrors } from '../../errors';
import { asOfDate } from '../../linkage/period';

/** A period of the summary with the day its "at the end" figures are taken and its names. */
export interface SummaryPeriod extends ParsedPeriod {
  /** The last day, or today while the period is still running (nothing can be overdue later than today). */
  asOf: string;
  label: Localized;
}

const QUARTER_ZH = ['一', '二', '三', '四'] as const;
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026年 · 2026年第三季度 · 2026年9月 · 2026年7月1日至2026年9月30日 (and the English). */
export function periodLabel(p: ParsedPeriod): Localized {
  const year = Number(p.from.slice(0, 4));
  const month = Number(p.from.slice(5, 7));
  switch (p.kind) {
    case 'year':
      return t(`${year}年`, String(year));
    case 'quarter': {
      const q = Math.ceil(month / 3);
      return t(`${year}年第${QUARTER_ZH[q - 1]}季度`, `Q${q} ${year}`);
    }
    case 'month':
      return t(`${year}年${month}月`, `${MONTH_EN[month - 1]} ${year}`);
    case 'range':
      return t(`${chineseDate(p.from)}至${chineseDate(p.to)}`, `${p.from} to ${p.to}`);
  }
}

/**
 * The period a key names (the contract has validated it; this guards the CLI and direct callers
 * with the same bilingual message the page shows).
 */
export function summaryPeriod(key: string, today: string): SummaryPeriod {
  const parsed = parsePeriod(key);
  if (!parsed) {
    throw fieldErrors([
      field(
        'period',
        `期间格式不正确：${key}（应为 2026、2026Q3、2026-09 或 2026-07-01..2026-09-30）`,
        `Not a period: ${key} (expected 2026, 2026Q3, 2026-09 or 2026-07-01..2026-09-30)`,
      ),
    ]);
  }
  return { ...parsed, asOf: asOfDate(parsed, today), label: periodLabel(parsed) };
}

/** 2026年第三季度行政争议化解工作情况 */
export function summaryTitle(p: SummaryPeriod): string {
  return `${p.label['zh-CN']}行政争议化解工作情况`;
}

/** 行政争议化解工作情况-2026Q3.docx; a range as 2026-07-01至2026-09-30 (no '..' in a file name). */
export function summaryFileName(p: SummaryPeriod, format: 'docx' | 'pdf' | 'xlsx'): string {
  return `行政争议化解工作情况-${p.key.replace('..', '至')}.${format}`;
}
