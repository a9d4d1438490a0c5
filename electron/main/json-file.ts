import fs from 'node:fs';
import path from 'node:path';

/** The parsed contents of a small settings file, or null when it is missing or unreadable. */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/**
 * Writes through a temp file and a rename, so a crash or power cut mid-write leaves the old file
 * rather than half a JSON document. Synchronous on purpose: it also runs from window 'close',
 * where an async write could be cut off by the quit that follows.
 */
export function writeJsonFileAtomic(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
  fs.renameSync(temp, file);
}
