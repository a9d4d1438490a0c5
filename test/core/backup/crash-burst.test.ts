import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { Queries } from '../../../electron/core/db/query';
import { fileCore, setUpCore, tempDir } from '../helpers/core';
import { startBurst } from './burst';

/**
 * Acceptance: kill -9 during a write burst never corrupts the file and never loses a transaction
 * the app reported as committed. A child process (child/write-burst.mjs) commits small
 * transactions one after another and prints each id only after the commit returned; it is killed
 * with SIGKILL at a different moment in each of KILLS runs on the same file, which is reopened
 * each time (WAL recovery) before the next run.
 */
const KILLS = 5;

describe('kill -9 during a write burst', () => {
  it(`leaves an intact file holding every reported commit, ${KILLS} times in a row`, async () => {
    const dir = tempDir('adr-crash-burst-');
    const { core } = await setUpCore(await fileCore(dir));
    core.close();
    const file = path.join(dir, 'adr-desk.sqlite3');
    const reported = new Set<number>();
    for (let run = 0; run < KILLS; run += 1) {
      const burst = startBurst(file, 0);
      await burst.ready;
      await burst.reached(30 + run * 17); // a different point in the burst each run
      burst.child.kill('SIGKILL');
      const { signal } = await burst.exited;
      expect(signal).toBe('SIGKILL');
      // Ids restart at 1 each run (same keys, overwritten): remember the highest of this run.
      const highest = Math.max(...burst.committed);
      expect(fs.existsSync(`${file}-wal`)).toBe(true); // killed with the WAL still open: recovery is needed

      const sqlite = new Database(file);
      try {
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = new Set(
          sqlite.prepare("SELECT json_extract(value, '$.n') FROM settings WHERE key LIKE 'burst.%'").pluck().all() as number[],
        );
        for (const n of burst.committed) expect(present.has(n), `burst.${n} reported committed in run ${run}`).toBe(true);
        expect(verifyAuditChain(new Queries(sqlite)).ok).toBe(true);
        const audits = sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'test.burst'").pluck().get() as number;
        reported.add(highest);
        // Every reported commit of every run has its audit entry (at most one more, cut before its report).
        const expected = [...reported].reduce((a, b) => a + b, 0);
        expect(audits).toBeGreaterThanOrEqual(expected);
        expect(audits).toBeLessThanOrEqual(expected + run + 1);
      } finally {
        sqlite.close();
      }
    }
    // And the app opens it normally afterwards (quick_check at open).
    const reopened = await fileCore(dir);
    expect(verifyAuditChain(reopened.q).ok).toBe(true);
    reopened.close();
  }, 120_000);
});
