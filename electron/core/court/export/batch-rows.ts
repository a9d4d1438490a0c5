import { sql } from 'kysely';
import type { BatchStatus, CourtBatch, CourtImportRecord } from '../../../contract/schemas/court';
import type { Core } from '../../core';
import { qb, type Row } from '../../db/query';

/** Reading export batches and import records (court_batches) into the contract's shapes. */

/** ADR-000003: the bag's External-Identifier and top-level directory. */
export function externalIdentifier(batchNumber: number): string {
  return `ADR-${String(batchNumber).padStart(6, '0')}`;
}

function batchQuery() {
  return qb
    .selectFrom('court_batches as b')
    .leftJoin('operators as o', 'o.id', 'b.operator_id')
    .select([
      'b.id',
      'b.batch_number',
      'b.mode',
      'b.from_change_seq',
      'b.to_change_seq',
      'b.file_name',
      'b.sha256',
      'b.record_count',
      'b.case_count',
      'b.signing_fingerprint',
      'b.created_at',
      'b.delivered_at',
      'b.acknowledged_at',
      'o.name as operator_name',
      sql<number>`coalesce((SELECT length(bytes) FROM court_batch_packages p WHERE p.batch_id = b.id), 0)`.as('bytes'),
    ])
    .where('b.direction', '=', 'export');
}

type BatchRow = Row<ReturnType<typeof batchQuery>>;

function status(r: Pick<BatchRow, 'delivered_at' | 'acknowledged_at'>): BatchStatus {
  return r.acknowledged_at ? 'acknowledged' : r.delivered_at ? 'delivered' : 'created';
}

function toBatch(r: BatchRow): CourtBatch {
  return {
    batchNumber: r.batch_number!,
    externalIdentifier: externalIdentifier(r.batch_number!),
    mode: r.mode ?? 'incremental',
    fromChangeSeq: r.from_change_seq ?? 0,
    toChangeSeq: r.to_change_seq ?? 0,
    fileName: r.file_name ?? `${externalIdentifier(r.batch_number!)}.zip`,
    sha256: r.sha256 ?? '',
    bytes: r.bytes,
    recordCount: r.record_count,
    caseCount: r.case_count,
    signingFingerprint: r.signing_fingerprint ?? '',
    createdAt: r.created_at,
    createdBy: r.operator_name ?? null,
    deliveredAt: r.delivered_at,
    acknowledgedAt: r.acknowledged_at,
    status: status(r),
  };
}

export function listBatches(core: Core): CourtBatch[] {
  return core.q.all(batchQuery().orderBy('b.batch_number', 'desc')).map(toBatch);
}

/** The batch and its row id. */
export function findBatch(core: Core, batchNumber: number): { id: string; batch: CourtBatch } | undefined {
  const row = core.q.first(batchQuery().where('b.batch_number', '=', batchNumber));
  return row ? { id: row.id, batch: toBatch(row) } : undefined;
}

export function listImports(core: Core): CourtImportRecord[] {
  return core.q
    .all(
      qb
        .selectFrom('court_batches as b')
        .leftJoin('operators as o', 'o.id', 'b.operator_id')
        .select(['b.id', 'b.kind', 'b.file_name', 'b.sha256', 'b.record_count', 'b.created_at', 'o.name as operator_name'])
        .where('b.direction', '=', 'import')
        .orderBy('b.created_at', 'desc')
        .orderBy('b.id', 'desc'),
    )
    .map((r) => ({
      id: r.id,
      kind: r.kind === 'receipt' ? 'receipt' : 'referrals',
      fileName: r.file_name ?? '',
      sha256: r.sha256 ?? '',
      recordCount: r.record_count,
      importedAt: r.created_at,
      operatorName: r.operator_name ?? null,
    }));
}

/** The highest batch number the court has acknowledged; null before the first receipt. */
export function lastAcknowledgedBatch(core: Core): number | null {
  const row = core.q.first(
    qb
      .selectFrom('court_batches')
      .select((eb) => eb.fn.max('batch_number').as('n'))
      .where('direction', '=', 'export')
      .where('acknowledged_at', 'is not', null),
  );
  return row?.n ?? null;
}
