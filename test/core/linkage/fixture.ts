import type { Actor } from '../../../electron/core/audit/audit-log';
import { fixedClock } from '../../../electron/core/clock';
import { openCore, type Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers/registry';
import { actorOf } from '../../../electron/core/services/operators';
import { defaultOperator } from '../../../electron/core/services/setup';
import type { Session } from '../../../electron/core/session';
import { setUpCore } from '../helpers/core';

/**
 * A set-up core for the linkage statistics. Agencies, cases and coordination tasks are inserted
 * as rows: their own services belong to other areas, and the statistics only read the rows.
 * Today is 2026-11-27 unless told otherwise, so 2026Q3 (Jul–Sep) is a finished quarter.
 */
export interface LinkageFixture {
  core: Core;
  session: Session;
  actor: Actor;
  agency(name: string): string;
  caseFor(respondentId: string | null, receivedOn: string): string;
  hearings(agencyId: string, heldOn: string, total: number, head: number): void;
  task(agencyId: string, t: { sentOn: string; dueOn: string; repliedOn?: string | null; closedOn?: string | null }): string;
  call<T>(channel: string, input: unknown): Promise<T>;
  fail(channel: string, input: unknown): Promise<{ code: string; fields?: { path: string; message: { 'zh-CN': string; en: string } }[] }>;
}

export async function linkageFixture(clockIso = '2026-11-27T02:00:00.000Z'): Promise<LinkageFixture> {
  const core = await openCore({ databaseFile: ':memory:', dataDir: null, appVersion: '0.0.0-test', mode: 'test', clock: fixedClock(clockIso) });
  const { session } = await setUpCore(core);
  const actor = actorOf(defaultOperator(core));
  const now = core.now();
  let caseNo = 0;
  const run = (sql: string, ...params: unknown[]) => core.sqlite.prepare(sql).run(...params);
  return {
    core,
    session,
    actor,
    agency(name) {
      const id = core.newId();
      run('INSERT INTO agencies (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', id, name, 'member_unit', now, now);
      return id;
    },
    caseFor(respondentId, receivedOn) {
      const id = core.newId();
      caseNo += 1;
      run(
        "INSERT INTO cases (id, case_number, title, source, received_on, created_at, updated_at) VALUES (?, ?, '测试案件', 'petition', ?, ?, ?)",
        id,
        `测〔2026〕${caseNo}号`,
        receivedOn,
        now,
        now,
      );
      if (respondentId) {
        run("INSERT INTO case_agencies (id, case_id, agency_id, role, created_at, updated_at) VALUES (?, ?, ?, 'respondent', ?, ?)", core.newId(), id, respondentId, now, now);
      }
      return id;
    },
    hearings(agencyId, heldOn, total, head) {
      const insert = core.sqlite.prepare(
        'INSERT INTO court_hearings (id, agency_id, held_on, head_appeared, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      core.sqlite.transaction(() => {
        for (let i = 0; i < total; i += 1) insert.run(core.newId(), agencyId, heldOn, i < head ? 1 : 0, now, now);
      })();
    },
    task(agencyId, t) {
      const id = core.newId();
      run(
        'INSERT INTO coordination_tasks (id, agency_id, request, sent_on, due_on, status, replied_on, closed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        id,
        agencyId,
        '请提供征收补偿材料',
        t.sentOn,
        t.dueOn,
        t.closedOn ? 'closed' : t.repliedOn ? 'answered' : 'sent',
        t.repliedOn ?? null,
        t.closedOn ?? null,
        now,
        now,
      );
      return id;
    },
    async call<T>(channel: string, input: unknown): Promise<T> {
      const result = await dispatch(core, session, channel, input, { log: (m, e) => console.error(m, e) });
      if (!result.ok) throw Object.assign(new Error(`${channel}: ${JSON.stringify(result.error)}`), { error: result.error });
      return result.value as T;
    },
    async fail(channel, input) {
      const result = await dispatch(core, session, channel, input, { log: (m, e) => console.error(m, e) });
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error as never;
    },
  };
}

export function auditActions(core: Core, entity: string): string[] {
  return (core.sqlite.prepare('SELECT action FROM audit_log WHERE entity = ? ORDER BY seq').pluck().all(entity) as string[]);
}
