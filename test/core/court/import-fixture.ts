import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { CourtImportPreview, CourtImportResult, CourtUpload } from '../../../electron/contract/schemas/court';
import type { AppError } from '../../../electron/contract/result';
import type { Actor } from '../../../electron/core/audit/audit-log';
import type { Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers/registry';
import { actorOf } from '../../../electron/core/services/operators';
import { defaultOperator } from '../../../electron/core/services/setup';
import type { Session } from '../../../electron/core/session';
import { memoryCore, setUpCore } from '../helpers/core';

/**
 * A set-up core (today 2026-11-27, China time) whose agency directory holds the agencies the
 * example referral files name (by full or short name, as the demo directory has them), and
 * helpers to import files through the real handler registry.
 */

export const EXAMPLES = path.join(import.meta.dirname, '../../../resources/court-package/examples');

export interface ImportFixture {
  core: Core;
  session: Session;
  actor: Actor;
  agencies: Record<'land' | 'expropriation' | 'hrss' | 'housing', string>;
}

export function insertAgency(core: Core, name: string, shortName: string | null, active = 1): string {
  const id = core.newId();
  const now = core.now();
  core.sqlite
    .prepare('INSERT INTO agencies (id, name, short_name, kind, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, name, shortName, 'member_unit', active, now, now);
  return id;
}

export async function importFixture(core?: Core): Promise<ImportFixture> {
  const c = core ?? (await memoryCore());
  const { session } = await setUpCore(c);
  const agencies = {
    land: insertAgency(c, '秦皇岛市自然资源和规划局', '市自然资源和规划局'),
    expropriation: insertAgency(c, '秦皇岛市海港区房屋征收管理办公室', '海港区征收办'),
    hrss: insertAgency(c, '秦皇岛市人力资源和社会保障局', '市人社局'),
    housing: insertAgency(c, '秦皇岛市住房和城乡建设局', '市住建局'),
  };
  return { core: c, session, actor: actorOf(defaultOperator(c)!), agencies };
}

export function upload(fileName: string, content: Uint8Array | string): CourtUpload {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') };
}

export function jsonUpload(fileName: string, value: unknown): CourtUpload {
  return upload(fileName, JSON.stringify(value, null, 2));
}

export function exampleUpload(name: string): CourtUpload {
  return upload(name, new Uint8Array(fs.readFileSync(path.join(EXAMPLES, name))));
}

export function exampleJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')) as T;
}

export async function preview(f: ImportFixture, file: CourtUpload): Promise<CourtImportPreview> {
  const result = await dispatch(f.core, f.session, 'court.importPreview', file, { log: (m, e) => console.error(m, e) });
  if (!result.ok) throw new Error(`court.importPreview: ${result.error.message.en}`);
  return result.value as CourtImportPreview;
}

export async function apply(f: ImportFixture, file: CourtUpload): Promise<CourtImportResult> {
  const result = await dispatch(f.core, f.session, 'court.import', file, { log: (m, e) => console.error(m, e) });
  if (!result.ok) throw new Error(`court.import: ${result.error.message.en}`);
  return result.value as CourtImportResult;
}

export async function applyFails(f: ImportFixture, file: CourtUpload): Promise<AppError> {
  const result = await dispatch(f.core, f.session, 'court.import', file, { log: (m, e) => console.error(m, e) });
  expect(result.ok, JSON.stringify(result)).toBe(false);
  return (result as Extract<typeof result, { ok: false }>).error;
}

/** Everything an import could change: a refused or repeated import must leave all of it as it was. */
export function snapshot(core: Core) {
  const n = (sql: string) => core.sqlite.prepare(sql).pluck().get() as number;
  return {
    cases: n('SELECT count(*) FROM cases'),
    parties: n('SELECT count(*) FROM parties'),
    caseAgencies: n('SELECT count(*) FROM case_agencies'),
    courtBatches: n('SELECT count(*) FROM court_batches'),
    audit: n('SELECT count(*) FROM audit_log'),
    changeCounter: n('SELECT value FROM change_counter'),
  };
}

export function audits(core: Core, action: string): { entity_id: string | null; detail: Record<string, unknown> }[] {
  return (core.sqlite.prepare('SELECT entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq').all(action) as { entity_id: string | null; detail: string }[]).map(
    (r) => ({ entity_id: r.entity_id, detail: JSON.parse(r.detail) as Record<string, unknown> }),
  );
}

export function reasonsByRow(p: CourtImportPreview): Record<number, string[]> {
  return Object.fromEntries(p.rejected.map((r) => [r.row, r.reasons.map((x) => x['zh-CN'])]));
}
