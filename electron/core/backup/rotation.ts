import type { BackupFile } from './backup-files';
import { addDays } from '../dates';

export interface RotationSettings {
  keepDaily: number;
  keepWeekly: number;
}

export const DEFAULT_ROTATION: RotationSettings = { keepDaily: 7, keepWeekly: 4 };

/** Pre-migration backups are few (one per app update) and the way back from a bad migration. */
export const KEEP_PRE_MIGRATE = 5;

/** Monday of the ISO week a China date falls in: weeks are grouped by it. */
export function weekOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * Which backups rotation deletes (a pure function of the list, so it is tested with a fixed clock):
 * - daily and quit backups are one pool, one per China day: the newest of the day is that day's;
 * - the newest `keepDaily` days keep their backup;
 * - of the older ones, the newest backup of each of the newest `keepWeekly` ISO weeks is kept;
 * - the newest KEEP_PRE_MIGRATE pre-migration backups are kept;
 * - manual, before-restore and damaged files are never deleted automatically (someone chose to
 *   make them, or they are the evidence of a problem).
 */
export function planRotation(files: readonly BackupFile[], settings: RotationSettings): BackupFile[] {
  const newestFirst = [...files].sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1));
  const remove: BackupFile[] = [];

  const automatic = newestFirst.filter((f) => f.kind === 'daily' || f.kind === 'quit');
  const perDay = new Map<string, BackupFile>();
  for (const f of automatic) {
    if (perDay.has(f.day)) remove.push(f); // an older backup of a day that has a newer one
    else perDay.set(f.day, f);
  }
  const days = [...perDay.values()]; // newest first, one per day
  const older = days.slice(settings.keepDaily);
  const weeks = new Set<string>();
  for (const f of older) {
    const week = weekOf(f.day);
    if (!weeks.has(week) && weeks.size < settings.keepWeekly) weeks.add(week);
    else remove.push(f);
  }

  const preMigrate = newestFirst.filter((f) => f.kind === 'pre-migrate');
  remove.push(...preMigrate.slice(KEEP_PRE_MIGRATE));
  return remove;
}
