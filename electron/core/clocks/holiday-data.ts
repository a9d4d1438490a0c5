import holidays2025 from '../../../resources/holidays/2025.json';
import holidays2026 from '../../../resources/holidays/2026.json';
import holidays2027 from '../../../resources/holidays/2027.json';
import { isIsoDate, isWeekend, yearOf, type HolidayDay, type HolidayKind } from './calendar';

/**
 * Holiday calendars as files: the shipped years in resources/holidays/<year>.json and what a
 * center imports (the same JSON shape, or CSV `date,kind,name`). Parsing and checking are pure so
 * the migration, the import and the editor apply one set of rules.
 */
export interface HolidayYearFile {
  year: number;
  /** The State Council notice the days come from, or why the year is provisional. */
  source: string;
  /** True until the official notice replaces a year built from festival dates alone. */
  provisional: boolean;
  days: HolidayDay[];
}

/** The years shipped with the app (seeded by migration 0004). */
export const BUNDLED_HOLIDAY_YEARS: readonly HolidayYearFile[] = [holidays2025, holidays2026, holidays2027].map(
  (file) => ({ ...file, days: file.days.map((d) => ({ ...d, kind: d.kind as HolidayKind })) }),
);

export const HOLIDAY_NAME_MAX = 40;

/** One day as typed or read from a file, before checking; `where` names it in messages. */
export interface RawHolidayDay {
  where: string;
  date: unknown;
  kind: unknown;
  name: unknown;
}

export interface CheckedDays {
  days: HolidayDay[];
  problems: string[];
}

const KIND_WORDS = new Map<string, HolidayKind>([
  ['holiday', 'holiday'],
  ['workday', 'workday'],
  ['休', 'holiday'],
  ['班', 'workday'],
]);

const DEFAULT_NAME: Record<HolidayKind, string> = { holiday: '节假日', workday: '调休上班' };

/** Accepts 2026-01-04, and 2026/1/4 or 2026-1-4 as spreadsheets write them; else null. */
export function normalizeDate(value: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

/**
 * Checks every day and reports every problem (not just the first), so a person can fix a file in
 * one pass. `year` restricts the dates to one year (the editor and a year file); null lets a CSV
 * span several years.
 */
export function checkHolidayDays(raw: readonly RawHolidayDay[], year: number | null): CheckedDays {
  const problems: string[] = [];
  const days: HolidayDay[] = [];
  const seen = new Map<string, string>();
  for (const r of raw) {
    const dateText = typeof r.date === 'string' ? r.date : String(r.date ?? '');
    const date = normalizeDate(dateText);
    const kindText = typeof r.kind === 'string' ? r.kind.trim() : '';
    const kind = KIND_WORDS.get(kindText.toLowerCase());
    const nameText = typeof r.name === 'string' ? r.name.trim() : r.name == null ? '' : null;
    const before = problems.length;
    if (!date) problems.push(`${r.where}: bad date "${dateText}" (use YYYY-MM-DD)`);
    if (!kind) problems.push(`${r.where}: unknown kind "${kindText}" (use holiday/workday or 休/班)`);
    if (nameText === null) problems.push(`${r.where}: the name must be text`);
    else if (nameText.length > HOLIDAY_NAME_MAX) problems.push(`${r.where}: the name is longer than ${HOLIDAY_NAME_MAX} characters`);
    if (date) {
      if (year !== null && yearOf(date) !== year) problems.push(`${r.where}: ${date} is not in ${year}`);
      const first = seen.get(date);
      if (first) problems.push(`${r.where}: ${date} is listed twice (also ${first})`);
      else seen.set(date, r.where);
      // A weekday is already a working day; marking it one is a typing mistake, not a 调休.
      if (kind === 'workday' && !isWeekend(date)) {
        problems.push(`${r.where}: ${date} is a weekday, so it cannot be a makeup working day`);
      }
    }
    if (problems.length === before && date && kind && nameText !== null) {
      days.push({ date, kind, name: nameText || DEFAULT_NAME[kind] });
    }
  }
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { days, problems };
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Returns records with
 * their 1-based record number (the header is record 1, as a spreadsheet numbers rows).
 */
export function parseCsv(text: string): { row: number; fields: string[] }[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: { row: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ row, fields });
    fields = [];
    field = '';
    row += 1;
  };
  for (let i = 0; i < src.length; i += 1) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && src[i + 1] === '\n') i += 1;
      endRecord();
    } else field += c;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

const HEADER_ALIASES: Record<'date' | 'kind' | 'name', string[]> = {
  date: ['date', '日期'],
  kind: ['kind', 'type', '类型', '类别'],
  name: ['name', '名称', '说明', '节日'],
};

/** Reads CSV `date,kind,name` (header required; columns in any order; name optional). */
export function holidayDaysFromCsv(text: string): { raw: RawHolidayDay[]; problems: string[] } {
  const records = parseCsv(text).filter((r) => r.fields.some((f) => f.trim() !== ''));
  const header = records.shift();
  if (!header) return { raw: [], problems: ['the file is empty'] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const col = (key: keyof typeof HEADER_ALIASES) => names.findIndex((n) => HEADER_ALIASES[key].includes(n));
  const dateCol = col('date');
  const kindCol = col('kind');
  const nameCol = col('name');
  if (dateCol < 0 || kindCol < 0) {
    return { raw: [], problems: [`row ${header.row}: expected a header row "date,kind,name"`] };
  }
  const raw = records.map((r) => ({
    where: `row ${r.row}`,
    date: r.fields[dateCol] ?? '',
    kind: r.fields[kindCol] ?? '',
    name: nameCol >= 0 ? (r.fields[nameCol] ?? '') : '',
  }));
  if (raw.length === 0) return { raw, problems: ['the file has a header but no days'] };
  return { raw, problems: [] };
}

export interface ParsedHolidayFile {
  /** Year → provisional flag, for every year the file covers. */
  years: Map<number, boolean>;
  days: HolidayDay[];
  problems: string[];
}

/**
 * JSON: a year file `{year, source?, provisional?, days: [...]}`, an array of year files, or a
 * bare array of days. Days are named "year 2026 day 3" (1-based) in messages.
 */
export function parseHolidayJson(text: string): ParsedHolidayFile {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    return { years: new Map(), days: [], problems: [`not valid JSON: ${(e as Error).message}`] };
  }
  const isDay = (v: unknown) => typeof v === 'object' && v !== null && 'date' in v;
  const files: unknown[] = Array.isArray(value) ? (value.every(isDay) ? [{ days: value }] : value) : [value];
  const years = new Map<number, boolean>();
  const days: HolidayDay[] = [];
  const problems: string[] = [];
  files.forEach((file, fileIndex) => {
    const where = files.length > 1 ? `file ${fileIndex + 1}` : 'file';
    if (typeof file !== 'object' || file === null || !Array.isArray((file as { days?: unknown }).days)) {
      problems.push(`${where}: expected {"year", "days": [...]}`);
      return;
    }
    const f = file as { year?: unknown; provisional?: unknown; days: unknown[] };
    if (f.year !== undefined && !(Number.isInteger(f.year) && (f.year as number) >= 1900 && (f.year as number) <= 2200)) {
      problems.push(`${where}: bad year ${JSON.stringify(f.year)}`);
      return;
    }
    const year = (f.year as number | undefined) ?? null;
    const raw = f.days.map((d, i) => {
      const o = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
      return { where: `${year ?? where} day ${i + 1}`, date: o.date, kind: o.kind, name: o.name };
    });
    const checked = checkHolidayDays(raw, year);
    problems.push(...checked.problems);
    const provisional = f.provisional === true;
    if (year !== null) years.set(year, provisional);
    for (const d of checked.days) {
      if (!years.has(yearOf(d.date))) years.set(yearOf(d.date), provisional);
      days.push(d);
    }
  });
  const dup = duplicateAcrossFiles(days);
  if (dup) problems.push(dup);
  return { years, days, problems };
}

export function parseHolidayCsv(text: string): ParsedHolidayFile {
  const { raw, problems } = holidayDaysFromCsv(text);
  if (problems.length > 0) return { years: new Map(), days: [], problems };
  const checked = checkHolidayDays(raw, null);
  // A CSV carries no provisional flag: the center imports the official notice.
  const years = new Map(checked.days.map((d) => [yearOf(d.date), false] as const));
  return { years, days: checked.days, problems: checked.problems };
}

function duplicateAcrossFiles(days: readonly HolidayDay[]): string | null {
  const seen = new Set<string>();
  for (const d of days) {
    if (seen.has(d.date)) return `${d.date} is listed in more than one year file`;
    seen.add(d.date);
  }
  return null;
}
