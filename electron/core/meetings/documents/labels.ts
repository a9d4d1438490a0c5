import type { ClockView } from '../../../contract/schemas/cases';
import type { Invitee } from '../../../contract/schemas/meetings';
import { TASK_STATUSES, type TaskStatus } from '../../../contract/schemas/tasks';
import { chineseDate } from '../../documents/chinese-date';
import { TASK_STATUS_LABEL } from '../../tasks/task-messages';
import { chinaDate, weekday } from '../../dates';

/**
 * The words of the printed meeting documents. Packs and minutes are Chinese documents handed
 * round a Chinese meeting table, so they are written in Chinese whatever the UI language is.
 */

/** How a person takes part (GB/T 9704 §10.3: 出席, 列席; 知会 = informed, not attending). */
export const INVITEE_ROLE_ZH: Record<Invitee['role'], string> = {
  chair: '主持',
  required: '出席',
  optional: '列席',
  non_participant: '知会',
};

export const PARTY_ROLE_ZH = { applicant: '申请人', third_party: '第三人', representative: '代理人' } as const;

export const SOURCE_ZH = {
  court_delegated: '诉前委派',
  court_entrusted: '诉中委托',
  invited: '邀请',
  admin_review: '行政复议',
  petition: '信访',
  party_application: '当事人申请',
  agency_referral: '部门移送',
} as const;

export const CLOCK_KIND_ZH: Record<Exclude<ClockView['kind'], 'step'>, string> = {
  resolution: '化解期限',
  transfer_to_filing: '转立案期限（5日）',
  follow_up_visit: '回访期限',
};

/** A task status in Chinese (已发出, 已签收, 已答复, 已办结), or null for none or an unknown one. */
export function taskStatusZh(status: string | null): string | null {
  return (TASK_STATUSES as readonly string[]).includes(status ?? '') ? TASK_STATUS_LABEL[status as TaskStatus]['zh-CN'] : null;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (agenda items and headings stay under 100). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** 议程一, 议程二 … */
export function agendaLabel(n: number): string {
  return `议程${chineseNumber(n)}`;
}

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const CHINA_OFFSET_MS = 8 * 3600_000;

/** 'HH:MM' in China time. */
export function chinaClock(iso: string): string {
  return new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString().slice(11, 16);
}

/**
 * A meeting's time as a document prints it, in China time:
 * '2026年12月3日（星期四）09:00—11:00', or with both dates when it runs past midnight.
 */
export function meetingTimeZh(startsAt: string, endsAt: string): string {
  const d1 = chinaDate(new Date(startsAt));
  const d2 = chinaDate(new Date(endsAt));
  const day = (d: string) => `${chineseDate(d)}（${WEEKDAY_ZH[weekday(d)]}）`;
  if (d1 === d2) return `${day(d1)}${chinaClock(startsAt)}—${chinaClock(endsAt)}`;
  return `${day(d1)}${chinaClock(startsAt)}—${day(d2)}${chinaClock(endsAt)}`;
}

/** '2026-10-09' → '10月9日', with the year when it differs from `refYear`. */
export function shortDateZh(date: string, refYear: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y === refYear ? '' : `${y}年`}${m}月${d}日`;
}
