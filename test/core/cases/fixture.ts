import path from 'node:path';
import type { CaseIntake } from '../../../electron/contract/schemas/cases';
import type { Actor } from '../../../electron/core/audit/audit-log';
import { fixedClock } from '../../../electron/core/clock';
import { openCore, type Core } from '../../../electron/core/core';
import { actorOf } from '../../../electron/core/services/operators';
import { defaultOperator } from '../../../electron/core/services/setup';
import type { Session } from '../../../electron/core/session';
import { residentIdCheckChar } from '../../../electron/core/validation/resident-id';
import { usccCheckChar } from '../../../electron/core/validation/uscc';
import { setUpCore } from '../helpers/core';

/** A fictional but checksum-valid resident ID number (GB 11643) and credit code (GB 32100). */
export const VALID_ID = `13030219800101123${residentIdCheckChar('13030219800101123')}`;
export const BAD_ID = `13030219800101123${residentIdCheckChar('13030219800101123') === '1' ? '2' : '1'}`;
export const VALID_USCC = `91130302123456789`.slice(0, 17) + usccCheckChar('91130302123456789'.slice(0, 17));

export interface CaseFixture {
  core: Core;
  clock: ReturnType<typeof fixedClock>;
  session: Session;
  actor: Actor;
  operatorId: string;
  categoryId: string;
  agencies: { respondent: string; lead: string; supporting: string; court: string };
}

/** 2026-11-27 10:00 China time unless told otherwise. */
export async function caseFixture(options: { clockIso?: string; dir?: string } = {}): Promise<CaseFixture> {
  const clock = fixedClock(options.clockIso ?? '2026-11-27T02:00:00.000Z');
  const core = await openCore({
    databaseFile: options.dir ? path.join(options.dir, 'adr-desk.sqlite3') : ':memory:',
    dataDir: options.dir ?? null,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock,
  });
  const { session } = await setUpCore(core);
  const operator = defaultOperator(core)!;
  const now = core.now();
  const agency = (name: string, kind: string) => {
    const id = core.newId();
    core.sqlite
      .prepare('INSERT INTO agencies (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, name, kind, now, now);
    return id;
  };
  const agencies = {
    respondent: agency('秦皇岛市自然资源和规划局', 'member_unit'),
    lead: agency('秦皇岛市海港区人民政府', 'district_government'),
    supporting: agency('秦皇岛市住房和城乡建设局', 'member_unit'),
    court: agency('秦皇岛市中级人民法院', 'court'),
  };
  const categoryId = core.sqlite.prepare("SELECT id FROM dispute_categories WHERE name = '土地房屋征收补偿'").pluck().get() as string;
  return { core, clock, session, actor: actorOf(operator), operatorId: operator.id, categoryId, agencies };
}

export function intake(f: CaseFixture, overrides: Partial<CaseIntake> = {}): CaseIntake {
  return {
    title: '王某诉市自然资源和规划局房屋征收补偿决定案',
    source: 'court_delegated',
    courtNumber: null,
    categoryId: f.categoryId,
    mediabilityFlags: ['indemnity'],
    complexity: 'simple',
    coordinatorId: f.operatorId,
    disputeFocus: '被征收房屋面积认定及评估价格是否合理',
    claims: '请求重新评估',
    amountYuan: 880000.5,
    receivedOn: '2026-11-20',
    notes: null,
    parties: [{ role: 'applicant', kind: 'person', name: '王某', idType: 'resident_id', idNumber: VALID_ID, phone: '13800000000', address: '海港区某路1号' }],
    agencies: [
      { agencyId: f.agencies.respondent, role: 'respondent' },
      { agencyId: f.agencies.lead, role: 'lead' },
    ],
    ...overrides,
  };
}

export function all<T>(core: Core, sql: string, ...params: unknown[]): T[] {
  return core.sqlite.prepare(sql).all(...params) as T[];
}

export function one<T>(core: Core, sql: string, ...params: unknown[]): T {
  return core.sqlite.prepare(sql).get(...params) as T;
}

export function auditEntries(core: Core, action: string): { entity_id: string | null; operator_name: string | null; detail: Record<string, unknown> }[] {
  return all<{ entity_id: string | null; operator_name: string | null; detail: string }>(
    core,
    'SELECT entity_id, operator_name, detail FROM audit_log WHERE action = ? ORDER BY seq',
    action,
  ).map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

/** Runs fn and returns the CoreError it throws (fails the test if it does not throw). */
export function caught(fn: () => unknown): { code: string; message: string; params: Record<string, string | number>; fields?: { path: string; message: { 'zh-CN': string; en: string } }[] } {
  try {
    fn();
  } catch (error) {
    return error as never;
  }
  throw new Error('expected an error');
}

/** The id of the step with `code` in the case's own template version. */
export function stepOf(core: Core, caseId: string, code: string): { id: string; stage: 'intake' | 'pre' | 'during' | 'post' | 'closed' } {
  return one(core, 'SELECT s.id, s.stage FROM workflow_steps s JOIN cases c ON c.template_id = s.template_id WHERE c.id = ? AND s.code = ?', caseId, code);
}

/** Logs an activity against the step `code` of the case, now (the core's clock). */
export async function logStep(f: CaseFixture, caseId: string, code: string, description = '已办理'): Promise<string> {
  const { createActivity } = await import('../../../electron/core/cases/activities');
  const step = stepOf(f.core, caseId, code);
  return createActivity(f.core, f.actor, { caseId, stepId: step.id, stage: step.stage, occurredAt: f.core.now(), participants: [], description }).id;
}

/** Moves the fixture's clock to 10:00 China time on `date`. */
export function setToday(f: CaseFixture, date: string): void {
  const target = Date.parse(`${date}T02:00:00.000Z`);
  f.clock.advance(target - f.clock.now().getTime());
}
