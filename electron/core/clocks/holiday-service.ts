import type { Core } from '../core';
import { qb } from '../db/query';
import { appendAudit, type Actor } from '../audit/audit-log';
import { CoreError } from '../errors';
import { getSetting, putSetting } from '../services/settings';
import { yearOf, type HolidayDay } from './calendar';
import { loadCalendar, recomputeOpenClocks } from './clock-service';
import { checkHolidayDays, parseHolidayCsv, parseHolidayJson, type ParsedHolidayFile } from './holiday-data';

/**
 * The holiday calendar the center maintains (the State Council publishes the next year's
 * holidays and 调休 makeup working days each autumn). Saving or importing a year moves the due
 * dates of open clocks, so both recompute them in the same transaction.
 */
export const PROVISIONAL_YEARS_KEY = 'holidays.provisional_years';

export interface HolidayYear {
  year: number;
  /** Built before the official notice (the UI warns); false once the center saves or imports it. */
  provisional: boolean;
  days: HolidayDay[];
}

export interface ClockMove {
  clockId: string;
  from: string;
  to: string;
}

export interface HolidaySaveResult extends HolidayYear {
  changed: boolean;
  clocksMoved: ClockMove[];
}

export interface HolidayImportResult {
  years: number[];
  days: number;
  /** False when the file matched what was stored (importing the same file twice). */
  changed: boolean;
  clocksMoved: ClockMove[];
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
const PROBLEMS_SHOWN = 10;

function yearRange(year: number): [string, string] {
  return [`${year}-01-01`, `${year}-12-31`];
}

export function listHolidays(core: Core, year: number): HolidayDay[] {
  const [first, last] = yearRange(year);
  return core.q.all(
    qb
      .selectFrom('holidays')
      .where('date', '>=', first)
      .where('date', '<=', last)
      .select(['date', 'kind', 'name'])
      .orderBy('date'),
  );
}

export function provisionalYears(core: Core): number[] {
  const value = getSetting<unknown>(core, PROVISIONAL_YEARS_KEY);
  return Array.isArray(value) ? value.filter((y): y is number => Number.isInteger(y)) : [];
}

export function getHolidayYear(core: Core, year: number): HolidayYear {
  return { year, provisional: provisionalYears(core).includes(year), days: listHolidays(core, year) };
}

/** Every year that has rows, with its day count and provisional flag (for a coverage warning). */
export function holidayYears(core: Core): { year: number; days: number; provisional: boolean }[] {
  const counts = new Map<number, number>();
  for (const { date } of core.q.all(qb.selectFrom('holidays').select('date'))) {
    counts.set(yearOf(date), (counts.get(yearOf(date)) ?? 0) + 1);
  }
  const provisional = provisionalYears(core);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, days]) => ({ year, days, provisional: provisional.includes(year) }));
}

function rejected(what: string, problems: readonly string[]): CoreError {
  const shown = problems.slice(0, PROBLEMS_SHOWN).join('; ');
  const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
  const detail = shown + more;
  return new CoreError('VALIDATION', `${what} rejected: ${detail}`, { detail, problems: problems.length });
}

function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CoreError('VALIDATION', `Bad year ${year}`, { detail: `year: must be from ${MIN_YEAR} to ${MAX_YEAR}` });
  }
}

interface YearChange {
  year: number;
  added: number;
  removed: number;
  renamed: number;
  provisional: boolean;
}

/**
 * Makes each given year hold exactly `days` (those in that year), touching only rows that
 * differ, and sets its provisional flag. Returns the years that changed; unchanged years write
 * nothing. Call inside a transaction.
 */
function replaceYears(core: Core, years: ReadonlyMap<number, boolean>, days: readonly HolidayDay[]): YearChange[] {
  const now = core.now();
  const provisional = new Set(provisionalYears(core));
  const changes: YearChange[] = [];
  for (const [year, isProvisional] of years) {
    const wanted = new Map(days.filter((d) => yearOf(d.date) === year).map((d) => [d.date, d]));
    const stored = new Map(listHolidays(core, year).map((d) => [d.date, d]));
    const change: YearChange = { year, added: 0, removed: 0, renamed: 0, provisional: isProvisional };
    for (const date of stored.keys()) {
      if (!wanted.has(date)) {
        core.q.run(qb.deleteFrom('holidays').where('date', '=', date));
        change.removed += 1;
      }
    }
    for (const [date, d] of wanted) {
      const old = stored.get(date);
      if (!old) {
        core.q.run(qb.insertInto('holidays').values({ ...d, created_at: now, updated_at: now }));
        change.added += 1;
      } else if (old.kind !== d.kind || old.name !== d.name) {
        core.q.run(qb.updateTable('holidays').set({ kind: d.kind, name: d.name, updated_at: now }).where('date', '=', date));
        change.renamed += 1;
      }
    }
    const flagChanged = provisional.has(year) !== isProvisional;
    if (isProvisional) provisional.add(year);
    else provisional.delete(year);
    if (change.added + change.removed + change.renamed > 0 || flagChanged) changes.push(change);
  }
  if (changes.length > 0) putSetting(core, PROVISIONAL_YEARS_KEY, [...provisional].sort((a, b) => a - b));
  return changes;
}

/**
 * Replaces one year's holidays and makeup working days (the editor's Save). Every day is checked
 * first and all problems are reported together; nothing is written if any is wrong. A year the
 * center saves is its own confirmed calendar unless it says `provisional: true`.
 */
export function saveHolidayYear(
  core: Core,
  actor: Actor,
  year: number,
  days: readonly { date: string; kind: string; name: string }[],
  options: { provisional?: boolean } = {},
): HolidaySaveResult {
  requireYear(year);
  const checked = checkHolidayDays(
    days.map((d, i) => ({ where: `day ${i + 1}`, date: d.date, kind: d.kind, name: d.name })),
    year,
  );
  if (checked.problems.length > 0) throw rejected(`Holidays of ${year}`, checked.problems);
  const provisional = options.provisional ?? false;
  return core.q.tx(() => {
    const changes = replaceYears(core, new Map([[year, provisional]]), checked.days);
    let clocksMoved: ClockMove[] = [];
    if (changes.length > 0) {
      clocksMoved = recomputeOpenClocks(core, loadCalendar(core));
      appendAudit(core.q, actor, core.now(), {
        action: 'holidays.save',
        entity: 'holidays',
        entityId: String(year),
        detail: { ...changes[0], days: checked.days.length, clocksMoved },
      });
    }
    return { ...getHolidayYear(core, year), changed: changes.length > 0, clocksMoved };
  });
}

/**
 * Imports a calendar file: JSON (the shape of resources/holidays/<year>.json, an array of those,
 * or a bare array of days) or CSV with a header `date,kind,name` (kind: holiday/workday or 休/班).
 * Each year the file covers is replaced by the file's days. The whole file is checked first;
 * one bad row rejects it with every problem named by row (CSV rows as a spreadsheet numbers them,
 * the header being row 1). Importing the same file again changes nothing and writes no audit.
 */
export function importHolidays(
  core: Core,
  actor: Actor,
  input: { format: 'json' | 'csv'; text: string },
): HolidayImportResult {
  let parsed: ParsedHolidayFile;
  switch (input.format) {
    case 'json':
      parsed = parseHolidayJson(input.text);
      break;
    case 'csv':
      parsed = parseHolidayCsv(input.text);
      break;
    default:
      throw new CoreError('VALIDATION', `Unknown format ${String(input.format)}`, { detail: `format: use json or csv` });
  }
  if (parsed.problems.length > 0) throw rejected('Holiday file', parsed.problems);
  if (parsed.years.size === 0) throw rejected('Holiday file', ['the file lists no days']);
  for (const year of parsed.years.keys()) {
    if (year < MIN_YEAR || year > MAX_YEAR) throw rejected('Holiday file', [`year ${year} is out of range`]);
  }
  const years = [...parsed.years.keys()].sort((a, b) => a - b);
  return core.q.tx(() => {
    const changes = replaceYears(core, parsed.years, parsed.days);
    let clocksMoved: ClockMove[] = [];
    if (changes.length > 0) {
      clocksMoved = recomputeOpenClocks(core, loadCalendar(core));
      appendAudit(core.q, actor, core.now(), {
        action: 'holidays.import',
        entity: 'holidays',
        entityId: years.join(','),
        detail: { format: input.format, years, days: parsed.days.length, changes, clocksMoved },
      });
    }
    return { years, days: parsed.days.length, changed: changes.length > 0, clocksMoved };
  });
}
