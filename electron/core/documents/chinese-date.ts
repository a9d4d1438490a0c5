/**
 * A date as official documents write it (GB/T 9704-2012 §7.3.5.1: Arabic numerals, the year in
 * full, months and days without a leading zero): '2026-11-27' → '2026年11月27日'.
 */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`chineseDate: expected YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
