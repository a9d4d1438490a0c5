import { expect } from 'vitest';
import type { AppError } from '../../../electron/contract/result';
import type { Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers/registry';
import type { Session } from '../../../electron/core/session';
import { memoryCore, setUpCore } from '../helpers/core';

/**
 * A set-up core (today 2026-11-27, China time) with row helpers for the tables the agency figures
 * read. Cases, tasks and court records are inserted as rows: these tests are about what the
 * directory reads from them, not about the services that write them.
 */
export interface AgencyFixture {
  core: Core;
  session: Session;
}

export async function agencyFixture(clockIso?: string): Promise<AgencyFixture> {
  const core = await memoryCore(clockIso);
  const { session } = await setUpCore(core);
  return { core, session };
}

export async function call<T>(f: AgencyFixture, channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(f.core, f.session, channel, input, { log: (m, e) => console.error(m, e) });
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message.en}`), { error: result.error });
  return result.value as T;
}

export async function fail(f: AgencyFixture, channel: string, input?: unknown): Promise<AppError> {
  const result = await dispatch(f.core, f.session, channel, input, { log: (m, e) => console.error(m, e) });
  expect(result.ok, JSON.stringify(result)).toBe(false);
  return (result as Extract<typeof result, { ok: false }>).error;
}

export function count(core: Core, table: string, where = '1 = 1'): number {
  return core.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
}

export function audit(core: Core, action: string): { entity_id: string | null; detail: Record<string, unknown> }[] {
  return (core.sqlite.prepare('SELECT entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq').all(action) as { entity_id: string | null; detail: string }[]).map(
    (r) => ({ entity_id: r.entity_id, detail: JSON.parse(r.detail) as Record<string, unknown> }),
  );
}

const STAMP = '2026-01-01T00:00:00.000Z';

export function insertAgency(core: Core, name: string, kind = 'member_unit', extra: { parentId?: string; active?: 0 | 1; deletedAt?: string } = {}): string {
  const id = core.newId();
  core.sqlite
    .prepare('INSERT INTO agencies (id, name, kind, parent_id, active, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, name, kind, extra.parentId ?? null, extra.active ?? 1, extra.deletedAt ?? null, STAMP, STAMP);
  return id;
}

let caseSeq = 0;

/** A case tied to agencies with roles; closed with `outcome` when given. */
export function insertCase(
  core: Core,
  links: { agencyId: string; role: 'respondent' | 'lead' | 'supporting' | 'related'; deleted?: boolean }[],
  options: { outcome?: string; receivedOn?: string; deleted?: boolean } = {},
): string {
  const id = core.newId();
  caseSeq += 1;
  const closed = options.outcome !== undefined;
  core.sqlite
    .prepare(
      `INSERT INTO cases (id, case_number, title, source, stage, status, received_on, closed_on, outcome, deleted_at, created_at, updated_at)
       VALUES (?, ?, ?, 'petition', ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      `测〔2026〕${caseSeq}号`,
      `测试案件${caseSeq}`,
      closed ? 'closed' : 'during',
      closed ? 'closed' : 'open',
      options.receivedOn ?? '2026-03-01',
      closed ? '2026-06-01' : null,
      options.outcome ?? null,
      options.deleted ? STAMP : null,
      STAMP,
      STAMP,
    );
  for (const link of links) {
    core.sqlite
      .prepare('INSERT INTO case_agencies (id, case_id, agency_id, role, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(core.newId(), id, link.agencyId, link.role, link.deleted ? STAMP : null, STAMP, STAMP);
  }
  return id;
}

export function insertTask(
  core: Core,
  agencyId: string,
  t: { sentOn: string; dueOn: string; status?: 'sent' | 'acknowledged' | 'answered' | 'closed'; repliedOn?: string; deleted?: boolean },
): string {
  const id = core.newId();
  core.sqlite
    .prepare(
      `INSERT INTO coordination_tasks (id, agency_id, request, sent_on, due_on, status, replied_on, deleted_at, created_at, updated_at)
       VALUES (?, ?, '请提供相关材料', ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, agencyId, t.sentOn, t.dueOn, t.status ?? 'sent', t.repliedOn ?? null, t.deleted ? STAMP : null, STAMP, STAMP);
  return id;
}

export function insertHearing(core: Core, agencyId: string, heldOn: string, headAppeared: boolean, deleted = false): void {
  core.sqlite
    .prepare('INSERT INTO court_hearings (id, agency_id, held_on, head_appeared, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(core.newId(), agencyId, heldOn, headAppeared ? 1 : 0, deleted ? STAMP : null, STAMP, STAMP);
}

export function insertAttendance(core: Core, agencyId: string, attendedOn: string): void {
  core.sqlite
    .prepare('INSERT INTO hearing_attendance (id, agency_id, attended_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(core.newId(), agencyId, attendedOn, STAMP, STAMP);
}

export function insertSuggestion(core: Core, agencyId: string, feedbackOn: string | null, deleted = false): void {
  core.sqlite
    .prepare('INSERT INTO judicial_suggestions (id, agency_id, received_on, content, feedback_on, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(core.newId(), agencyId, '2026-05-01', '建议规范征收程序', feedbackOn, deleted ? STAMP : null, STAMP, STAMP);
}
