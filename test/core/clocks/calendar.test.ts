import { describe, expect, it } from 'vitest';
import { HolidayCalendar, addWorkingDays, isIsoDate, workingDaysBetween } from '../../../electron/core/clocks/calendar';
import { BUNDLED_HOLIDAY_YEARS, checkHolidayDays } from '../../../electron/core/clocks/holiday-data';
import { weekday } from '../../../electron/core/dates';

const calendar = new HolidayCalendar(BUNDLED_HOLIDAY_YEARS.flatMap((f) => f.days));
const SUN = 0;
const SAT = 6;

function file(year: number) {
  const f = BUNDLED_HOLIDAY_YEARS.find((y) => y.year === year);
  if (!f) throw new Error(`no bundled ${year}`);
  return f;
}
const holidaysNamed = (year: number, name: string) =>
  file(year).days.filter((d) => d.kind === 'holiday' && d.name === name).map((d) => d.date);
const workdays = (year: number) => file(year).days.filter((d) => d.kind === 'workday').map((d) => d.date);

describe('the bundled holiday files', () => {
  it('put every 2025 makeup working day on the weekday the notice says (国办发明电〔2024〕12号)', () => {
    expect(workdays(2025)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(['2025-01-26', '2025-04-27', '2025-09-28'].map(weekday)).toEqual([SUN, SUN, SUN]);
    expect(['2025-02-08', '2025-10-11'].map(weekday)).toEqual([SAT, SAT]);
    expect(holidaysNamed(2025, '春节')).toEqual([
      '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
    ]);
    expect(holidaysNamed(2025, '国庆节、中秋节')).toHaveLength(8);
  });

  it('put every 2026 makeup working day on the weekday the notice says (国办发明电〔2025〕7号)', () => {
    expect(workdays(2026)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(weekday('2026-01-04')).toBe(SUN);
    expect(weekday('2026-02-14')).toBe(SAT);
    expect(weekday('2026-02-28')).toBe(SAT);
    expect(weekday('2026-05-09')).toBe(SAT);
    expect(weekday('2026-09-20')).toBe(SUN);
    expect(weekday('2026-10-10')).toBe(SAT);
    expect(holidaysNamed(2026, '春节')).toHaveLength(9); // 2/15 (Sun) – 2/23 (Mon)
    expect(holidaysNamed(2026, '国庆节')).toEqual([
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ]);
    expect(weekday('2026-10-01')).toBe(4); // Thursday
  });

  it('mark 2027 provisional, say so in its source, and hold the statutory days only', () => {
    expect(file(2025).provisional).toBe(false);
    expect(file(2026).provisional).toBe(false);
    expect(file(2027).provisional).toBe(true);
    expect(file(2027).source).toMatch(/^provisional — replace with the State Council notice/);
    expect(workdays(2027)).toEqual([]);
    // 春节 2027-02-06 is a Saturday; 除夕 2/5 (Fri) to 初三 2/8, weekend days made up on 2/9–2/10.
    expect(weekday('2027-02-06')).toBe(SAT);
    expect(holidaysNamed(2027, '春节')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10']);
    for (const d of ['2027-01-01', '2027-04-05', '2027-05-01', '2027-06-09', '2027-09-15', '2027-10-01']) {
      expect(calendar.isRestDay(d), d).toBe(true);
    }
  });

  it('pass the same checks the import applies', () => {
    for (const f of BUNDLED_HOLIDAY_YEARS) {
      const checked = checkHolidayDays(f.days.map((d, i) => ({ where: `day ${i + 1}`, ...d })), f.year);
      expect(checked.problems, String(f.year)).toEqual([]);
      expect(checked.days).toHaveLength(f.days.length);
    }
  });
});

describe('HolidayCalendar', () => {
  it('treats an official holiday on a weekday as a rest day', () => {
    expect(weekday('2026-10-08')).toBe(4);
    expect(calendar.isRestDay('2026-10-07')).toBe(true); // Wednesday inside 国庆
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
  });

  it('treats a makeup Saturday (调休上班) as a working day and an ordinary weekend as rest', () => {
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isRestDay('2026-10-11')).toBe(true); // the Sunday after it
    expect(calendar.isRestDay('2026-07-26')).toBe(true); // an ordinary Sunday
    expect(calendar.isWorkingDay('2026-07-27')).toBe(true);
  });

  it('knows only weekends for a year without data', () => {
    const empty = new HolidayCalendar();
    expect(empty.isRestDay('2026-10-01')).toBe(false);
    expect(empty.isRestDay('2026-10-03')).toBe(true);
  });
});

describe('working-day arithmetic', () => {
  it('skips holidays and counts makeup working days when adding working days', () => {
    // From Wed 2026-09-30: 10/1–10/7 are holidays, so the 1st working day is Thu 10/8; then
    // Fri 10/9, then the makeup Saturday 10/10.
    expect(addWorkingDays('2026-09-30', 1, calendar)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, calendar)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 4, calendar)).toBe('2026-10-12');
    expect(addWorkingDays('2026-09-30', 0, calendar)).toBe('2026-09-30');
    expect(addWorkingDays('2026-10-08', -1, calendar)).toBe('2026-09-30');
  });

  it('counts working days in (from, to] as the inverse of adding them', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-12', calendar)).toBe(4);
    expect(workingDaysBetween('2026-09-30', '2026-09-30', calendar)).toBe(0);
    expect(workingDaysBetween('2026-10-12', '2026-09-30', calendar)).toBe(-4);
    for (const n of [1, 5, 17, 40]) {
      expect(workingDaysBetween('2026-02-10', addWorkingDays('2026-02-10', n, calendar), calendar)).toBe(n);
    }
  });

  it('recognises only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-2-3')).toBe(false);
  });
});
