import dayjs from 'dayjs';
import type { Language } from '../../i18n';

/**
 * A date as written in a notice: 2026年10月9日（星期五） / Fri 9 Oct 2026. dayjs's global locale
 * follows the UI language (applyDayjsLocale), so the weekday comes out in the same language.
 */
export function longDate(iso: string, language: Language): string {
  const d = dayjs(iso);
  return language === 'en' ? d.format('ddd D MMM YYYY') : d.format('YYYY年M月D日（dddd）');
}
