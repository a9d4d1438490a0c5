import type { CourtImportResult } from '../../../contract/schemas/court';
import type { Localized } from '../../../contract/result';
import { importRejected } from '../../agencies/import/import-agencies';
import { appendAudit, type Actor } from '../../audit/audit-log';
import { writeTx } from '../../cases/case-rows';
import { t } from '../../cases/messages';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import type { CourtFile } from './court-file';
import { previousImportAt, recordImport } from './import-records';
import { checkReceipt, type ReceiptPreview } from './receipt-check';
import { WRITING } from './referral-import';

/**
 * A receipt acknowledges its export batch, which moves the sync watermark (sync-state.ts) past the
 * batch's changes and clears the "unsynced" badge of its cases, and attaches the court's filing
 * numbers to transferred cases. Attaching a number changes the case row, so the next batch tells
 * the court that we recorded its number — as it should.
 */

type ReceiptFile = Extract<CourtFile, { kind: 'receipt' }>;

export function previewReceipt(core: Core, file: ReceiptFile): ReceiptPreview {
  const { preview } = checkReceipt(core, file.json);
  return { ...preview, fileName: file.fileName, sha256: file.sha256, alreadyImportedAt: previousImportAt(core, 'receipt', file.sha256) };
}

function noChange(batchNumber: number | null, unchanged: number): CourtImportResult {
  return { kind: 'receipt', created: 0, unchanged, attached: 0, acknowledgedBatch: batchNumber, noChange: true };
}

export function applyReceipt(core: Core, actor: Actor, file: ReceiptFile, progress: (percent: number, label: Localized) => void): CourtImportResult {
  progress(30, t('正在核对回执…', 'Checking the receipt…'));
  const first = previewReceipt(core, file);
  if (first.alreadyImportedAt !== null) return noChange(first.batchNumber, first.filings.length);
  if (!first.importable) throw importRejected(first);
  progress(60, WRITING);
  return writeTx(core, () => {
    if (previousImportAt(core, 'receipt', file.sha256) !== null) return noChange(first.batchNumber, first.filings.length);
    const checked = checkReceipt(core, file.json);
    const { preview, batch } = checked;
    if (!preview.importable || !batch) throw importRejected(preview);
    const acknowledge = batch.acknowledgedAt === null;
    const attach = checked.filings.filter((f) => f.action === 'attach');
    const unchanged = checked.filings.length - attach.length;
    // A second receipt for an acknowledged batch with no new number: nothing to write at all.
    if (!acknowledge && attach.length === 0) return noChange(batch.batchNumber, unchanged);

    const now = core.now();
    if (acknowledge) {
      core.q.run(
        qb
          .updateTable('court_batches')
          .set((eb) => ({ acknowledged_at: now, delivered_at: eb.fn.coalesce('delivered_at', eb.val(now)), updated_at: now }))
          .where('id', '=', batch.id),
      );
    }
    for (const f of attach) {
      // Not a change to the case (court_filings has no change_seq): the number is the court's own.
      core.q.run(
        qb
          .insertInto('court_filings')
          .values({ case_id: f.caseId, filing_number: f.courtFilingNumber, filed_on: f.filedOn, batch_number: batch.batchNumber, created_at: now })
          .onConflict((oc) => oc.column('case_id').doUpdateSet({ filing_number: f.courtFilingNumber, filed_on: f.filedOn, batch_number: batch.batchNumber })),
      );
    }
    const attached = attach.map((f) => ({ caseNumber: f.caseNumber, courtFilingNumber: f.courtFilingNumber, filedOn: f.filedOn }));
    const importId = recordImport(
      core,
      actor,
      {
        kind: 'receipt',
        fileName: file.fileName,
        sha256: file.sha256,
        recordCount: checked.filings.length,
        caseCount: attach.length,
        summary: { batchNumber: batch.batchNumber, packageSha256: checked.packageSha256, receivedOn: preview.receivedOn, acknowledged: acknowledge, attached },
      },
      now,
    );
    appendAudit(core.q, actor, now, {
      action: 'court.import',
      entity: 'court_batches',
      entityId: importId,
      detail: {
        kind: 'receipt',
        fileName: file.fileName,
        sha256: file.sha256,
        batchNumber: batch.batchNumber,
        packageSha256: checked.packageSha256,
        receivedOn: preview.receivedOn,
        acknowledged: acknowledge,
        attached,
        unchanged,
      },
    });
    return { kind: 'receipt', created: 0, unchanged, attached: attach.length, acknowledgedBatch: batch.batchNumber, noChange: false };
  });
}
