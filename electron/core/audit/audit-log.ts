import type { Queries } from '../db/query';
import { qb } from '../db/query';
import { GENESIS_HASH, auditEntryHash } from './hash';

export interface Actor {
  operatorId: string | null;
  operatorName: string | null;
}

export const SYSTEM_ACTOR: Actor = { operatorId: null, operatorName: 'system' };

export interface AuditRecord {
  action: string; // e.g. 'case.create', 'setup.complete'
  entity: string; // table or concept, e.g. 'cases'
  entityId?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Appends one entry. Call it inside the transaction of the change it records, so the change and
 * its record commit or vanish together.
 */
export function appendAudit(q: Queries, actor: Actor, at: string, record: AuditRecord): number {
  const last = q.first(qb.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1));
  const seq = (last?.seq ?? 0) + 1;
  const entry = {
    seq,
    at,
    operator_id: actor.operatorId,
    operator_name: actor.operatorName,
    action: record.action,
    entity: record.entity,
    entity_id: record.entityId ?? null,
    detail: JSON.stringify(record.detail ?? {}),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  q.run(qb.insertInto('audit_log').values({ ...entry, hash: auditEntryHash(entry) }));
  return seq;
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  headHash: string;
  /** The first entry that does not verify, and why. */
  firstBroken: { seq: number; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_entry' } | null;
}

/** Walks the whole chain in order and names the first entry that is edited, moved or missing. */
export function verifyAuditChain(q: Queries): ChainReport {
  const rows = q.sqlite
    .prepare('SELECT * FROM audit_log ORDER BY seq')
    .iterate() as IterableIterator<Parameters<typeof auditEntryHash>[0] & { hash: string }>;
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (const row of rows) {
    entries += 1;
    if (row.seq !== expectedSeq) {
      return { ok: false, entries, headHash: prev, firstBroken: { seq: expectedSeq, reason: 'missing_entry' } };
    }
    if (row.prev_hash !== prev) {
      return { ok: false, entries, headHash: prev, firstBroken: { seq: row.seq, reason: 'prev_hash_mismatch' } };
    }
    if (auditEntryHash(row) !== row.hash) {
      return { ok: false, entries, headHash: prev, firstBroken: { seq: row.seq, reason: 'hash_mismatch' } };
    }
    prev = row.hash;
    expectedSeq += 1;
  }
  const highest = q.sqlite
    .prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")
    .pluck()
    .get() as number | undefined;
  if (highest !== undefined && highest >= expectedSeq) {
    return { ok: false, entries, headHash: prev, firstBroken: { seq: expectedSeq, reason: 'missing_entry' } };
  }
  return { ok: true, entries, headHash: prev, firstBroken: null };
}
