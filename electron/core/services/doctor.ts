import type { Core } from '../core';
import { verifyAuditChain, type ChainReport } from '../audit/audit-log';
import { schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

export interface DoctorReport {
  ok: boolean;
  integrity: string[];
  foreignKeyViolations: { table: string; rowid: number | null; parent: string }[];
  schemaVersion: number;
  latestSchemaVersion: number;
  audit: ChainReport;
  problems: string[];
}

/** Every check `adr doctor` runs; `problems` says in plain words what is wrong. */
export function runDoctor(core: Core): DoctorReport {
  const integrity = (core.sqlite.pragma('integrity_check') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
  const foreignKeyViolations = (
    core.sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]
  ).map(({ table, rowid, parent }) => ({ table, rowid, parent }));
  const version = schemaVersion(core.sqlite);
  const audit = verifyAuditChain(core.q);
  const problems: string[] = [];
  if (!(integrity.length === 1 && integrity[0] === 'ok')) {
    problems.push(`integrity_check failed: ${integrity.slice(0, 5).join('; ')}`);
  }
  for (const v of foreignKeyViolations.slice(0, 5)) {
    problems.push(`foreign key violation: ${v.table} row ${v.rowid ?? '?'} points to a missing ${v.parent}`);
  }
  if (version !== LATEST_SCHEMA_VERSION) {
    problems.push(`schema version ${version}, expected ${LATEST_SCHEMA_VERSION}`);
  }
  if (audit.firstBroken) {
    problems.push(`audit chain broken at entry ${audit.firstBroken.seq} (${audit.firstBroken.reason})`);
  }
  return {
    ok: problems.length === 0,
    integrity,
    foreignKeyViolations,
    schemaVersion: version,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    audit,
    problems,
  };
}
