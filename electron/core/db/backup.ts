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
  await sqlite.backup(partial, { progress: boundedSteps() });
  // Rename last, so a crash never leaves a half-written file under the final name.
  fs.renameSync(partial, destination);
  return destination;
}

/** `2026-11-27T08-00-00-000Z`: sortable and legal in file names on every OS. */
export function fileStamp(iso: string): string {
  return iso.replace(/[:.]/g, '-');
}

/**
 * The backup copies 100 pages per step and lets the event loop run between steps, so the app
 * stays responsive. A write through this same connection is carried into the copy as it goes; a
 * write from another process (the CLI beside the app, a scheduled job) restarts the copy on the
 * next step. Under a steady stream of such writes it could restart for ever, so after a number of
 * steps the rest is copied in one step: one read transaction, a consistent snapshot (WAL readers
 * do not block writers).
 */
export function boundedSteps(maxSteps = 50): () => number {
  let steps = 0;
  return function nextStep() {
    steps += 1;
    return steps >= maxSteps ? 0x7fffffff : 100;
  };
}
