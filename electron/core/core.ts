import type Database from 'better-sqlite3';
import { systemClock, type Clock } from './clock';
import { newId as defaultNewId, type IdGenerator } from './ids';
import { openDatabase, type OpenedDatabase } from './db/database';
import { Queries } from './db/query';
import { chinaDate } from './dates';
import type { Migration } from './db/migrations/migration';
import type { Localized } from '../contract/result';

export type RunMode = 'electron' | 'web' | 'test' | 'cli';

export interface CoreOptions {
  /** The SQLite file, or ':memory:'. */
  databaseFile: string;
  /** The data folder (attachments, backups); null for an in-memory core. */
  dataDir: string | null;
  appVersion: string;
  mode: RunMode;
  clock?: Clock;
  newId?: IdGenerator;
  migrations?: readonly Migration[];
  /**
   * Opens a file with the system viewer (Electron: shell.openPath). Absent in browser mode, the
   * CLI and tests, where callers fall back to handing the bytes to the page.
   */
  openFile?: (absolutePath: string) => Promise<void>;
  /**
   * Prints HTML to PDF with Chromium: Electron's webContents.printToPDF in the app, Debian's
   * Chromium through playwright-core in the CLI, browser mode and tests. Absent → PDF exports fail
   * with a clear error instead of producing something else.
   */
  printPdf?: PdfPrinter;
  /** Asks the user for a folder (Electron's dialog); null when cancelled. Absent outside the app. */
  chooseFolder?: (title: Localized) => Promise<string | null>;
  /**
   * Protects the court signing key with the OS keychain (Electron safeStorage). Absent (CLI,
   * browser mode, tests, or no keychain) → the private key is stored as plain PEM, recorded as
   * sealing 'none'.
   */
  keySealer?: KeySealer;
}

export interface KeySealer {
  readonly kind: 'safeStorage';
  /** Plain text → an opaque string (base64) to store. */
  seal(plain: string): string;
  /** Throws when the text cannot be unsealed (another user or machine, keychain unavailable). */
  unseal(sealed: string): string;
}

export interface PdfPrintOptions {
  /** Chromium header/footer templates (see Page.printToPDF); page numbers via <span class="pageNumber">. */
  headerTemplate?: string;
  footerTemplate?: string;
  /** Page margins in millimetres; the official-document defaults when omitted. */
  marginsMm?: { top: number; right: number; bottom: number; left: number };
  landscape?: boolean;
}

export type PdfPrinter = (html: string, options?: PdfPrintOptions) => Promise<Uint8Array>;

/**
 * Everything a service needs, passed in explicitly: the one database connection, the clock, the
 * id source and the data folder. Nothing in the core reaches for globals, so the same code runs
 * under Electron, in browser mode, in the CLI and in tests.
 */
export interface Core {
  readonly q: Queries;
  readonly sqlite: Database.Database;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly dataDir: string | null;
  readonly appVersion: string;
  readonly mode: RunMode;
  readonly database: OpenedDatabase;
  readonly openFile: ((absolutePath: string) => Promise<void>) | null;
  readonly printPdf: PdfPrinter | null;
  readonly chooseFolder: ((title: Localized) => Promise<string | null>) | null;
  readonly keySealer: KeySealer | null;
  now(): string;
  /** Today's date in the center's time zone (Asia/Shanghai, UTC+8, no DST), YYYY-MM-DD. */
  today(): string;
  close(): void;
}

export async function openCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? defaultNewId;
  const now = () => clock.now().toISOString();
  const database = await openDatabase({
    file: options.databaseFile,
    now,
    newId,
    ...(options.dataDir ? { backupDir: `${options.dataDir}/backups` } : {}),
    ...(options.migrations ? { migrations: options.migrations } : {}),
  });
  return {
    q: new Queries(database.sqlite),
    sqlite: database.sqlite,
    clock,
    newId,
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    mode: options.mode,
    database,
    openFile: options.openFile ?? null,
    printPdf: options.printPdf ?? null,
    chooseFolder: options.chooseFolder ?? null,
    keySealer: options.keySealer ?? null,
    now,
    today: () => chinaDate(clock.now()),
    close: () => database.close(),
  };
}
