import { describe, expect, it } from 'vitest';
import { localize } from '../../../electron/contract/errors';
import { getCaseDetail } from '../../../electron/core/cases/case-detail';
import { updateCase } from '../../../electron/core/cases/case-update';
import { createCase } from '../../../electron/core/cases/intake';
import { advanceCase, closeCase, reopenCase } from '../../../electron/core/cases/stage-machine';
import { snapshot } from '../helpers/snapshot';
import { all, auditEntries, caseFixture, caught, intake, logStep, one, setToday, type CaseFixture } from './fixture';

interface ClockRow {
  kind: string;
  trigger_on: string;
  limit_days: number;
  due_on: string;
  status: string;
  completed_on: string | null;
}

function clocks(f: CaseFixture, caseId: string): ClockRow[] {
  return all<ClockRow>(f.core, 'SELECT kind, trigger_on, limit_days, due_on, status, completed_on FROM clocks WHERE case_id = ? ORDER BY created_at, id', caseId);
}

/** A registered case taken to `stage` with its required steps logged on the way. */
async function caseIn(f: CaseFixture, stage: 'intake' | 'pre' | 'during' | 'post', overrides = {}): Promise<string> {
  const { id } = createCase(f.core, f.actor, intake(f, { receivedOn: f.core.today(), ...overrides }));
  const steps: Record<string, string> = { intake: 'acceptance_review', pre: 'investigate', during: 'meeting' };
  const order = ['intake', 'pre', 'during', 'post'] as const;
  for (let i = 0; order[i] !== stage; i += 1) {
    await logStep(f, id, steps[order[i]!]!);
    advanceCase(f.core, f.actor, { id, toStage: order[i + 1]! as 'pre' | 'during' | 'post' });
  }
  return id;
}

describe('the stage machine', () => {
  it('a required step not yet logged blocks the move and the message names it; once logged, the case moves on', async () => {
    const f = await caseFixture();
    const id = await caseIn(f, 'pre');
    const before = snapshot(f.core);
    const error = caught(() => advanceCase(f.core, f.actor, { id, toStage: 'during' }));
    expect(error.code).toBe('CONFLICT');
    const message = localize(error.code, error.params);
    expect(message['zh-CN']).toBe('数据冲突：「调查了解」为必经步骤，尚未记录，不能进入下一阶段');
    expect(message.en).toBe('Conflict: Required step "调查了解" has no activity yet; the case cannot move on to the next stage');
    expect(snapshot(f.core)).toEqual(before);

    await logStep(f, id, 'investigate', '实地调查走访');
    advanceCase(f.core, f.actor, { id, toStage: 'during' });
    expect(one<{ stage: string }>(f.core, 'SELECT stage FROM cases WHERE id = ?', id).stage).toBe('during');
  });

  it('an optional step does not block, a deleted activity does not count, and a retired required step is not asked for', async () => {
    const f = await caseFixture();
    const { id } = createCase(f.core, f.actor, intake(f, { receivedOn: f.core.today() }));
    const activityId = await logStep(f, id, 'acceptance_review');
    const { deleteActivity } = await import('../../../electron/core/cases/activities');
    deleteActivity(f.core, f.actor, { id: activityId, reason: '录入错误' });
    expect(caught(() => advanceCase(f.core, f.actor, { id, toStage: 'pre' })).params['what.zh-CN']).toContain('「审查受理」');
    f.core.sqlite.prepare("UPDATE workflow_steps SET retired = 1 WHERE code = 'acceptance_review'").run();
    advanceCase(f.core, f.actor, { id, toStage: 'pre' });
    expect(one<{ stage: string }>(f.core, 'SELECT stage FROM cases WHERE id = ?', id).stage).toBe('pre');
  });

  it('stages cannot be skipped or repeated; the message names the next stage', async () => {
    const f = await caseFixture();
    const { id } = createCase(f.core, f.actor, intake(f, { receivedOn: f.core.today() }));
    await logStep(f, id, 'acceptance_review');
    const skip = caught(() => advanceCase(f.core, f.actor, { id, toStage: 'during' }));
    expect(skip.code).toBe('CONFLICT');
    expect(localize(skip.code, skip.params)).toEqual({
      'zh-CN': '数据冲突：不能从「受理」进入「化解中」，只能进入下一阶段「化解前」',
      en: 'Conflict: The case cannot move from intake to mid-resolution; the next stage is pre-resolution',
    });
    expect(caught(() => advanceCase(f.core, f.actor, { id, toStage: 'intake' })).code).toBe('CONFLICT');
    const postId = await caseIn(f, 'post');
    expect(caught(() => advanceCase(f.core, f.actor, { id: postId, toStage: 'post' })).params['what.en']).toMatch(/close the case/);
  });

  it('acceptance sets the acceptance date and starts the resolution clock: 30 days simple, the configured limit complex', async () => {
    const f = await caseFixture();
    const simple = await caseIn(f, 'pre');
    const complex = await caseIn(f, 'pre', { complexity: 'complex' });
    expect(one<{ accepted_on: string }>(f.core, 'SELECT accepted_on FROM cases WHERE id = ?', simple).accepted_on).toBe('2026-11-27');
    // 2026-11-27 + 30 = 2026-12-27, a Sunday: the period ends on Monday 2026-12-28.
    expect(clocks(f, simple)).toEqual([{ kind: 'resolution', trigger_on: '2026-11-27', limit_days: 30, due_on: '2026-12-28', status: 'open', completed_on: null }]);
    expect(clocks(f, complex)).toMatchObject([{ kind: 'resolution', limit_days: 60 }]);
    const history = all(f.core, 'SELECT from_stage, to_stage, kind, reason, operator_id FROM stage_transitions WHERE case_id = ? ORDER BY at, id', simple);
    expect(history).toEqual([
      { from_stage: null, to_stage: 'intake', kind: 'create', reason: '登记立案', operator_id: f.operatorId },
      { from_stage: 'intake', to_stage: 'pre', kind: 'advance', reason: '进入化解前阶段', operator_id: f.operatorId },
    ]);
    expect(auditEntries(f.core, 'case.advance').map((a) => a.detail)).toContainEqual(
      expect.objectContaining({ from: 'intake', to: 'pre', acceptedOn: '2026-11-27' }),
    );
  });

  it('reaching post-resolution stops the resolution clock and starts the follow-up visit clock', async () => {
    const f = await caseFixture({ clockIso: '2026-11-02T02:00:00.000Z' });
    const id = await caseIn(f, 'during');
    setToday(f, '2026-11-20');
    await logStep(f, id, 'meeting');
    advanceCase(f.core, f.actor, { id, toStage: 'post' });
    expect(clocks(f, id)).toEqual([
      { kind: 'resolution', trigger_on: '2026-11-02', limit_days: 30, due_on: '2026-12-02', status: 'met', completed_on: '2026-11-20' },
      { kind: 'follow_up_visit', trigger_on: '2026-11-20', limit_days: 30, due_on: '2026-12-21', status: 'open', completed_on: null },
    ]);
  });

  it('closing from post-resolution needs its required steps, then records the outcome, the closing step and the history', async () => {
    const f = await caseFixture({ clockIso: '2026-11-02T02:00:00.000Z' });
    const id = await caseIn(f, 'post');
    const blocked = caught(() => closeCase(f.core, f.actor, { id, outcome: 'settlement', summary: '双方达成和解协议' }));
    expect(blocked.params['what.zh-CN']).toBe('「回访」为必经步骤，尚未记录，不能结案');
    setToday(f, '2026-11-10');
    await logStep(f, id, 'follow_up_visit', '电话回访申请人');
    setToday(f, '2026-11-12');
    closeCase(f.core, f.actor, { id, outcome: 'settlement', summary: '双方达成和解协议', basis: '和解协议书' });

    const row = one(f.core, 'SELECT stage, status, closed_on, outcome, outcome_summary, outcome_basis FROM cases WHERE id = ?', id);
    expect(row).toEqual({ stage: 'closed', status: 'closed', closed_on: '2026-11-12', outcome: 'settlement', outcome_summary: '双方达成和解协议', outcome_basis: '和解协议书' });
    const detail = getCaseDetail(f.core, id);
    expect(detail.steps.find((s) => s.code === 'close')).toMatchObject({ status: 'done', activityCount: 1 });
    expect(detail.history.at(-1)).toMatchObject({ fromStage: 'post', toStage: 'closed', kind: 'close', reason: '化解成功：达成和解协议', operatorName: '张协调' });
    // The visit logged on 11-10 completed the follow-up clock; no second one is opened at closing.
    expect(clocks(f, id).map((c) => [c.kind, c.status, c.completed_on])).toEqual([
      ['resolution', 'met', '2026-11-02'],
      ['follow_up_visit', 'met', '2026-11-10'],
    ]);
  });

  it('closing a failed case opens the 5-day transfer clock, whose last day inside the National Day holiday moves to the first working day', async () => {
    const f = await caseFixture({ clockIso: '2026-09-01T02:00:00.000Z' });
    const id = await caseIn(f, 'during');
    setToday(f, '2026-09-28');
    closeCase(f.core, f.actor, { id, outcome: 'transferred_to_filing', summary: '双方分歧较大，化解不成' });
    // Day 1 is 09-29; day 5 is 10-03, a holiday of 国庆节 (10-01…10-07): due 10-08.
    expect(clocks(f, id)).toEqual([
      { kind: 'resolution', trigger_on: '2026-09-01', limit_days: 30, due_on: '2026-10-08', status: 'met', completed_on: '2026-09-28' },
      { kind: 'transfer_to_filing', trigger_on: '2026-09-28', limit_days: 5, due_on: '2026-10-08', status: 'open', completed_on: null },
    ]);
    const transfer = getCaseDetail(f.core, id).clocks.find((c) => c.kind === 'transfer_to_filing');
    // Ten calendar days, but only three working days (09-29, 09-30, 10-08): already due soon.
    expect(transfer).toMatchObject({ dueOn: '2026-10-08', daysLeft: 10, state: 'due_soon' });

    // Logging the transfer in the closed stage completes the clock.
    setToday(f, '2026-09-30');
    const { createActivity } = await import('../../../electron/core/cases/activities');
    createActivity(f.core, f.actor, { caseId: id, stepId: null, stage: 'closed', occurredAt: f.core.now(), participants: [], description: '移送法院立案' });
    expect(clocks(f, id)[1]).toMatchObject({ status: 'met', completed_on: '2026-09-30' });
  });

  it('which outcome may close from which stage', async () => {
    const f = await caseFixture();
    const intakeCase = await caseIn(f, 'intake');
    expect(caught(() => closeCase(f.core, f.actor, { id: intakeCase, outcome: 'terminated', summary: 'x' })).code).toBe('CONFLICT');
    const during = await caseIn(f, 'during');
    const resolvedTooEarly = caught(() => closeCase(f.core, f.actor, { id: during, outcome: 'withdrawn', summary: '撤回' }));
    expect(resolvedTooEarly.code).toBe('CONFLICT');
    expect(resolvedTooEarly.params['what.zh-CN']).toContain('化解后');
    const pre = await caseIn(f, 'pre');
    expect(caught(() => closeCase(f.core, f.actor, { id: pre, outcome: 'transferred_to_filing', summary: 'x' })).code).toBe('CONFLICT');
    closeCase(f.core, f.actor, { id: pre, outcome: 'terminated', summary: '申请人明确表示不同意调解' });
    expect(clocks(f, pre)).toMatchObject([{ kind: 'resolution', status: 'cancelled' }]);
    expect(caught(() => closeCase(f.core, f.actor, { id: pre, outcome: 'terminated', summary: 'again' })).code).toBe('CONFLICT');
    const future = caught(() => closeCase(f.core, f.actor, { id: during, outcome: 'terminated', summary: 'x', closedOn: '2026-11-28' }));
    expect(future.fields?.map((x) => x.path)).toEqual(['closedOn']);
  });

  it('reopening needs a closed case, goes back to the stage it closed from, cancels the transfer clock and is audited with the reason', async () => {
    const f = await caseFixture();
    const id = await caseIn(f, 'during');
    expect(caught(() => reopenCase(f.core, f.actor, { id, reason: 'x' })).code).toBe('CONFLICT');
    closeCase(f.core, f.actor, { id, outcome: 'transferred_to_filing', summary: '化解不成' });
    reopenCase(f.core, f.actor, { id, reason: '申请人撤回起诉，同意继续调解' });

    expect(one(f.core, 'SELECT stage, status, outcome, closed_on, outcome_summary FROM cases WHERE id = ?', id)).toEqual({
      stage: 'during', status: 'open', outcome: null, closed_on: null, outcome_summary: null,
    });
    expect(clocks(f, id).find((c) => c.kind === 'transfer_to_filing')?.status).toBe('cancelled');
    const last = all<{ from_stage: string; to_stage: string; kind: string; reason: string; operator_id: string }>(
      f.core, 'SELECT from_stage, to_stage, kind, reason, operator_id FROM stage_transitions WHERE case_id = ? ORDER BY at, id', id,
    ).at(-1);
    expect(last).toEqual({ from_stage: 'closed', to_stage: 'during', kind: 'reopen', reason: '申请人撤回起诉，同意继续调解', operator_id: f.operatorId });
    expect(auditEntries(f.core, 'case.reopen')).toEqual([
      expect.objectContaining({
        entity_id: id,
        operator_name: '张协调',
        detail: expect.objectContaining({ reason: '申请人撤回起诉，同意继续调解', previousOutcome: 'transferred_to_filing', to: 'during' }),
      }),
    ]);
    // A resolved case reopens in post-resolution.
    const resolved = await caseIn(f, 'post');
    await logStep(f, resolved, 'follow_up_visit');
    closeCase(f.core, f.actor, { id: resolved, outcome: 'withdrawn', summary: '申请人撤回申请' });
    reopenCase(f.core, f.actor, { id: resolved, reason: '协议未履行' });
    expect(one<{ stage: string }>(f.core, 'SELECT stage FROM cases WHERE id = ?', resolved).stage).toBe('post');
  });

  it('a closed case cannot move or be edited, except its notes', async () => {
    const f = await caseFixture();
    const id = await caseIn(f, 'during');
    closeCase(f.core, f.actor, { id, outcome: 'terminated', summary: '终止' });
    expect(caught(() => advanceCase(f.core, f.actor, { id, toStage: 'post' })).code).toBe('CONFLICT');
    expect(caught(() => updateCase(f.core, f.actor, { id, title: '新标题' })).code).toBe('CONFLICT');
    updateCase(f.core, f.actor, { id, notes: '已归档' });
    expect(one<{ notes: string }>(f.core, 'SELECT notes FROM cases WHERE id = ?', id).notes).toBe('已归档');
  });
});
