import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { takeBackup } from '../../../electron/core/backup/take-backup';
import { SYSTEM_ACTOR, appendAudit, verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { writeTx } from '../../../electron/core/cases/case-rows';
import { putSetting } from '../../../electron/core/services/settings';
import { Queries } from '../../../electron/core/db/query';
import { fileCore, setUpCore, tempDir } from '../helpers/core';
import { startBurst } from './burst';

function inspectBackup(file: string): { integrity: string; chainOk: boolean; burst: number } {
  const sqlite = new Database(file, { readonly: true });
  try {
    return {
      integrity: sqlite.pragma('integrity_check', { simple: true }) as string,
      chainOk: verifyAuditChain(new Queries(sqlite)).ok,
      burst: sqlite.prepare("SELECT count(*) FROM settings WHERE key LIKE 'burst.%'").pluck().get() as number,
    };
  } finally {
    sqlite.close();
  }
}

function write(core: Awaited<ReturnType<typeof fileCore>>, n: number): void {
  writeTx(core, () => {
    putSetting(core, `burst.${n}`, { n, payload: 'y'.repeat(2000) });
    appendAudit(core.q, SYSTEM_ACTOR, core.now(), { action: 'test.burst', entity: 'settings', entityId: `burst.${n}` });
  });
}

describe('a backup taken while the database is being written', () => {
  it('with writes of the same connection between the backup steps, the copy passes integrity_check and its chain verifies', async () => {
    const dir = tempDir('adr-backup-');
    const { core } = await setUpCore(await fileCore(dir));
    core.sqlite.transaction(() => {
      for (let n = 1; n <= 1500; n += 1) write(core, n); // ~3 MB: the copy takes several 100-page steps
    })();
    let writes = 0;
    let stop = false;
    // A write on every turn of the event loop, i.e. between any two backup steps.
    const writer = (async () => {
      while (!stop) {
        write(core, 10_000 + writes);
        writes += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backup = await takeBackup(core, SYSTEM_ACTOR, { kind: 'manual' });
    stop = true;
    await writer;
    expect(writes).toBeGreaterThan(3);
    const seen = inspectBackup(backup.file);
    expect(seen.integrity).toBe('ok');
    expect(seen.chainOk).toBe(true);
    expect(seen.burst).toBeGreaterThanOrEqual(1500);
    core.close();
  }, 60_000);

  it('with another process writing all the time, the copy finishes, passes integrity_check and holds a consistent prefix of the burst', async () => {
    const dir = tempDir('adr-backup-');
    const { core } = await setUpCore(await fileCore(dir));
    core.sqlite.transaction(() => {
      for (let n = 1; n <= 1500; n += 1) write(core, 100_000 + n);
    })();
    const burst = startBurst(path.join(dir, 'adr-desk.sqlite3'), 0);
    await burst.ready;
    await burst.reached(20);
    const before = burst.committed.length;
    const backup = await takeBackup(core, SYSTEM_ACTOR, { kind: 'manual' });
    const after = burst.committed.length;
    burst.child.kill('SIGKILL');
    await burst.exited;
    expect(after).toBeGreaterThan(before); // the child really wrote during the backup
    const seen = inspectBackup(backup.file);
    expect(seen.integrity).toBe('ok');
    expect(seen.chainOk).toBe(true);
    // Everything committed before the backup began is in it, and it is a snapshot (no gaps).
    expect(seen.burst - 1500).toBeGreaterThanOrEqual(before);
    const sqlite = new Database(backup.file, { readonly: true });
    const ids = sqlite.prepare("SELECT json_extract(value, '$.n') FROM settings WHERE key LIKE 'burst.%' AND json_extract(value, '$.n') < 100000 ORDER BY 1").pluck().all() as number[];
    sqlite.close();
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
    core.close();
  }, 60_000);
});
