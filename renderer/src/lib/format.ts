import dayjs from 'dayjs';

/** Dates are shown as stored (YYYY-MM-DD): unambiguous in both languages and sortable. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '—';
}

/** Instants in the machine's local time (the center's own time zone). */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** Today as YYYY-MM-DD in local time. */
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

export function formatYuan(amount: number | null | undefined, language: string): string {
  if (amount === null || amount === undefined) return '—';
  const n = amount.toLocaleString(language === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 });
  return language === 'en' ? `¥${n}` : `${n} 元`;
}
