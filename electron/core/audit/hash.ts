import { createHash } from 'node:crypto';

/** The hash that starts the chain (there is no entry before the first). */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  seq: number;
  at: string;
  operator_id: string | null;
  operator_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
  prev_hash: string;
}

/**
 * SHA-256 over a fixed-order JSON array of every field but the hash itself. An array (not an
 * object) keeps the encoding independent of key order, so the court can recompute it anywhere.
 */
export function auditEntryHash(e: AuditFields): string {
  const canonical = JSON.stringify([
    e.seq,
    e.at,
    e.operator_id,
    e.operator_name,
    e.action,
    e.entity,
    e.entity_id,
    e.detail,
    e.prev_hash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
