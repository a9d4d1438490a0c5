import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../electron/contract/schemas/cases';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { sha256Hex } from '../../../electron/core/court/bag/bag-text';
import { courtOverview, exportBatch, markDelivered, rewriteBatch } from '../../../electron/core/court/export/court-batches';
import { CoreError } from '../../../electron/core/errors';
import { acknowledge, call, exportFixture, exportNow, ids, jsonl, manifestOf, unpack, zipOf, type ExportFixture } from './export-fixture';

/**
 * Batches over the demo center: which cases and rows an incremental batch carries, the watermark
 * that only an acknowledged batch moves, everything on request, the stored bytes written again,
 * delivery, the audit entry and its anchor, the unsynced flag, and the ways an export refuses.
 */

type Row = Record<string, unknown>;

function one<T>(f: ExportFixture, sql: string, ...params: unknown[]): T {
  return f.core.sqlite.prepare(sql).get(...params) as T;
}
function all<T>(f: ExportFixture, sql: string, ...params: unknown[]): T[] {
  return f.core.sqlite.prepare(sql).all(...params) as T[];
}

/** Open demo cases that have activities, by case number: stable picks for the changes below. */
function openCases(f: ExportFixture): { id: string; stage: string }[] {
  return all(
    f,
    `SELECT c.id, c.stage FROM cases c WHERE c.status = 'open' AND c.deleted_at IS NULL
       AND (SELECT count(*) FROM activities a WHERE a.case_id = c.id AND a.deleted_at IS NULL) >= 2
     ORDER BY c.case_number`,
  );
}

async function logActivity(f: ExportFixture, c: { id: string; stage: string }, description: string): Promise<string> {
  const r = await call<{ id: string }>(f, 'activities.create', {
    caseId: c.id,
    stepId: null,
    stage: c.stage,
    occurredAt: '2026-11-27T01:00:00.000Z',
    description,
  });
  return r.id;
}

async function caught(p: Promise<unknown>): Promise<CoreError> {
  try {
    await p;
  } catch (error) {
    return error as CoreError;
  }
  throw new Error('expected an error');
}

describe('incremental batches', () => {
  it('carry exactly the cases changed since the last acknowledged batch, each with all its rows, and the deletion of an activity', async () => {
    const f = await exportFixture();
    const first = await exportNow(f, 'all');
    acknowledge(f.core, first.batch.batchNumber);

    const [a, b] = openCases(f);
    const gone = one<{ id: string }>(f, 'SELECT id FROM activities WHERE case_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1', a!.id).id;
    await call(f, 'activities.delete', { id: gone, reason: '重复登记' });
    const added = await logActivity(f, b!, '电话回访申请人，了解诉求变化');

    const second = await exportNow(f);
    const files = unpack(zipOf(second));
    const manifest = manifestOf(files);
    expect(second.batch).toMatchObject({ batchNumber: 2, externalIdentifier: 'ADR-000002', mode: 'incremental', fromChangeSeq: first.batch.toChangeSeq, caseCount: 2 });
    expect(manifest).toMatchObject({ batchNumber: 2, mode: 'incremental', fromChangeSeq: first.batch.toChangeSeq, previousAcknowledgedBatch: 1 });

    expect(ids(jsonl(files, 'cases'))).toEqual([a!.id, b!.id].sort());
    // The whole current record set of each case, not just the changed rows.
    const live = (table: string) =>
      all<{ id: string }>(f, `SELECT id FROM ${table} WHERE case_id IN (?, ?) AND deleted_at IS NULL`, a!.id, b!.id).map((r) => r.id).sort();
    expect(ids(jsonl(files, 'activities'))).toEqual(live('activities'));
    expect(ids(jsonl(files, 'parties'))).toEqual(live('parties'));
    expect(ids(jsonl(files, 'case-agencies'))).toEqual(live('case_agencies'));
    expect(ids(jsonl(files, 'activities'))).toContain(added);
    expect(ids(jsonl(files, 'activities'))).not.toContain(gone);
    expect(jsonl(files, 'deletions')).toEqual([
      { entity: 'activities', id: gone, caseId: a!.id, deletedAt: '2026-11-27T02:00:00.000Z', changeSeq: expect.any(Number) as number },
    ]);
    // Every agency the two cases refer to comes along, so the court can resolve agencyId.
    const agencyIds = new Set(ids(jsonl(files, 'agencies')));
    for (const link of jsonl<{ agencyId: string }>(files, 'case-agencies')) expect(agencyIds.has(link.agencyId)).toBe(true);
    // Ordered by id, one object per line.
    const lines = jsonl<{ id: string }>(files, 'activities').map((r) => r.id);
    expect(lines).toEqual([...lines].sort());
  }, 60_000);

  it('a batch not yet acknowledged does not move the watermark: the next one carries its cases again', async () => {
    const f = await exportFixture();
    acknowledge(f.core, (await exportNow(f, 'all')).batch.batchNumber);
    const [a, b] = openCases(f);
    await logActivity(f, a!, '补充调查');
    const second = await exportNow(f);
    expect(ids(jsonl(unpack(zipOf(second)), 'cases'))).toEqual([a!.id]);

    await logActivity(f, b!, '约谈被申请人');
    const third = await exportNow(f);
    expect(third.batch.fromChangeSeq).toBe(second.batch.fromChangeSeq);
    expect(ids(jsonl(unpack(zipOf(third)), 'cases'))).toEqual([a!.id, b!.id].sort());
    expect(manifestOf(unpack(zipOf(third))).previousAcknowledgedBatch).toBe(1);

    acknowledge(f.core, third.batch.batchNumber);
    // Acknowledging the older batch afterwards does not lower the watermark.
    acknowledge(f.core, second.batch.batchNumber);
    expect((await caught(exportNow(f))).code).toBe('NOTHING_TO_EXPORT');
  }, 60_000);

  it('refuses with NOTHING_TO_EXPORT when nothing changed, and makes no batch and no audit entry', async () => {
    const f = await exportFixture();
    acknowledge(f.core, (await exportNow(f, 'all')).batch.batchNumber);
    const before = one<{ n: number }>(f, 'SELECT count(*) AS n FROM audit_log').n;
    const error = await caught(exportNow(f));
    expect(error).toBeInstanceOf(CoreError);
    expect(error.code).toBe('NOTHING_TO_EXPORT');
    expect(one<{ n: number }>(f, "SELECT count(*) AS n FROM court_batches WHERE direction = 'export'").n).toBe(1);
    expect(one<{ n: number }>(f, 'SELECT count(*) AS n FROM audit_log').n).toBe(before);
  }, 60_000);

  it('a deleted case goes to the deletions only, without its rows', async () => {
    const f = await exportFixture();
    acknowledge(f.core, (await exportNow(f, 'all')).batch.batchNumber);
    const [a] = openCases(f);
    f.core.sqlite.prepare('UPDATE cases SET deleted_at = ?, updated_at = ? WHERE id = ?').run(f.core.now(), f.core.now(), a!.id);
    const files = unpack(zipOf(await exportNow(f)));
    expect(jsonl(files, 'cases')).toEqual([]);
    expect(jsonl(files, 'parties')).toEqual([]);
    expect(jsonl(files, 'activities')).toEqual([]);
    expect(jsonl(files, 'deletions')).toEqual([{ entity: 'cases', id: a!.id, caseId: a!.id, deletedAt: f.core.now(), changeSeq: expect.any(Number) as number }]);
  }, 60_000);
});

describe('everything on request', () => {
  it('mode all carries every live case and its rows whatever the court acknowledged', async () => {
    const f = await exportFixture();
    acknowledge(f.core, (await exportNow(f, 'all')).batch.batchNumber);
    const again = await exportNow(f, 'all');
    const files = unpack(zipOf(again));
    expect(again.batch).toMatchObject({ batchNumber: 2, mode: 'all', fromChangeSeq: 0, caseCount: 40 });
    const count = (sql: string) => one<{ n: number }>(f, sql).n;
    expect(jsonl(files, 'cases')).toHaveLength(count('SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL'));
    expect(jsonl(files, 'activities')).toHaveLength(count('SELECT count(*) AS n FROM activities WHERE deleted_at IS NULL'));
    expect(jsonl(files, 'parties')).toHaveLength(count('SELECT count(*) AS n FROM parties WHERE deleted_at IS NULL'));
    expect(jsonl(files, 'outcomes')).toHaveLength(count("SELECT count(*) AS n FROM cases WHERE status = 'closed'"));
    expect(jsonl(files, 'transfers')).toHaveLength(count("SELECT count(*) AS n FROM cases WHERE outcome = 'transferred_to_filing'"));
    const manifest = manifestOf(files);
    expect(manifest.counts).toMatchObject({ cases: 40, outcomes: 14, transfers: 2, documents: 16 });
    expect(again.batch.recordCount).toBe(manifest.files.reduce((n, x) => n + (x.records ?? 0), 0));
  }, 60_000);
});

describe('stored batches', () => {
  it('writes an earlier batch again byte for byte, audited with its SHA-256', async () => {
    const f = await exportFixture();
    const first = await exportNow(f, 'all');
    await logActivity(f, openCases(f)[0]!, '再次协调');
    await exportNow(f);
    const again = rewriteBatch(f.core, f.actor, 1);
    expect(again.contentBase64).toBe(first.file.contentBase64);
    expect(again.fileName).toBe('ADR-000001.zip');
    const entry = one<{ action: string; detail: string; operator_name: string }>(f, 'SELECT action, detail, operator_name FROM audit_log ORDER BY seq DESC LIMIT 1');
    expect(entry.action).toBe('export');
    expect(JSON.parse(entry.detail)).toMatchObject({ kind: 'court.rewrite', batchNumber: 1, sha256: first.batch.sha256, bytes: first.file.bytes });
    expect(entry.operator_name).toBe('张协调');
  }, 60_000);

  it('refuses to write again a stored package that no longer matches its SHA-256', async () => {
    const f = await exportFixture();
    await exportNow(f, 'all');
    f.core.sqlite.prepare("UPDATE court_batch_packages SET bytes = zeroblob(10)").run();
    expect(() => rewriteBatch(f.core, f.actor, 1)).toThrow(/damaged/);
    expect(() => rewriteBatch(f.core, f.actor, 9)).toThrow(CoreError);
  }, 60_000);

  it('is marked delivered once; the overview shows created, delivered, acknowledged, newest first', async () => {
    const f = await exportFixture();
    await exportNow(f, 'all');
    await logActivity(f, openCases(f)[0]!, '再次协调');
    await exportNow(f);
    const delivered = markDelivered(f.core, f.actor, 1);
    expect(delivered).toMatchObject({ batchNumber: 1, status: 'delivered', deliveredAt: '2026-11-27T02:00:00.000Z' });
    expect(markDelivered(f.core, f.actor, 1)).toEqual(delivered);
    expect(all(f, "SELECT seq FROM audit_log WHERE action = 'court.deliver'")).toHaveLength(1);
    acknowledge(f.core, 1);
    const overview = courtOverview(f.core);
    expect(overview.batches.map((b) => [b.batchNumber, b.status])).toEqual([
      [2, 'created'],
      [1, 'acknowledged'],
    ]);
    expect(overview.lastAcknowledgedBatch).toBe(1);
    expect(overview.batches[1]).toMatchObject({ createdBy: '张协调', fileName: 'ADR-000001.zip', bytes: expect.any(Number) as number });
    expect(overview.unsyncedCases).toBe(1);
  }, 60_000);
});

describe('audit', () => {
  it('records the batch number and the package SHA-256, and the manifest carries the audit chain head it was made on', async () => {
    const f = await exportFixture();
    const head = verifyAuditChain(f.core.q);
    const r = await exportNow(f, 'all');
    const entry = one<{ seq: number; prev_hash: string; detail: string; entity_id: string; operator_name: string }>(
      f,
      "SELECT seq, prev_hash, detail, entity_id, operator_name FROM audit_log WHERE action = 'court.export'",
    );
    const detail = JSON.parse(entry.detail) as Row;
    expect(detail).toMatchObject({ batchNumber: 1, mode: 'all', sha256: sha256Hex(zipOf(r)), bytes: r.file.bytes, caseCount: 40 });
    expect(entry.operator_name).toBe('张协调');
    const manifest = manifestOf(unpack(zipOf(r)));
    expect(manifest.auditHead).toEqual({ seq: head.entries, hash: head.headHash });
    // The export's own entry is chained right onto that head.
    expect(entry.prev_hash).toBe(head.headHash);
    expect(entry.seq).toBe(head.entries + 1);
    expect(verifyAuditChain(f.core.q).ok).toBe(true);
  }, 60_000);
});

describe('the unsynced flag', () => {
  it('clears on cases.get once the batch is acknowledged and comes back with the next change', async () => {
    const f = await exportFixture();
    const [a] = openCases(f);
    const unsynced = async () => (await call<CaseDetail>(f, 'cases.get', { id: a!.id })).unsynced;
    expect(await unsynced()).toBe(true);
    const r = await exportNow(f, 'all');
    expect(await unsynced()).toBe(true);
    acknowledge(f.core, r.batch.batchNumber);
    expect(await unsynced()).toBe(false);
    expect(courtOverview(f.core).unsyncedCases).toBe(0);
    await logActivity(f, a!, '回访');
    expect(await unsynced()).toBe(true);
    expect(courtOverview(f.core).unsyncedCases).toBe(1);
  }, 60_000);
});

describe('refusals and cancelling', () => {
  it('without a printer: PDF_UNAVAILABLE when a closed case needs its documents, fine when none does', async () => {
    const f = await exportFixture({ printer: null });
    const error = await caught(exportNow(f, 'all'));
    expect(error.code).toBe('PDF_UNAVAILABLE');
    expect(one<{ n: number }>(f, "SELECT count(*) AS n FROM court_batches WHERE direction = 'export'").n).toBe(0);
    // Only open cases changed: nothing to print.
    // As if the court held everything so far (a batch made elsewhere and acknowledged).
    f.core.sqlite
      .prepare("INSERT INTO court_batches (id, direction, batch_number, kind, from_change_seq, to_change_seq, acknowledged_at, created_at, updated_at) VALUES ('b0', 'export', 1, 'package', 0, (SELECT value FROM change_counter), ?, ?, ?)")
      .run(f.core.now(), f.core.now(), f.core.now());
    await logActivity(f, openCases(f)[0]!, '补充材料');
    const r = await exportNow(f);
    expect(r.batch).toMatchObject({ batchNumber: 2, caseCount: 1 });
  }, 60_000);

  it('a cancel before storing leaves no batch and no audit entry, but keeps the printed documents for next time', async () => {
    const f = await exportFixture();
    const before = one<{ n: number }>(f, 'SELECT count(*) AS n FROM audit_log').n;
    const labels: string[] = [];
    const error = await caught(
      exportBatch(f.core, f.actor, 'all', (percent, label) => {
        labels.push(label.en);
        if (percent >= 95) throw new CoreError('CANCELLED', 'cancelled');
      }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(labels[0]).toMatch(/Reading/);
    expect(labels.some((l) => /Printing case documents 16\/16/.test(l))).toBe(true);
    expect(one<{ n: number }>(f, 'SELECT count(*) AS n FROM court_batches').n).toBe(0);
    expect(one<{ n: number }>(f, 'SELECT count(*) AS n FROM audit_log').n).toBe(before);
    expect(f.printed()).toBe(16);
    await exportNow(f, 'all');
    expect(f.printed()).toBe(16);
  }, 60_000);
});
