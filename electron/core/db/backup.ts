import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/**
 * A consistent copy of a live database through SQLite's online backup API (better-sqlite3's
 * `backup()`): safe while the app reads and writes, unlike copying the file and its WAL.
 */
export async function backupTo(sqlite: Database.Database, destination: string): Promise<string> {
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  if (fs.existsSync(destination)) {
    throw new Error(`Refusing to overwrite existing backup ${destination}`);
  }
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  await sqlite.backup(partial);
  // Rename last, so a crash never leaves a half-written file under the final name.
  fs.renameSync(partial, destination);
  return destination;
}

/** `2026-11-27T08-00-00-000Z`: sortable and legal in file names on every OS. */
export function fileStamp(iso: string): string {
  return iso.replace(/[:.]/g, '-');
}
