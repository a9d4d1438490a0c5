import type { TFunction } from 'i18next';
import { quarterParts, type LinkagePeriod } from '../../stores/linkage-period';

/** '2026年第3季度' / 'Q3 2026', or '2026年' / '2026'. */
export function periodLabel(t: TFunction, period: LinkagePeriod): string {
  if ('year' in period) return t('linkage.period.yearValue', { year: period.year });
  return t('linkage.period.quarterValue', quarterParts(period.quarter));
}
