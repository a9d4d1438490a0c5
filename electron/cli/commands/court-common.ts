import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Localized } from '../../contract/result';
import type { ExportFile } from '../../contract/schemas/files';
import type { Actor } from '../../core/audit/audit-log';
import type { Core } from '../../core/core';
import { CoreError } from '../../core/errors';
import type { Permission } from '../../contract/permissions';
import { needsSetup } from '../../core/services/setup';
import { cliActor, say, withCore, type GlobalOptions } from '../cli-context';

/** Helpers the `adr court …` commands share. */

export const l = (zh: string, en: string): string => say({ 'zh-CN': zh, en });

/**
 * Opens the center's database set up, acting as the run's operator (--operator, or the one
 * first-run setup created while sign-in is off) when their role holds `permission`, so court
 * exports and imports are audited under that name and refused to the roles the app refuses.
 */
export async function withCenter<T>(
  command: Command,
  fn: (core: Core, actor: Actor) => Promise<T> | T,
  permission: Permission = 'court.read',
): Promise<T> {
  return withCore(command.optsWithGlobals<GlobalOptions>(), async (core) => {
    if (needsSetup(core)) throw new CoreError('NOT_SET_UP', 'The center is not set up');
    return fn(core, cliActor(core, permission));
  });
}

/** Writes the file at `out` (its folder made if missing); returns the absolute path and the SHA-256 of what was written. */
export function writeOut(out: string, file: ExportFile): { target: string; sha256: string } {
  const target = path.resolve(out);
  const bytes = Buffer.from(file.contentBase64, 'base64');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, bytes);
  return { target, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Progress of long work on stderr, one line per step, only in a terminal: stdout stays the result a
 * script reads.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): (percent: number, label: Localized) => void {
  return (percent, label) => {
    if (stream.isTTY) stream.write(`${String(Math.round(percent)).padStart(3)}% ${say(label)}\n`);
  };
}
