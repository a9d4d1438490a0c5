import { describe, expect, it } from 'vitest';
import {
  completeClock,
  getHolidayYear,
  holidayYears,
  importHolidays,
  listHolidays,
  openClock,
  provisionalYears,
  saveHolidayYear,
} from '../../../electron/core/clocks';
import { CoreError } from '../../../electron/core/errors';
import { memoryCore } from '../helpers/core';
import { auditActions, clocksCore, insertCase, storedDueOn } from './helpers';

function errorOf(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected a CoreError');
}

const NATIONAL_DAY_2027_CSV = [
  'date,kind,name',
  '2027-09-26,班,国庆节调休上班',
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `2027-10-${d},休,国庆节`),
  '2027-10-09,workday,国庆节调休上班',
].join('\r\n');

describe('migration 0004', () => {
  it('seeds 2025, 2026 and 2027 and marks 2027 provisional', async () => {
    const core = await memoryCore();
    expect(holidayYears(core)).toEqual([
      { year: 2025, days: 1 + 8 + 3 + 5 + 3 + 8 + 5, provisional: false }, // 6 holiday blocks + 5 makeup days
      { year: 2026, days: 3 + 9 + 3 + 5 + 3 + 3 + 7 + 6, provisional: false }, // 7 blocks + 6 makeup days
      { year: 2027, days: 1 + 6 + 1 + 4 + 1 + 1 + 5, provisional: true }, // statutory days only
    ]);
    expect(provisionalYears(core)).toEqual([2027]);
    expect(listHolidays(core, 2026).find((d) => d.date === '2026-01-04')).toEqual({ date: '2026-01-04', kind: 'workday', name: '元旦调休上班' });
    // Stamped with the opening app's time, not a constant.
    const stamps = core.sqlite.prepare('SELECT DISTINCT created_at FROM holidays').pluck().all();
    expect(stamps).toEqual(['2026-11-27T02:00:00.000Z']);
    core.close();
  });
});

describe('holiday service', () => {
  it('saving a year moves the due dates of open clocks, not of finished ones', async () => {
    const { core, actor } = await clocksCore();
    const c = insertCase(core);
    const open = openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2026-09-02', limitDays: 30 });
    const done = openClock(core, actor, { caseId: c.id, kind: 'follow_up_visit', triggerOn: '2026-09-02', limitDays: 30 });
    completeClock(core, actor, done.id, '2026-10-08');
    expect(open.dueOn).toBe('2026-10-08');

    // Suppose the center removes the National Day week (and its makeup days) from 2026: the last
    // day, Fri 10/2, becomes an ordinary working day and the clock is due on it.
    const without = listHolidays(core, 2026).filter((d) => !d.name.startsWith('国庆'));
    const result = saveHolidayYear(core, actor, 2026, without);
    expect(result).toMatchObject({ year: 2026, provisional: false, changed: true });
    expect(result.days).toHaveLength(without.length);
    expect(result.clocksMoved).toEqual([{ clockId: open.id, from: '2026-10-08', to: '2026-10-02' }]);
    expect(storedDueOn(core, open.id)).toBe('2026-10-02');
    expect(storedDueOn(core, done.id)).toBe('2026-10-08');
    expect(auditActions(core).at(-1)).toBe('holidays.save');

    const again = saveHolidayYear(core, actor, 2026, without);
    expect(again.changed).toBe(false);
    expect(auditActions(core).at(-1)).toBe('holidays.save');
    expect(auditActions(core).filter((a) => a === 'holidays.save')).toHaveLength(1);
  });

  it('refuses a year with a date outside it, a duplicate, a bad kind or a weekday makeup day, saving nothing', async () => {
    const { core, actor } = await clocksCore();
    const before = listHolidays(core, 2026);
    const error = errorOf(() =>
      saveHolidayYear(core, actor, 2026, [
        { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2026-10-02', kind: 'rest', name: '国庆节' },
        { date: '2026-10-12', kind: 'workday', name: '调休' },
      ]),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.params.detail).toContain('day 2: 2027-01-01 is not in 2026');
    expect(error.params.detail).toContain('day 3: 2026-10-01 is listed twice (also day 1)');
    expect(error.params.detail).toContain('day 4: unknown kind "rest"');
    expect(error.params.detail).toContain('day 5: 2026-10-12 is a weekday');
    expect(listHolidays(core, 2026)).toEqual(before);
  });

  it('imports a CSV year with 休/班, replacing the provisional year and moving its clocks', async () => {
    const { core, actor } = await clocksCore();
    const c = insertCase(core);
    // 2027-09-06 + 30 = Wed 10/6. The provisional 2027 has National Day 10/1–10/5 only, so it is
    // a working day; the imported notice makes 10/1–10/7 holidays → first working day Fri 10/8.
    const clock = openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2027-09-06', limitDays: 30 });
    expect(clock.dueOn).toBe('2027-10-06');

    const result = importHolidays(core, actor, { format: 'csv', text: NATIONAL_DAY_2027_CSV });
    expect(result).toMatchObject({ years: [2027], days: 9, changed: true });
    expect(storedDueOn(core, clock.id)).toBe('2027-10-08');
    expect(getHolidayYear(core, 2027)).toMatchObject({ provisional: false });
    expect(getHolidayYear(core, 2027).days.find((d) => d.date === '2027-09-26')).toEqual({ date: '2027-09-26', kind: 'workday', name: '国庆节调休上班' });
    expect(provisionalYears(core)).toEqual([]);
    expect(auditActions(core).at(-1)).toBe('holidays.import');
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { core, actor } = await clocksCore();
    importHolidays(core, actor, { format: 'csv', text: NATIONAL_DAY_2027_CSV });
    const seq = core.sqlite.prepare('SELECT value FROM change_counter').pluck().get();
    const audits = auditActions(core).length;
    const again = importHolidays(core, actor, { format: 'csv', text: NATIONAL_DAY_2027_CSV });
    expect(again).toMatchObject({ years: [2027], days: 9, changed: false, clocksMoved: [] });
    expect(core.sqlite.prepare('SELECT value FROM change_counter').pluck().get()).toBe(seq);
    expect(auditActions(core)).toHaveLength(audits);
  });

  it('rejects a CSV with a bad row, naming the row, and imports nothing', async () => {
    const { core, actor } = await clocksCore();
    const before = getHolidayYear(core, 2027);
    const audits = auditActions(core).length;
    const text = ['date,kind,name', '2027-10-01,休,国庆节', '2027-02-30,休,春节', '2027-10-02,假,国庆节'].join('\n');
    const error = errorOf(() => importHolidays(core, actor, { format: 'csv', text }));
    expect(error.code).toBe('VALIDATION');
    expect(error.params.detail).toMatch(/^row 3: bad date "2027-02-30"/);
    expect(error.params.detail).toContain('row 4: unknown kind "假"');
    expect(getHolidayYear(core, 2027)).toEqual(before);
    expect(auditActions(core)).toHaveLength(audits);
  });

  it('rejects a CSV without a header', async () => {
    const { core, actor } = await clocksCore();
    const error = errorOf(() => importHolidays(core, actor, { format: 'csv', text: '2027-10-01,休,国庆节\n' }));
    expect(error.params.detail).toBe('row 1: expected a header row "date,kind,name"');
  });

  it('imports the JSON year-file shape, keeping its provisional flag, and round-trips a shipped file', async () => {
    const { core, actor } = await clocksCore();
    const file = { year: 2028, source: '测试', provisional: true, days: [{ date: '2028-01-01', kind: 'holiday', name: '元旦' }] };
    expect(importHolidays(core, actor, { format: 'json', text: JSON.stringify(file) })).toMatchObject({ years: [2028], changed: true });
    expect(provisionalYears(core)).toEqual([2027, 2028]);
    const shipped = { year: 2026, provisional: false, days: listHolidays(core, 2026) };
    expect(importHolidays(core, actor, { format: 'json', text: JSON.stringify(shipped) }).changed).toBe(false);
    const bad = errorOf(() => importHolidays(core, actor, { format: 'json', text: '{"year": 2028, "days": [{"date": "2029-01-01", "kind": "holiday", "name": "x"}]}' }));
    expect(bad.params.detail).toBe('2028 day 1: 2029-01-01 is not in 2028');
  });
});
