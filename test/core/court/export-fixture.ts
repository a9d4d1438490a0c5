import { unzipSync } from 'fflate';
import type { CourtExportResult } from '../../../electron/contract/schemas/court';
import type { Actor } from '../../../electron/core/audit/audit-log';
import { fixedClock } from '../../../electron/core/clock';
import { openCore, type Core, type PdfPrinter } from '../../../electron/core/core';
import { exportBatch } from '../../../electron/core/court/export/court-batches';
import { knownPublicKeys } from '../../../electron/core/court/keys/key-store';
import { loadDemoData } from '../../../electron/core/demo/load-demo';
import { dispatch } from '../../../electron/core/handlers/registry';
import { actorOf } from '../../../electron/core/services/operators';
import { defaultOperator } from '../../../electron/core/services/setup';
import type { Session } from '../../../electron/core/session';
import { setUpCore } from '../helpers/core';

/**
 * The demo center (today 2026-11-27: 40 cases in every stage, 14 closed, 2 of them transferred to
 * court filing) for the export tests, with a printer that counts its calls. The printer is a
 * stand-in returning a tiny PDF unless the test passes Chromium's (the package test looks at the
 * real documents; the batch tests only need to know whether something was printed).
 */

export const FAKE_PDF = new TextEncoder().encode('%PDF-1.4\n% stand-in\n%%EOF\n');

export interface ExportFixture {
  core: Core;
  session: Session;
  actor: Actor;
  /** Documents printed so far. */
  printed: () => number;
  publicKeyPem: string;
}

export async function exportFixture(options: { printer?: PdfPrinter | null; demo?: boolean } = {}): Promise<ExportFixture> {
  let printed = 0;
  const inner: PdfPrinter = options.printer ?? (async () => FAKE_PDF);
  const core = await openCore({
    databaseFile: ':memory:',
    dataDir: null,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock: fixedClock('2026-11-27T02:00:00.000Z'),
    ...(options.printer === null
      ? {}
      : {
          printPdf: (html, o) => {
            printed += 1;
            return inner(html, o);
          },
        }),
  });
  const { session } = await setUpCore(core);
  if (options.demo !== false) loadDemoData(core, defaultOperator(core)!);
  return { core, session, actor: actorOf(defaultOperator(core)), printed: () => printed, publicKeyPem: knownPublicKeys(core)[0]!.publicKeyPem };
}

/** A channel through the real registry; throws with the error's code and English message. */
export async function call<T>(f: Pick<ExportFixture, 'core' | 'session'>, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(f.core, f.session, channel, input);
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.code} ${result.error.message.en}`), { code: result.error.code });
  return result.value as T;
}

export async function exportNow(f: ExportFixture, mode: 'incremental' | 'all' = 'incremental'): Promise<CourtExportResult> {
  return exportBatch(f.core, f.actor, mode, () => {});
}

export const zipOf = (r: CourtExportResult): Uint8Array => new Uint8Array(Buffer.from(r.file.contentBase64, 'base64'));

/** The bag's files by their path inside the bag (data/…, bag-info.txt). */
export function unpack(zip: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    if (!name.endsWith('/')) files.set(name.slice(name.indexOf('/') + 1), bytes);
  }
  return files;
}

export function jsonl<T = Record<string, unknown>>(files: Map<string, Uint8Array>, file: string): T[] {
  const bytes = files.get(`data/records/${file}.jsonl`);
  if (!bytes) throw new Error(`no data/records/${file}.jsonl`);
  return new TextDecoder()
    .decode(bytes)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}

export function manifestOf(files: Map<string, Uint8Array>): Record<string, unknown> & { files: { path: string; records?: number; bytes?: number }[] } {
  return JSON.parse(new TextDecoder().decode(files.get('data/manifest.json'))) as never;
}

/** What the court's receipt does to a batch (the import of receipts is tested on its own). */
export function acknowledge(core: Core, batchNumber: number): void {
  core.sqlite.prepare("UPDATE court_batches SET acknowledged_at = ? WHERE direction = 'export' AND batch_number = ?").run(core.now(), batchNumber);
}

export function ids(records: { id?: unknown; caseId?: unknown }[], key: 'id' | 'caseId' = 'id'): string[] {
  return records.map((r) => String(r[key])).sort();
}
