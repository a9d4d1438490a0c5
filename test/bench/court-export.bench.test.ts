import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { openCore, type Core, type PdfPrinter } from '../../electron/core/core';
import { exportBatch } from '../../electron/core/court/export/court-batches';
import { outcomeSummaryPdf } from '../../electron/core/court/export/outcome-summary-pdf';
import { transferNoticePdf } from '../../electron/core/court/export/transfer-notice';
import { ensureSigningKey } from '../../electron/core/court/keys/key-store';
import { caseChangeSeqSql } from '../../electron/core/court/sync-state';
import { chromiumPrinter, findChromium } from '../../electron/core/documents/pdf/chromium-printer';
import { actorOf } from '../../electron/core/services/operators';
import { defaultOperator } from '../../electron/core/services/setup';
import { tempDir } from '../core/helpers/core';
import { measure, report, type Measurement } from './measure';
import { BENCH_NOW, syntheticDatabase } from './synthetic-data';

/**
 * Court export over the 20,000-case bench center (target: an incremental batch of 10,000 changed
 * cases with their activities under 15 s). Runs on a copy of the cached synthetic database.
 *
 * What is measured, separately:
 * 1. The batch of 10,000 changed cases (every other case, ~200,000 activities) with the closed
 *    cases' documents already in the cache (as small stand-in PDFs): collecting the records in one
 *    snapshot, JSON Lines, bagging, hashing, signing, storing the package and its audit entry. Peak
 *    RSS is sampled from a worker thread every 10 ms (RSS is per process), heapUsed at every
 *    progress step (the export is synchronous between them).
 * 2. The documents: each PDF printed by Chromium from an empty cache, per document kind, and an
 *    incremental batch of 12 closed cases exported cold (every document printed) and warm (all from
 *    the cache).
 */

const chromium = findChromium();
if (!chromium) throw new Error('The court export benchmark needs Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
const printer = chromiumPrinter(chromium);
afterAll(() => printer.close());

const CHANGED = 10_000;
const STAND_IN = new Uint8Array(2048).fill(0x25);

async function benchCopy(print: PdfPrinter): Promise<Core> {
  const { core: cached } = await syntheticDatabase();
  const source = cached.sqlite.name;
  cached.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  cached.close();
  const dir = tempDir('adr-bench-court-');
  const file = path.join(dir, 'adr-desk.sqlite3');
  fs.copyFileSync(source, file);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const core = await openCore({ databaseFile: file, dataDir: dir, appVersion: '0.0.0-bench', mode: 'test', clock: fixedClock(BENCH_NOW), printPdf: print });
  ensureSigningKey(core);
  return core;
}

/** As if the court had acknowledged everything so far: the next incremental batch starts here. */
function acknowledgeAll(core: Core): void {
  const now = core.now();
  const n = (core.sqlite.prepare("SELECT coalesce(max(batch_number), 0) FROM court_batches WHERE direction = 'export'").pluck().get() as number) + 1;
  core.sqlite.prepare("UPDATE court_batches SET acknowledged_at = ? WHERE direction = 'export' AND acknowledged_at IS NULL").run(now);
  core.sqlite
    .prepare(
      `INSERT INTO court_batches (id, direction, batch_number, kind, from_change_seq, to_change_seq, acknowledged_at, created_at, updated_at)
       VALUES (?, 'export', ?, 'package', 0, (SELECT value FROM change_counter WHERE id = 1), ?, ?, ?)`,
    )
    .run(core.newId(), n, now, now, now);
}

/** Touches the cases (a change_seq bump each) and returns them. */
function touch(core: Core, where: string): string[] {
  const ids = core.sqlite.prepare(`SELECT id FROM cases WHERE ${where}`).pluck().all() as string[];
  core.sqlite.transaction(() => {
    const update = core.sqlite.prepare('UPDATE cases SET updated_at = ? WHERE id = ?');
    for (const id of ids) update.run(core.now(), id);
  })();
  return ids;
}

/** Puts stand-in documents in the cache for the closed cases among `ids`, keyed as the export keys them. */
function cacheStandIns(core: Core, ids: readonly string[]): number {
  const rows = core.sqlite
    .prepare(`SELECT c.id, c.outcome, ${caseChangeSeqSql('c')} AS seq FROM cases c WHERE c.id IN (SELECT value FROM json_each(?)) AND c.status = 'closed' AND c.outcome IS NOT NULL`)
    .all(JSON.stringify(ids)) as { id: string; outcome: string; seq: number }[];
  const insert = core.sqlite.prepare(
    "INSERT OR REPLACE INTO court_documents (case_id, kind, source_seq, sha256, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  let n = 0;
  core.sqlite.transaction(() => {
    for (const r of rows) {
      for (const kind of r.outcome === 'transferred_to_filing' ? ['outcome_summary', 'transfer_notice'] : ['outcome_summary']) {
        insert.run(r.id, kind, r.seq, '0'.repeat(64), Buffer.from(STAND_IN), core.now());
        n += 1;
      }
    }
  })();
  return n;
}

/** Peak RSS from a worker (the main thread is busy in synchronous steps), in MB. */
function rssSampler(): { stop: () => Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     const t = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 10);
     parentPort.on('message', () => { clearInterval(t); peak = Math.max(peak, process.memoryUsage.rss()); parentPort.postMessage(peak); });`,
    { eval: true },
  );
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', (peak: number) => {
          void worker.terminate();
          resolve(Math.round(peak / 2 ** 20));
        });
        worker.postMessage('stop');
      }),
  };
}

const mb = (n: number) => Math.round(n / 2 ** 20);

it('court export: an incremental batch of 10,000 changed cases with their activities; documents cold and cached', async () => {
  let printed = 0;
  const core = await benchCopy((html, o) => {
    printed += 1;
    return printer.print(html, o);
  });
  const actor = actorOf(defaultOperator(core));
  const results: Measurement[] = [];

  // ---- 1. 10,000 changed cases, documents cached -------------------------------------------
  acknowledgeAll(core);
  const changed = touch(core, 'rowid % 2 = 0');
  expect(changed).toHaveLength(CHANGED);
  const cachedDocs = cacheStandIns(core, changed);
  const activities = core.sqlite
    .prepare('SELECT count(*) FROM activities WHERE deleted_at IS NULL AND case_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(JSON.stringify(changed)) as number;

  const rssBefore = mb(process.memoryUsage().rss);
  let heapPeak = 0;
  let last: Awaited<ReturnType<typeof exportBatch>> | null = null;
  const sampler = rssSampler();
  const big = await measure(
    `export incremental: ${CHANGED} changed cases, ${activities} activities, ${cachedDocs} cached documents`,
    async () => {
      last = await exportBatch(core, actor, 'incremental', () => {
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      });
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    },
    5,
    1,
  );
  const rssPeak = await sampler.stop();
  results.push(big);
  expect(printed).toBe(0);
  const batch = last!.batch;
  expect(batch.caseCount).toBe(CHANGED);

  // ---- 2. documents: one PDF at a time, cold -----------------------------------------------
  await printer.print('<p>warm-up</p>');
  const closed = core.sqlite
    .prepare("SELECT id FROM cases WHERE status = 'closed' AND outcome <> 'transferred_to_filing' ORDER BY id DESC LIMIT 10")
    .pluck()
    .all() as string[];
  const failed = core.sqlite.prepare("SELECT id FROM cases WHERE outcome = 'transferred_to_filing' ORDER BY id DESC LIMIT 2").pluck().all() as string[];
  let summaryBytes = 0;
  let noticeBytes = 0;
  let i = 0;
  results.push(
    await measure('outcome summary PDF, one case (read, flowchart, Chromium print)', async () => {
      summaryBytes = (await outcomeSummaryPdf(core, closed[i++ % closed.length]!)).byteLength;
    }, 10, 1),
  );
  results.push(
    await measure('transfer notice PDF, one case (read, Chromium print)', async () => {
      noticeBytes = (await transferNoticePdf(core, failed[i++ % failed.length]!)).byteLength;
    }, 10, 1),
  );

  // ---- 3. a batch of 12 closed cases: cold (every document printed) vs warm (all cached) ----
  acknowledgeAll(core);
  const small = [...closed, ...failed];
  core.sqlite.prepare('DELETE FROM court_documents WHERE case_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(small));
  touch(core, `id IN (SELECT value FROM json_each('${JSON.stringify(small)}'))`);
  printed = 0;
  let start = performance.now();
  await exportBatch(core, actor, 'incremental', () => {});
  const coldMs = performance.now() - start;
  const coldPrinted = printed;
  start = performance.now();
  await exportBatch(core, actor, 'incremental', () => {});
  const warmMs = performance.now() - start;
  expect(printed).toBe(coldPrinted);
  results.push({ name: `export incremental: 12 closed cases, cold cache (${coldPrinted} PDFs printed)`, runs: 1, medianMs: Math.round(coldMs), p90Ms: Math.round(coldMs) });
  results.push({ name: 'export incremental: the same 12 cases, documents cached', runs: 1, medianMs: Math.round(warmMs), p90Ms: Math.round(warmMs) });

  report('court-export', results);
  console.log(
    [
      `10,000-case batch: ${mb(batch.bytes)} MB zip (${batch.bytes} bytes), ${batch.recordCount} records; median ${Math.round(big.medianMs)} ms`,
      `memory: RSS before ${rssBefore} MB, peak ${rssPeak} MB over the ${big.runs + 1} runs; heapUsed peak ${mb(heapPeak)} MB (at progress steps)`,
      `PDF sizes: outcome summary ${Math.round(summaryBytes / 1024)} KB, transfer notice ${Math.round(noticeBytes / 1024)} KB`,
      `per printed PDF in a batch: ${Math.round((coldMs - warmMs) / coldPrinted)} ms (cold ${Math.round(coldMs)} ms, warm ${Math.round(warmMs)} ms, ${coldPrinted} PDFs)`,
    ].join('\n'),
  );
  expect(big.medianMs).toBeGreaterThan(0);
  core.close();
}, 1_800_000);
