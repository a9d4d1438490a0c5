import { describe, expect, it } from 'vitest';
import type { CourtImportPreview } from '../../../electron/contract/schemas/court';
import { getCaseDetail } from '../../../electron/core/cases/case-detail';
import type { Core } from '../../../electron/core/core';
import { acknowledgedThrough } from '../../../electron/core/court/sync-state';
import { apply, applyFails, audits, exampleJson, exampleUpload, importFixture, jsonUpload, preview, snapshot, type ImportFixture } from './import-fixture';

type ReceiptPreview = Extract<CourtImportPreview, { kind: 'receipt' }>;

interface Receipt {
  format: string;
  version: number;
  batchNumber: number;
  packageSha256: string;
  receivedOn: string;
  filings: { caseNumber: string; courtFilingNumber: string; filedOn?: string | null }[];
}

const EXAMPLE = exampleJson<Receipt>('receipt.json');

function caseId(core: Core, caseNumber: string): string {
  return core.sqlite.prepare('SELECT id FROM cases WHERE case_number = ?').pluck().get(caseNumber) as string;
}

/** Closes a case as failed mediation, transferred to court filing (the stage machine's own tests cover how). */
function transfer(core: Core, caseNumber: string): void {
  core.sqlite
    .prepare("UPDATE cases SET stage = 'closed', status = 'closed', outcome = 'transferred_to_filing', closed_on = '2026-11-20', updated_at = ? WHERE case_number = ?")
    .run(core.now(), caseNumber);
}

/** An export batch as the export service leaves it, covering every change made so far. */
function exportBatch(core: Core, batchNumber: number, sha256: string, options: { deliveredAt?: string } = {}): string {
  const id = core.newId();
  const through = core.sqlite.prepare('SELECT value FROM change_counter').pluck().get() as number;
  const from = core.sqlite.prepare("SELECT coalesce(max(to_change_seq), 0) FROM court_batches WHERE direction = 'export'").pluck().get() as number;
  core.sqlite
    .prepare(
      `INSERT INTO court_batches (id, direction, batch_number, kind, from_change_seq, to_change_seq, file_name, sha256, record_count, delivered_at, mode, case_count, signing_fingerprint, created_at, updated_at)
       VALUES (?, 'export', ?, 'package', ?, ?, ?, ?, 10, ?, 'incremental', 3, ?, ?, ?)`,
    )
    .run(id, batchNumber, from, through, `ADR-${batchNumber}.zip`, sha256, options.deliveredAt ?? null, 'f'.repeat(64), core.now(), core.now());
  return id;
}

function batchRow(core: Core, batchNumber: number) {
  return core.sqlite.prepare("SELECT * FROM court_batches WHERE direction = 'export' AND batch_number = ?").get(batchNumber) as { delivered_at: string | null; acknowledged_at: string | null };
}

/** The example referrals registered (行化〔2026〕1–3号), the first transferred to filing, and export batch 1 holding them. */
async function receiptFixture(): Promise<ImportFixture> {
  const f = await importFixture();
  await apply(f, exampleUpload('referrals.json'));
  transfer(f.core, '行化〔2026〕1号');
  exportBatch(f.core, 1, EXAMPLE.packageSha256);
  return f;
}

function unsynced(core: Core, caseNumber: string): boolean {
  return getCaseDetail(core, caseId(core, caseNumber)).unsynced;
}

async function refused(f: ImportFixture, receipt: unknown) {
  const file = jsonUpload('回执.json', receipt);
  const p = (await preview(f, file)) as ReceiptPreview;
  expect(p).toMatchObject({ kind: 'receipt', importable: false });
  const before = snapshot(f.core);
  const error = await applyFails(f, file);
  expect(error.code).toBe('IMPORT_REJECTED');
  expect(snapshot(f.core)).toEqual(before);
  expect(batchRow(f.core, 1).acknowledged_at).toBeNull();
  return { preview: p, error };
}

describe('receipt import', () => {
  it('the example receipt acknowledges its batch, attaches the filing number, and clears the unsynced flag of the batch’s cases', async () => {
    const f = await receiptFixture();
    expect(['行化〔2026〕1号', '行化〔2026〕2号', '行化〔2026〕3号'].map((n) => unsynced(f.core, n))).toEqual([true, true, true]);
    const file = exampleUpload('receipt.json');
    const p = (await preview(f, file)) as ReceiptPreview;
    expect(p).toMatchObject({
      kind: 'receipt',
      format: 'json',
      batchNumber: 1,
      receivedOn: '2026-11-24',
      batchAlreadyAcknowledged: false,
      filings: [{ row: 1, caseNumber: '行化〔2026〕1号', courtFilingNumber: '（2026）冀0302行初45号', filedOn: '2026-11-25', action: 'attach' }],
      rejected: [],
      fileErrors: [],
      alreadyImportedAt: null,
      importable: true,
    });

    expect(await apply(f, file)).toEqual({ kind: 'receipt', created: 0, unchanged: 0, attached: 1, acknowledgedBatch: 1, noChange: false });
    expect(batchRow(f.core, 1)).toMatchObject({ acknowledged_at: '2026-11-27T02:00:00.000Z', delivered_at: '2026-11-27T02:00:00.000Z' });
    const filed = getCaseDetail(f.core, caseId(f.core, '行化〔2026〕1号'));
    expect([filed.courtFilingNumber, filed.courtFiledOn]).toEqual(['（2026）冀0302行初45号', '2026-11-25']);
    // The batch's cases are synced now, the transferred one too: its filing number is the court's
    // own, so recording it is no change to report back.
    expect(['行化〔2026〕1号', '行化〔2026〕2号', '行化〔2026〕3号'].map((n) => unsynced(f.core, n))).toEqual([false, false, false]);

    const record = f.core.sqlite.prepare("SELECT * FROM court_batches WHERE direction = 'import' AND kind = 'receipt'").get() as Record<string, unknown>;
    expect(record).toMatchObject({ file_name: 'receipt.json', sha256: p.sha256, record_count: 1, case_count: 1, batch_number: null });
    expect(audits(f.core, 'court.import').at(-1)).toEqual({
      entity_id: record.id,
      detail: {
        kind: 'receipt',
        fileName: 'receipt.json',
        sha256: p.sha256,
        batchNumber: 1,
        packageSha256: EXAMPLE.packageSha256,
        receivedOn: '2026-11-24',
        acknowledged: true,
        attached: [{ caseNumber: '行化〔2026〕1号', courtFilingNumber: '（2026）冀0302行初45号', filedOn: '2026-11-25' }],
        unchanged: 0,
      },
    });
  });

  it('acknowledging moves the watermark to the batch’s last change only: a case changed after the batch stays unsynced', async () => {
    const f = await receiptFixture();
    const through = batchRow(f.core, 1) as unknown as { to_change_seq: number };
    f.core.sqlite.prepare("UPDATE cases SET title = '改过的案件名称' WHERE case_number = '行化〔2026〕3号'").run();
    await apply(f, jsonUpload('回执.json', { ...EXAMPLE, filings: [] }));
    expect(acknowledgedThrough(f.core)).toBe(through.to_change_seq);
    expect(unsynced(f.core, '行化〔2026〕2号')).toBe(false);
    expect(unsynced(f.core, '行化〔2026〕3号')).toBe(true);
  });

  it('a batch already marked delivered keeps its delivery time', async () => {
    const f = await importFixture();
    exportBatch(f.core, 1, EXAMPLE.packageSha256, { deliveredAt: '2026-11-23T08:00:00.000Z' });
    await apply(f, jsonUpload('回执.json', { ...EXAMPLE, filings: [] }));
    expect(batchRow(f.core, 1)).toMatchObject({ delivered_at: '2026-11-23T08:00:00.000Z', acknowledged_at: '2026-11-27T02:00:00.000Z' });
  });

  it('a receipt for a batch number this center never exported is refused and changes nothing', async () => {
    const f = await receiptFixture();
    const { preview: p, error } = await refused(f, { ...EXAMPLE, batchNumber: 7 });
    expect(p.fileErrors.map((e) => e['zh-CN'])).toEqual(['本中心没有第 7 批导出包：该回执不属于本中心导出的任何批次']);
    expect(error.message.en).toContain('There is no export batch 7 here');
  });

  it('a receipt whose package SHA-256 is not the batch’s is refused and changes nothing', async () => {
    const f = await receiptFixture();
    const { preview: p } = await refused(f, { ...EXAMPLE, packageSha256: 'ab'.repeat(32) });
    expect(p.fileErrors.map((e) => e['zh-CN'])).toEqual([expect.stringContaining('回执中的导出包 SHA-256（abababababab…）与本中心第 1 批导出包')]);
  });

  it('the same receipt twice: the second time changes nothing (no row, no audit entry, no change counter step)', async () => {
    const f = await receiptFixture();
    const file = exampleUpload('receipt.json');
    await apply(f, file);
    const before = snapshot(f.core);
    const p = (await preview(f, file)) as ReceiptPreview;
    expect(p).toMatchObject({ alreadyImportedAt: '2026-11-27T02:00:00.000Z', batchAlreadyAcknowledged: true, filings: [{ action: 'unchanged' }] });
    expect(await apply(f, file)).toEqual({ kind: 'receipt', created: 0, unchanged: 1, attached: 0, acknowledgedBatch: 1, noChange: true });
    expect(snapshot(f.core)).toEqual(before);
  });

  it('a later receipt for an acknowledged batch attaches only the numbers that are new, and one with nothing new writes nothing', async () => {
    const f = await receiptFixture();
    await apply(f, exampleUpload('receipt.json'));
    const acknowledgedAt = batchRow(f.core, 1).acknowledged_at;
    transfer(f.core, '行化〔2026〕2号');
    const second = { ...EXAMPLE, receivedOn: '2026-11-26', filings: [...EXAMPLE.filings, { caseNumber: '行化〔2026〕2号', courtFilingNumber: '（2026）冀03行初46号' }] };
    const p = (await preview(f, jsonUpload('补充回执.json', second))) as ReceiptPreview;
    expect(p).toMatchObject({ batchAlreadyAcknowledged: true, importable: true });
    expect(p.filings.map((x) => x.action)).toEqual(['unchanged', 'attach']);
    expect(await apply(f, jsonUpload('补充回执.json', second))).toEqual({ kind: 'receipt', created: 0, unchanged: 1, attached: 1, acknowledgedBatch: 1, noChange: false });
    expect(batchRow(f.core, 1).acknowledged_at).toBe(acknowledgedAt);
    expect(getCaseDetail(f.core, caseId(f.core, '行化〔2026〕2号')).courtFilingNumber).toBe('（2026）冀03行初46号');

    const before = snapshot(f.core);
    expect(await apply(f, jsonUpload('再次回执.json', { ...second, receivedOn: '2026-11-27' }))).toMatchObject({ attached: 0, unchanged: 2, noChange: true });
    expect(snapshot(f.core)).toEqual(before);
  });

  it('filings that do not fit their case are refused by row, and nothing is written', async () => {
    const f = await receiptFixture();
    transfer(f.core, '行化〔2026〕3号');
    f.core.sqlite
      .prepare("INSERT INTO court_filings (case_id, filing_number, filed_on, batch_number, created_at) SELECT id, '（2026）冀03行初50号', NULL, 1, '2026-11-27T00:00:00.000Z' FROM cases WHERE case_number = '行化〔2026〕3号'")
      .run();
    const { preview: p } = await refused(f, {
      ...EXAMPLE,
      filings: [
        EXAMPLE.filings[0],
        { caseNumber: '行化〔2026〕99号', courtFilingNumber: '（2026）冀03行初47号' },
        { caseNumber: '行化〔2026〕2号', courtFilingNumber: '（2026）冀03行初48号' },
        { caseNumber: '行化〔2026〕3号', courtFilingNumber: '（2026）冀03行初49号' },
        { caseNumber: '行化〔2026〕1号', courtFilingNumber: '（2026）冀0302行初45号' },
        { caseNumber: '行化〔2026〕3号', courtFilingNumber: '冀03-49', filedOn: '2026-13-01', extra: 1 },
      ],
    });
    expect(p.filings.map((x) => x.row)).toEqual([1]);
    expect(Object.fromEntries(p.rejected.map((r) => [r.row, r.reasons.map((x) => x['zh-CN'])]))).toEqual({
      2: ['案件编号「行化〔2026〕99号」在本中心不存在'],
      3: ['案件 行化〔2026〕2号 的化解结果不是「化解不成，转立案」，不能登记法院立案案号'],
      4: ['案件 行化〔2026〕3号 已登记法院立案案号「（2026）冀03行初50号」，与回执中的「（2026）冀03行初49号」不一致'],
      5: ['案件编号「行化〔2026〕1号」与第 1 条重复'],
      6: ['未知的字段：extra'],
    });
  });

  it.each([
    ['a receipt of a later version', { version: 2 }, '「version（版本）」的值「2」无效，应为：1'],
    ['a receipt without a batch number', { batchNumber: undefined }, '缺少「batchNumber（批次号）」'],
    ['a package SHA-256 that is not one', { packageSha256: 'abc' }, '「packageSha256」应为 64 位十六进制的 SHA-256'],
    ['a received date in the future', { receivedOn: '2026-12-01' }, '收到日期 2026-12-01 晚于今天'],
  ])('%s is refused as a whole', async (_name, change, message) => {
    const f = await receiptFixture();
    const { preview: p } = await refused(f, { ...EXAMPLE, ...change });
    expect(p.fileErrors.map((e) => e['zh-CN'])).toContain(message);
  });
});
