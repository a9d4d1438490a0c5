import type { CourtImportKind } from '../../../contract/schemas/court';
import type { Actor } from '../../audit/audit-log';
import type { Core } from '../../core';
import { qb } from '../../db/query';

/**
 * Imports from the court are remembered in court_batches (direction 'import'), one row per file
 * that changed something, unique by (kind, SHA-256): the same file again is recognised and
 * changes nothing.
 */

/** When this exact file was imported before, or null. */
export function previousImportAt(core: Core, kind: CourtImportKind, sha256: string): string | null {
  const row = core.q.first(
    qb.selectFrom('court_batches').select('created_at').where('direction', '=', 'import').where('kind', '=', kind).where('sha256', '=', sha256),
  );
  return row?.created_at ?? null;
}

export interface ImportRecord {
  kind: CourtImportKind;
  fileName: string;
  sha256: string;
  /** Referrals or filings in the file. */
  recordCount: number;
  /** Cases created, or cases given a filing number. */
  caseCount: number;
  summary: Record<string, unknown>;
}

/** Inserts the import's row; call inside the import's write transaction. */
export function recordImport(core: Core, actor: Actor, record: ImportRecord, now: string): string {
  const id = core.newId();
  core.q.run(
    qb.insertInto('court_batches').values({
      id,
      direction: 'import',
      batch_number: null,
      kind: record.kind,
      from_change_seq: null,
      to_change_seq: null,
      file_name: record.fileName,
      sha256: record.sha256,
      record_count: record.recordCount,
      delivered_at: null,
      acknowledged_at: null,
      operator_id: actor.operatorId,
      mode: null,
      case_count: record.caseCount,
      signing_fingerprint: null,
      summary: JSON.stringify(record.summary),
      created_at: now,
      updated_at: now,
    }),
  );
  return id;
}
