import { describe, expect, it } from 'vitest';
import { getCaseDetail } from '../../../electron/core/cases/case-detail';
import { createCase } from '../../../electron/core/cases/intake';
import { advanceCase } from '../../../electron/core/cases/stage-machine';
import { currentTemplate, saveTemplate, type WorkflowSaveInput } from '../../../electron/core/workflow/template-service';
import { snapshot } from '../helpers/snapshot';
import { all, auditEntries, caseFixture, caught, intake, logStep } from '../cases/fixture';

/** The current template as the settings page would send it back. */
function asInput(core: Parameters<typeof currentTemplate>[0]): WorkflowSaveInput {
  const t = currentTemplate(core);
  return {
    name: t.name,
    steps: t.steps.map((s) => ({ code: s.code, stage: s.stage, name: s.name, kind: s.kind, required: s.required, timeLimitDays: s.timeLimitDays, retired: s.retired })),
  };
}

describe('the workflow template', () => {
  it('before anything is stored, the default file shows as version 0 and reading writes nothing', async () => {
    const f = await caseFixture();
    const before = snapshot(f.core);
    const t = currentTemplate(f.core);
    expect(t).toMatchObject({ id: 'default', version: 0 });
    expect(t.steps.map((s) => s.code)).toContain('close');
    expect(snapshot(f.core)).toEqual(before);
  });

  it('saving makes a new current version with codes kept, new steps coded, order from the list; a running case keeps its version', async () => {
    const f = await caseFixture();
    const { id: caseId } = createCase(f.core, f.actor, intake(f));
    const v1 = currentTemplate(f.core);
    expect(v1.version).toBe(1);

    const input = asInput(f.core);
    const investigate = input.steps.findIndex((s) => s.code === 'investigate');
    input.steps[investigate] = { ...input.steps[investigate]!, name: '调查核实', timeLimitDays: 10 };
    const analyse = input.steps.findIndex((s) => s.code === 'analyse');
    input.steps[analyse] = { ...input.steps[analyse]!, retired: true };
    // A new required step in intake, placed first.
    input.steps.unshift({ stage: 'intake', name: '风险评估', kind: 'review', required: true, timeLimitDays: 2, retired: false });
    const v2 = saveTemplate(f.core, f.actor, { ...input, name: '本中心工作流程（2027）' });

    expect(v2).toMatchObject({ version: 2, name: '本中心工作流程（2027）' });
    expect(v2.steps[0]).toMatchObject({ code: 'step_1', name: '风险评估', sort: 10, required: true, retired: false });
    expect(v2.steps.find((s) => s.code === 'investigate')).toMatchObject({ name: '调查核实', timeLimitDays: 10 });
    expect(v2.steps.find((s) => s.code === 'analyse')).toMatchObject({ retired: true });
    expect(all(f.core, 'SELECT version, is_current FROM workflow_templates ORDER BY version')).toEqual([
      { version: 1, is_current: 0 },
      { version: 2, is_current: 1 },
    ]);
    expect(currentTemplate(f.core).id).toBe(v2.id);
    expect(auditEntries(f.core, 'workflow.save')).toEqual([
      expect.objectContaining({ entity_id: v2.id, detail: expect.objectContaining({ version: 2, added: ['step_1'], retired: ['analyse'] }) }),
    ]);

    // The case registered on version 1 still shows and is guarded by version 1's steps.
    const detail = getCaseDetail(f.core, caseId);
    expect(detail.templateVersion).toBe(1);
    expect(detail.steps.map((s) => s.name)).toEqual(v1.steps.map((s) => s.name));
    await logStep(f, caseId, 'acceptance_review');
    advanceCase(f.core, f.actor, { id: caseId, toStage: 'pre' }); // 风险评估 is not required of it

    // A case registered now starts on version 2 and is asked for the new step.
    const { id: newCase } = createCase(f.core, f.actor, intake(f));
    expect(getCaseDetail(f.core, newCase).templateVersion).toBe(2);
    await logStep(f, newCase, 'acceptance_review');
    expect(caught(() => advanceCase(f.core, f.actor, { id: newCase, toStage: 'pre' })).params['what.zh-CN']).toContain('「风险评估」');
  });

  it('a step left out of the list is kept, retired; generated codes never repeat across versions', async () => {
    const f = await caseFixture();
    const input = asInput(f.core);
    saveTemplate(f.core, f.actor, { ...input, steps: [...input.steps, { stage: 'pre', name: '听证', kind: 'meeting', required: false, timeLimitDays: null, retired: false }] });
    const v2 = currentTemplate(f.core);
    const withoutHearing = asInput(f.core).steps.filter((s) => s.code !== 'step_1');
    const v3 = saveTemplate(f.core, f.actor, {
      name: v2.name,
      steps: [...withoutHearing, { stage: 'pre', name: '专家论证', kind: 'review', required: false, timeLimitDays: null, retired: false }],
    });
    expect(v3.steps.find((s) => s.code === 'step_1')).toMatchObject({ name: '听证', retired: true });
    expect(v3.steps.find((s) => s.name === '专家论证')?.code).toBe('step_2');
  });

  it('refuses an empty stage, duplicate names in a stage, and retiring the closing step, on their fields', async () => {
    const f = await caseFixture();
    const before = snapshot(f.core);
    const input = asInput(f.core);
    const noDuring = { ...input, steps: input.steps.map((s) => (s.stage === 'during' ? { ...s, retired: true } : s)) };
    expect(caught(() => saveTemplate(f.core, f.actor, noDuring)).fields).toEqual([
      { path: 'steps', message: { 'zh-CN': '「化解中」阶段至少需要一个未停用的步骤', en: 'The mid-resolution stage needs at least one active step' } },
    ]);
    const twice = asInput(f.core);
    const plan = twice.steps.findIndex((s) => s.code === 'plan');
    twice.steps[plan] = { ...twice.steps[plan]!, name: '调查了解' };
    expect(caught(() => saveTemplate(f.core, f.actor, twice)).fields?.map((x) => x.path)).toEqual([`steps.${plan}.name`]);
    const noClose = asInput(f.core);
    const close = noClose.steps.findIndex((s) => s.code === 'close');
    noClose.steps[close] = { ...noClose.steps[close]!, retired: true };
    expect(caught(() => saveTemplate(f.core, f.actor, noClose)).fields).toEqual([
      { path: `steps.${close}.retired`, message: { 'zh-CN': '「结案」步骤不能停用', en: 'The closing step cannot be retired' } },
    ]);
    const dropped = asInput(f.core);
    expect(caught(() => saveTemplate(f.core, f.actor, { ...dropped, steps: dropped.steps.filter((s) => s.code !== 'close') })).fields?.[0]?.path).toBe('steps');
    expect(snapshot(f.core)).toEqual(before);
  });
});
