import type { Localized } from '../../contract/result';
import { chinaDate, weekday } from '../dates';

/**
 * Meeting instants are stored in UTC (`toISOString()`, so stored strings sort and compare as
 * times); people read them in China time. China has one zone (UTC+8) and no daylight saving, so
 * a fixed offset is exact.
 */
const CHINA_OFFSET_MS = 8 * 3600_000;

/** Any ISO instant with an offset → the stored UTC form. */
export function toStoredInstant(iso: string): string {
  return new Date(iso).toISOString();
}

export function instantMs(iso: string): number {
  return Date.parse(iso);
}

/** The China date of an instant, YYYY-MM-DD. */
export function chinaDateOf(iso: string): string {
  return chinaDate(new Date(iso));
}

/** Minutes after China midnight, 0–1439. */
export function chinaMinutesOf(iso: string): number {
  const local = new Date(instantMs(iso) + CHINA_OFFSET_MS);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 'HH:MM' → minutes after midnight, or null when it is not a time of day. */
export function parseHhmm(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** '12月3日' / '3 Dec', with the year when it is not `refYear` ('2027年1月5日' / '5 Jan 2027'). */
export function dayLabel(date: string, refYear?: number): Localized {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const withYear = refYear !== undefined && y !== refYear;
  return { 'zh-CN': `${withYear ? `${y}年` : ''}${mo}月${d}日`, en: `${d} ${EN_MONTHS[mo - 1]}${withYear ? ` ${y}` : ''}` };
}

export function weekdayLabel(date: string): Localized {
  const w = weekday(date);
  return { 'zh-CN': ZH_WEEKDAYS[w]!, en: EN_WEEKDAYS[w]! };
}

/**
 * A meeting's time as people say it: '12月3日 09:00–11:00', or '12月3日 09:00–12月4日 11:00' when
 * it runs past midnight (China time).
 */
export function spanLabel(startsAt: string, endsAt: string, refYear?: number): Localized {
  const d1 = chinaDateOf(startsAt);
  const d2 = chinaDateOf(endsAt);
  const t1 = hhmm(chinaMinutesOf(startsAt));
  const t2 = hhmm(chinaMinutesOf(endsAt));
  const day1 = dayLabel(d1, refYear);
  if (d1 === d2) return { 'zh-CN': `${day1['zh-CN']} ${t1}–${t2}`, en: `${day1.en} ${t1}–${t2}` };
  const day2 = dayLabel(d2, refYear);
  return { 'zh-CN': `${day1['zh-CN']} ${t1}–${day2['zh-CN']} ${t2}`, en: `${day1.en} ${t1}–${day2.en} ${t2}` };
}
