import type { BatchMode, CourtBatch, CourtExportResult, CourtOverview } from '../../../contract/schemas/court';
import type { ExportFile } from '../../../contract/schemas/files';
import type { Localized } from '../../../contract/result';
import { appendAudit, type Actor } from '../../audit/audit-log';
import { writeTx } from '../../cases/case-rows';
import { conflict, notFound, t } from '../../cases/messages';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { exportFile, logExport } from '../../documents/export-file';
import { CoreError } from '../../errors';
import { centerNames } from '../../meetings/documents/meeting-facts';
import { sha256Hex } from '../bag/bag-text';
import { writeBag } from '../bag/write-bag';
import { signingKeyForUse } from '../keys/key-store';
import { countUnsyncedCases } from '../sync-state';
import { batchDocuments } from './batch-documents';
import { externalIdentifier, findBatch, lastAcknowledgedBatch, listBatches, listImports } from './batch-rows';
import { collectBatch } from './collect-records';
import { buildPayload } from './payload';

/**
 * Export batches for the court: make one (incremental since the last acknowledged batch, or
 * everything), write an earlier one again byte for byte, mark one delivered, and the overview of
 * the court exchange page.
 *
 * A batch is made in four steps with progress (and a chance to cancel) between them: collect the
 * records in one read snapshot, print or reuse the documents, bag and sign, then store the row,
 * the exact bytes and the audit entry in one write transaction — so a batch either exists with its
 * bytes and its audit entry, or not at all.
 */

export type Progress = (percent: number, label: Localized) => void;

const ZIP_MIME = 'application/zip';

export async function exportBatch(core: Core, actor: Actor, mode: BatchMode, progress: Progress): Promise<CourtExportResult> {
  // The key first: a center whose key cannot be unsealed here should hear it before the work.
  const key = signingKeyForUse(core);
  progress(2, t('正在读取待导出的数据…', 'Reading the changes to export…'));
  const batch = collectBatch(core, mode);
  const caseCount = batch.records.cases.length;
  if (mode === 'incremental' && caseCount === 0 && batch.changedAgencies === 0 && batch.records.deletions.length === 0) {
    throw new CoreError('NOTHING_TO_EXPORT', `nothing changed after change_seq ${batch.fromChangeSeq}`);
  }
  progress(10, t('正在准备案件文书…', 'Preparing the case documents…'));
  const documents = await batchDocuments(core, batch.documents, progress, [10, 75]);
  progress(80, t('正在打包并签名…', 'Bagging and signing…'));

  // From here to the commit nothing awaits, so no other call on this connection can slip in
  // between numbering the batch and storing it; the unique (direction, batch_number) index
  // refuses a second process that numbered the same batch meanwhile.
  const batchNumber = nextBatchNumber(core);
  const identifier = externalIdentifier(batchNumber);
  const center = centerNames(core);
  const createdAt = core.now();
  const payload = buildPayload(batch, documents.files, {
    batchNumber,
    externalIdentifier: identifier,
    mode,
    center: { name: center.centerName, courtName: center.courtName },
    createdAt,
    signingKeyFingerprint: key.fingerprint,
  });
  const zip = writeBag(
    {
      files: payload.files,
      bagInfo: {
        sourceOrganization: center.centerName,
        contactName: actor.operatorName ?? center.centerName,
        baggingDate: core.today(),
        externalIdentifier: identifier,
        bagGroupIdentifier: center.centerName,
        bagSoftwareAgent: `ADR Desk ${core.appVersion}`,
      },
    },
    key.privateKeyPem,
  );
  progress(95, t('正在保存批次…', 'Storing the batch…'));

  const sha256 = sha256Hex(zip);
  const fileName = `${identifier}.zip`;
  const id = core.newId();
  writeTx(core, () => {
    if (nextBatchNumber(core) !== batchNumber) {
      throw conflict(`批次号 ${batchNumber} 已被占用，请重试`, `Batch number ${batchNumber} was taken meanwhile; try again`);
    }
    core.q.run(
      qb.insertInto('court_batches').values({
        id,
        direction: 'export',
        batch_number: batchNumber,
        kind: 'package',
        from_change_seq: batch.fromChangeSeq,
        to_change_seq: batch.toChangeSeq,
        file_name: fileName,
        sha256,
        record_count: payload.recordCount,
        delivered_at: null,
        acknowledged_at: null,
        operator_id: actor.operatorId,
        mode,
        case_count: caseCount,
        signing_fingerprint: key.fingerprint,
        summary: JSON.stringify(payload.manifest.counts),
        created_at: createdAt,
        updated_at: createdAt,
      }),
    );
    core.q.run(qb.insertInto('court_batch_packages').values({ batch_id: id, bytes: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) }));
    appendAudit(core.q, actor, createdAt, {
      action: 'court.export',
      entity: 'court_batches',
      entityId: id,
      detail: {
        batchNumber,
        mode,
        fileName,
        sha256,
        bytes: zip.byteLength,
        caseCount,
        recordCount: payload.recordCount,
        documents: documents.files.length,
        fromChangeSeq: batch.fromChangeSeq,
        toChangeSeq: batch.toChangeSeq,
        signingFingerprint: key.fingerprint,
        auditHeadSeq: batch.auditHead.seq,
      },
    });
  });
  progress(100, t('已完成', 'Done'));
  return { batch: findBatch(core, batchNumber)!.batch, file: exportFile(fileName, ZIP_MIME, zip) };
}

function nextBatchNumber(core: Core): number {
  const row = core.q.first(
    qb
      .selectFrom('court_batches')
      .select((eb) => eb.fn.max('batch_number').as('n'))
      .where('direction', '=', 'export'),
  );
  return (row?.n ?? 0) + 1;
}

function batchNotFound(batchNumber: number): CoreError {
  return notFound(`导出批次 ${batchNumber}`, `export batch ${batchNumber}`);
}

/** The stored bytes of a batch, exactly as first exported (a rebuilt package would differ: PDFs carry their creation time). */
export function rewriteBatch(core: Core, actor: Actor, batchNumber: number): ExportFile {
  const found = findBatch(core, batchNumber);
  if (!found) throw batchNotFound(batchNumber);
  const { id, batch } = found;
  const row = core.q.first(qb.selectFrom('court_batch_packages').select('bytes').where('batch_id', '=', id));
  if (!row) throw batchNotFound(batchNumber);
  const bytes = new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  if (sha256Hex(bytes) !== batch.sha256) {
    throw conflict(
      `批次 ${batchNumber} 的存档文件已损坏（SHA-256 与导出时记录的不符），不能原样重写`,
      `The stored package of batch ${batchNumber} is damaged (its SHA-256 differs from the one recorded at export); it cannot be written again as it was`,
    );
  }
  logExport(core, actor, {
    kind: 'court.rewrite',
    fileName: batch.fileName,
    entity: 'court_batches',
    entityId: id,
    detail: { batchNumber },
    content: bytes,
  });
  return exportFile(batch.fileName, ZIP_MIME, bytes);
}

/** Staff carried the package to the court. Once: marking it again changes nothing. */
export function markDelivered(core: Core, actor: Actor, batchNumber: number): CourtBatch {
  return writeTx(core, () => {
    const found = findBatch(core, batchNumber);
    if (!found) throw batchNotFound(batchNumber);
    if (found.batch.deliveredAt !== null) return found.batch;
    const now = core.now();
    core.q.run(qb.updateTable('court_batches').set({ delivered_at: now, updated_at: now }).where('id', '=', found.id));
    appendAudit(core.q, actor, now, {
      action: 'court.deliver',
      entity: 'court_batches',
      entityId: found.id,
      detail: { batchNumber, sha256: found.batch.sha256 },
    });
    return findBatch(core, batchNumber)!.batch;
  });
}

export function courtOverview(core: Core): CourtOverview {
  return {
    batches: listBatches(core),
    imports: listImports(core),
    lastAcknowledgedBatch: lastAcknowledgedBatch(core),
    unsyncedCases: countUnsyncedCases(core),
  };
}
