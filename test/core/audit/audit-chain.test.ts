import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { setUpCore } from '../helpers/core';

const actor = { operatorId: null, operatorName: 'test' };

async function coreWithEntries(n: number) {
  const { core } = await setUpCore(); // setup itself writes entry 1
  for (let i = 0; i < n; i += 1) {
    core.q.tx(() => appendAudit(core.q, actor, core.now(), { action: 'test.write', entity: 'test', entityId: String(i), detail: { i } }));
  }
  return core;
}

/** What someone with the sqlite3 shell would do: drop the guard triggers, then edit. */
function tamper(core: Awaited<ReturnType<typeof coreWithEntries>>, sql: string) {
  core.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  core.sqlite.exec(sql);
}

describe('audit log', () => {
  it('records a change in the same transaction, chained to the entry before', async () => {
    const core = await coreWithEntries(2);
    const rows = core.sqlite.prepare('SELECT seq, action, prev_hash, hash FROM audit_log ORDER BY seq').all() as {
      seq: number; action: string; prev_hash: string; hash: string;
    }[];
    expect(rows.map((r) => r.action)).toEqual(['setup.complete', 'test.write', 'test.write']);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(verifyAuditChain(core.q)).toMatchObject({ ok: true, entries: 3, firstBroken: null });
  });

  it('rolls back with the change it records', async () => {
    const { core } = await setUpCore();
    expect(() =>
      core.q.tx(() => {
        appendAudit(core.q, actor, core.now(), { action: 'x', entity: 'x' });
        throw new Error('change failed');
      }),
    ).toThrow('change failed');
    expect(core.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
  });

  it('refuses updates and deletes through SQL', async () => {
    const core = await coreWithEntries(1);
    expect(() => core.sqlite.exec("UPDATE audit_log SET action = 'y' WHERE seq = 1")).toThrow(/append-only/);
    expect(() => core.sqlite.exec('DELETE FROM audit_log WHERE seq = 1')).toThrow(/append-only/);
  });

  it('names an edited entry', async () => {
    const core = await coreWithEntries(4);
    tamper(core, "UPDATE audit_log SET detail = '{\"i\":99}' WHERE seq = 3");
    expect(verifyAuditChain(core.q).firstBroken).toEqual({ seq: 3, reason: 'hash_mismatch' });
  });

  it('names an entry whose hash was recomputed after an edit, via the next link', async () => {
    const core = await coreWithEntries(4);
    // Flip the first hex digit to a different one (always a change, whatever the digit was).
    tamper(core, "UPDATE audit_log SET hash = (CASE substr(hash, 1, 1) WHEN 'f' THEN '0' ELSE 'f' END) || substr(hash, 2) WHERE seq = 2");
    // Entry 2 no longer matches its own fields.
    expect(verifyAuditChain(core.q).firstBroken?.seq).toBe(2);
  });

  it('names a deleted entry in the middle', async () => {
    const core = await coreWithEntries(4);
    tamper(core, 'DELETE FROM audit_log WHERE seq = 3');
    expect(verifyAuditChain(core.q).firstBroken).toEqual({ seq: 3, reason: 'missing_entry' });
  });

  it('names a deleted last entry', async () => {
    const core = await coreWithEntries(4);
    tamper(core, 'DELETE FROM audit_log WHERE seq = 5');
    expect(verifyAuditChain(core.q).firstBroken).toEqual({ seq: 5, reason: 'missing_entry' });
  });
});
