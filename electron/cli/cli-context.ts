import path from 'node:path';
import { openCore, type Core } from '../core/core';
import { databaseFileIn, defaultDataDir } from '../core/paths';
import { readAppVersion } from '../core/app-version';
import { machinePrinter } from '../core/documents/pdf/chromium-printer';
import { CoreError } from '../core/errors';
import { isDamaged, reportDamage } from '../core/backup/recovery';
import { localize } from '../contract/errors';
import type { Localized } from '../contract/result';

export interface GlobalOptions {
  data?: string;
  /** Chromium for PDF output (else CHROMIUM_PATH, else /usr/bin/chromium). */
  chromium?: string;
}

export type Lang = 'zh-CN' | 'en';

/** Messages follow ADR_LANG, then LANG; Chinese unless the environment asks for English. */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.ADR_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return /^en/i.test(value) ? 'en' : 'zh-CN';
}

export function say(text: Localized): string {
  return text[cliLang()];
}

export function resolveDataDir(options: GlobalOptions): string {
  return path.resolve(options.data ?? process.env.ADR_DATA_DIR ?? defaultDataDir());
}

export async function withCore<T>(options: GlobalOptions, fn: (core: Core, dataDir: string) => Promise<T> | T): Promise<T> {
  const dataDir = resolveDataDir(options);
  // Chromium starts only if a command prints a PDF, and is closed with the database.
  const printer = machinePrinter(options.chromium);
  const core = await openCore({
    databaseFile: databaseFileIn(dataDir),
    dataDir,
    appVersion: readAppVersion(import.meta.dirname),
    mode: 'cli',
    printPdf: printer.print,
  }).catch(async (error: unknown) => {
    await printer.close();
    // A damaged database: name the latest good backup and the `adr restore FILE` command.
    throw isDamaged(error) ? reportDamage(error, dataDir).error : error;
  });
  try {
    return await fn(core, dataDir);
  } finally {
    core.close();
    await printer.close();
  }
}

/** A failure the user can act on: printed on stderr in their language, exit code 1. */
export class CliFailure extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

export function describeError(error: unknown): string {
  if (error instanceof CliFailure) return say(error.text);
  if (error instanceof CoreError) return say(localize(error.code, error.params));
  if (error instanceof Error) return error.message;
  return String(error);
}
