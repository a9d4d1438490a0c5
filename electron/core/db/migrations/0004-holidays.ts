import { BUNDLED_HOLIDAY_YEARS, checkHolidayDays } from '../../clocks/holiday-data';
import type { Migration } from './migration';

/**
 * Seeds the holiday calendar (official holidays and 调休 makeup working days) for the years the
 * app ships with, from resources/holidays/<year>.json, and records which of them are provisional
 * (built before the State Council notice; the UI warns about those).
 *
 * Rows already present are kept (ON CONFLICT DO NOTHING): a center's own edits win. To ship a
 * newer notice to existing databases, add a migration that replaces that year; editing the JSON
 * only changes what new databases start with.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'holiday-calendar',
  up(sqlite, env) {
    const insert = sqlite.prepare(
      'INSERT INTO holidays (date, kind, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (date) DO NOTHING',
    );
    for (const file of BUNDLED_HOLIDAY_YEARS) {
      // The files are data a person edits by hand; refuse a broken one instead of seeding it.
      const checked = checkHolidayDays(
        file.days.map((d, i) => ({ where: `${file.year}.json day ${i + 1}`, ...d })),
        file.year,
      );
      if (checked.problems.length > 0) {
        throw new Error(`resources/holidays/${file.year}.json: ${checked.problems.join('; ')}`);
      }
      for (const d of checked.days) insert.run(d.date, d.kind, d.name, env.now, env.now);
    }
    const provisional = BUNDLED_HOLIDAY_YEARS.filter((f) => f.provisional).map((f) => f.year);
    sqlite
      .prepare(
        'INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
      )
      .run('holidays.provisional_years', JSON.stringify(provisional), env.now, env.now);
  },
};
