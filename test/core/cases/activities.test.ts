import { describe, expect, it } from 'vitest';
import { createActivity, deleteActivity, updateActivity } from '../../../electron/core/cases/activities';
import { createCase } from '../../../electron/core/cases/intake';
import { advanceCase } from '../../../electron/core/cases/stage-machine';
import { openClock } from '../../../electron/core/clocks';
import { getCaseDetail } from '../../../electron/core/cases/case-detail';
import { snapshot } from '../helpers/snapshot';
import { all, auditEntries, caseFixture, caught, intake, logStep, one, stepOf } from './fixture';

describe('the activity log', () => {
  it('logs an activity against a step of the case template, stored in UTC with its participants', async () => {
    const f = await caseFixture();
    const { id: caseId } = createCase(f.core, f.actor, intake(f));
    const step = stepOf(f.core, caseId, 'acceptance_review');
    const { id } = createActivity(f.core, f.actor, {
      caseId,
      stepId: step.id,
      stage: 'intake',
      occurredAt: '2026-11-27T10:30:00+08:00',
      place: '中心第一接待室',
      participants: [{ kind: 'staff', refId: f.operatorId, name: '张协调' }, { kind: 'party', name: '王某' }],
      description: '审查申请材料，决定受理',
      result: '受理',
    });
    expect(one(f.core, 'SELECT occurred_at, place, participants, operator_id FROM activities WHERE id = ?', id)).toEqual({
      occurred_at: '2026-11-27T02:30:00.000Z',
      place: '中心第一接待室',
      participants: JSON.stringify([{ kind: 'staff', refId: f.operatorId, name: '张协调' }, { kind: 'party', name: '王某' }]),
      operator_id: f.operatorId,
    });
    expect(auditEntries(f.core, 'activity.create').at(-1)).toMatchObject({ entity_id: id, detail: { caseId, stepCode: 'acceptance_review' } });
    const detail = getCaseDetail(f.core, caseId);
    expect(detail.activities.map((a) => a.stepName)).toEqual(['登记', '审查受理']);
    expect(detail.activities[1]).toMatchObject({ operatorName: '张协调', result: '受理', attachments: [] });
  });

  it('refuses a step of another template version, a step of another stage and a stage the case has not reached', async () => {
    const f = await caseFixture();
    const { id: caseId } = createCase(f.core, f.actor, intake(f));
    const before = snapshot(f.core);
    const investigate = stepOf(f.core, caseId, 'investigate');
    const later = caught(() =>
      createActivity(f.core, f.actor, { caseId, stepId: investigate.id, stage: 'pre', occurredAt: f.core.now(), participants: [], description: '走访' }),
    );
    expect(later.fields?.map((x) => x.path)).toEqual(['stage']);
    const wrongStage = caught(() =>
      createActivity(f.core, f.actor, { caseId, stepId: investigate.id, stage: 'intake', occurredAt: f.core.now(), participants: [], description: '走访' }),
    );
    expect(wrongStage.fields).toEqual([
      { path: 'stepId', message: { 'zh-CN': '步骤「调查了解」属于「化解前」阶段，与所选阶段不符', en: 'Step "调查了解" belongs to the pre-resolution stage, not the one chosen' } },
    ]);
    f.core.sqlite.exec("INSERT INTO workflow_templates (id, name, version, is_current, created_at, updated_at) VALUES ('other', '旧流程', 9, 0, 'x', 'x')");
    f.core.sqlite.exec("INSERT INTO workflow_steps (id, template_id, code, stage, name, kind, sort, created_at, updated_at) VALUES ('foreign', 'other', 'register', 'intake', '登记', 'record', 10, 'x', 'x')");
    const before2 = snapshot(f.core);
    const foreign = caught(() =>
      createActivity(f.core, f.actor, { caseId, stepId: 'foreign', stage: 'intake', occurredAt: f.core.now(), participants: [], description: '登记' }),
    );
    expect(foreign.fields?.map((x) => x.path)).toEqual(['stepId']);
    expect(snapshot(f.core)).toEqual(before2);
    expect(before).toBeTruthy();
  });

  it('edits are audited with the before and after of each changed field', async () => {
    const f = await caseFixture();
    const { id: caseId } = createCase(f.core, f.actor, intake(f));
    const id = await logStep(f, caseId, 'acceptance_review', '审查材料');
    updateActivity(f.core, f.actor, { id, description: '审查材料，材料齐全', place: '接待室' });
    expect(auditEntries(f.core, 'activity.update')).toEqual([
      expect.objectContaining({
        entity_id: id,
        detail: expect.objectContaining({
          changes: { place: { before: null, after: '接待室' }, description: { before: '审查材料', after: '审查材料，材料齐全' } },
        }),
      }),
    ]);
    // Saving the same values again writes nothing.
    const before = snapshot(f.core);
    updateActivity(f.core, f.actor, { id, description: '审查材料，材料齐全' });
    expect(snapshot(f.core)).toEqual(before);
    // Moving it to a step of a stage the case has not reached is refused.
    const bad = caught(() => updateActivity(f.core, f.actor, { id, stepId: stepOf(f.core, caseId, 'meeting').id, stage: 'during' }));
    expect(bad.fields?.map((x) => x.path)).toEqual(['stage']);
  });

  it('deletion is soft, needs a reason, is audited with what was deleted, and hides the activity from the case', async () => {
    const f = await caseFixture();
    const { id: caseId } = createCase(f.core, f.actor, intake(f));
    const id = await logStep(f, caseId, 'acceptance_review', '审查材料');
    deleteActivity(f.core, f.actor, { id, reason: '误录到其他案件' });
    expect(one<{ deleted_at: string | null }>(f.core, 'SELECT deleted_at FROM activities WHERE id = ?', id).deleted_at).toBe(f.core.now());
    expect(auditEntries(f.core, 'activity.delete')).toEqual([
      expect.objectContaining({ entity_id: id, detail: expect.objectContaining({ reason: '误录到其他案件', before: expect.objectContaining({ description: '审查材料' }) }) }),
    ]);
    const detail = getCaseDetail(f.core, caseId);
    expect(detail.activities.map((a) => a.id)).not.toContain(id);
    // Back to not done: received 11-20 with a 3-day limit, the step is overdue since 11-24.
    expect(detail.steps.find((s) => s.code === 'acceptance_review')).toMatchObject({ status: 'overdue', dueOn: '2026-11-23', activityCount: 0 });
    expect(caught(() => deleteActivity(f.core, f.actor, { id, reason: 'again' })).code).toBe('NOT_FOUND');
    expect(caught(() => updateActivity(f.core, f.actor, { id, description: 'x' })).code).toBe('NOT_FOUND');
  });

  it('logging a step completes that step’s open clock', async () => {
    const f = await caseFixture();
    const { id: caseId } = createCase(f.core, f.actor, intake(f, { receivedOn: '2026-11-27' }));
    await logStep(f, caseId, 'acceptance_review');
    advanceCase(f.core, f.actor, { id: caseId, toStage: 'pre' });
    const investigate = stepOf(f.core, caseId, 'investigate');
    openClock(f.core, f.actor, { caseId, kind: 'step', stepId: investigate.id, triggerOn: '2026-11-27', limitDays: 7 });
    await logStep(f, caseId, 'analyse');
    expect(all(f.core, "SELECT status FROM clocks WHERE kind = 'step'")).toEqual([{ status: 'open' }]);
    await logStep(f, caseId, 'investigate');
    expect(all(f.core, "SELECT status, completed_on FROM clocks WHERE kind = 'step'")).toEqual([{ status: 'met', completed_on: '2026-11-27' }]);
  });
});
