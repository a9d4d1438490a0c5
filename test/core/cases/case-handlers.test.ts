import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../electron/contract/schemas/cases';
import { dispatch } from '../../../electron/core/handlers/registry';
import { tempDir } from '../helpers/core';
import { snapshot } from '../helpers/snapshot';
import { BAD_ID, VALID_ID, caseFixture, intake, setToday, type CaseFixture } from './fixture';

async function call<T>(f: CaseFixture, channel: string, input: unknown, writes?: string[]): Promise<T> {
  const result = await dispatch(f.core, f.session, channel, input, {
    onWrite: (c) => writes?.push(c),
    log: (m, e) => console.error(m, e),
  });
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message.en}`), { error: result.error });
  return result.value as T;
}

async function fail(f: CaseFixture, channel: string, input: unknown) {
  const result = await dispatch(f.core, f.session, channel, input, { log: (m, e) => console.error(m, e) });
  expect(result.ok, JSON.stringify(result)).toBe(false);
  return (result as Extract<typeof result, { ok: false }>).error;
}

function stepId(detail: CaseDetail, code: string): string {
  return detail.steps.find((s) => s.code === code)!.stepId;
}

describe('case channels through dispatch()', () => {
  it('run a case from intake to a failed closing, with the transfer deadline on the case', async () => {
    const f = await caseFixture({ clockIso: '2026-09-01T02:00:00.000Z' });
    const writes: string[] = [];
    const created = await call<{ id: string; caseNumber: string; warnings: unknown[] }>(f, 'cases.create', intake(f, { receivedOn: '2026-09-01' }), writes);
    expect(created).toMatchObject({ caseNumber: '行化〔2026〕1号', warnings: [] });
    expect(writes).toEqual(['cases.create']);
    const id = created.id;
    let detail = await call<CaseDetail>(f, 'cases.get', { id });
    expect(detail.parties[0]!.idNumber).not.toBe(VALID_ID);
    expect((await call<CaseDetail>(f, 'cases.get', { id, revealIds: true })).parties[0]!.idNumber).toBe(VALID_ID);

    const log = async (code: string, stage: string, description: string) =>
      call<{ id: string }>(f, 'activities.create', { caseId: id, stepId: stepId(detail, code), stage, occurredAt: f.core.now(), participants: [{ kind: 'staff', name: '张协调' }], description });

    // The guard speaks both languages through the transport.
    const blocked = await fail(f, 'cases.advance', { id, toStage: 'pre' });
    expect(blocked).toMatchObject({
      code: 'CONFLICT',
      message: { 'zh-CN': '数据冲突：「审查受理」为必经步骤，尚未记录，不能进入下一阶段', en: expect.stringContaining('Required step "审查受理"') },
    });
    await log('acceptance_review', 'intake', '审查受理');
    detail = await call<CaseDetail>(f, 'cases.advance', { id, toStage: 'pre' });
    expect(detail).toMatchObject({ stage: 'pre', acceptedOn: '2026-09-01' });
    expect(detail.clocks).toMatchObject([{ kind: 'resolution', triggerOn: '2026-09-01', limitDays: 30, dueOn: '2026-10-08' }]);
    await log('investigate', 'pre', '实地调查走访');
    detail = await call<CaseDetail>(f, 'cases.advance', { id, toStage: 'during' });
    await log('meeting', 'during', '召开化解会，双方未达成一致');

    setToday(f, '2026-09-28');
    const noSummary = await fail(f, 'cases.close', { id, outcome: 'transferred_to_filing' });
    expect(noSummary.code).toBe('VALIDATION');
    expect(noSummary.fields?.map((x) => x.path)).toEqual(['summary']);
    const noOutcome = await fail(f, 'cases.close', { id, summary: '化解不成' });
    expect(noOutcome.fields?.map((x) => x.path)).toEqual(['outcome']);

    detail = await call<CaseDetail>(f, 'cases.close', { id, outcome: 'transferred_to_filing', summary: '双方分歧较大，化解不成', basis: '化解不成告知书' });
    expect(detail).toMatchObject({ stage: 'closed', status: 'closed', closedOn: '2026-09-28', outcome: 'transferred_to_filing' });
    expect(detail.clocks.find((c) => c.kind === 'transfer_to_filing')).toMatchObject({ triggerOn: '2026-09-28', limitDays: 5, dueOn: '2026-10-08', daysLeft: 10 });
    expect(detail.history.map((h) => h.kind)).toEqual(['create', 'advance', 'advance', 'close']);

    detail = await call<CaseDetail>(f, 'cases.reopen', { id, reason: '法院退回，继续化解' });
    expect(detail).toMatchObject({ stage: 'during', status: 'open', outcome: null });
    expect(detail.history.at(-1)).toMatchObject({ kind: 'reopen', reason: '法院退回，继续化解', operatorName: '张协调' });
  });

  it('field errors from the core reach the form with their paths, and nothing is written', async () => {
    const f = await caseFixture();
    const before = snapshot(f.core);
    const error = await fail(f, 'cases.create', intake(f, { parties: [{ role: 'applicant', kind: 'person', name: '王某', idType: 'resident_id', idNumber: BAD_ID }] }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message['zh-CN']).toBe('输入有误，请检查标出的字段。');
    expect(error.fields).toEqual([{ path: 'parties.0.idNumber', message: { 'zh-CN': expect.stringMatching(/身份证/), en: expect.stringMatching(/resident ID/) } }]);
    expect(snapshot(f.core)).toEqual(before);
    const unknown = await fail(f, 'cases.get', { id: 'nope' });
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('activities, attachments, the template, categories and the option lists answer within the contract', async () => {
    const dir = tempDir();
    const f = await caseFixture({ dir });
    const { id } = await call<{ id: string }>(f, 'cases.create', intake(f));
    const detail = await call<CaseDetail>(f, 'cases.get', { id });
    const { id: activityId } = await call<{ id: string }>(f, 'activities.create', {
      caseId: id, stepId: stepId(detail, 'acceptance_review'), stage: 'intake', occurredAt: '2026-11-27T10:30:00+08:00', description: '审查',
    });
    expect(await call(f, 'activities.update', { id: activityId, result: '受理' })).toEqual({ ok: true });
    const attachment = await call<{ id: string; sha256: string }>(f, 'attachments.add', {
      caseId: id, activityId, fileName: '申请书.txt', mimeType: 'text/plain', contentBase64: Buffer.from('申请书').toString('base64'),
    });
    expect(await call(f, 'attachments.open', { id: attachment.id })).toEqual({
      opened: false, fileName: '申请书.txt', dataUrl: `data:text/plain;base64,${Buffer.from('申请书').toString('base64')}`,
    });
    expect(await call(f, 'activities.delete', { id: activityId, reason: '重复录入' })).toEqual({ ok: true });

    const template = await call<{ version: number; steps: { code: string; stage: string; name: string; kind: string; required: boolean; timeLimitDays: number | null; retired: boolean }[] }>(f, 'workflow.current', {});
    expect(template.version).toBe(1);
    const saved = await call<{ version: number }>(f, 'workflow.save', {
      name: '新流程',
      steps: template.steps.map(({ code, stage, name, kind, required, timeLimitDays, retired }) => ({ code, stage, name, kind, required, timeLimitDays, retired })),
    });
    expect(saved.version).toBe(2);

    const categories = await call<{ id: string; name: string; active: boolean }[]>(f, 'categories.list', {});
    const renamed = await call<{ name: string }[]>(f, 'categories.save', { items: categories.map((c, i) => ({ id: c.id, name: i === 0 ? '征收补偿' : c.name, active: c.active })) });
    expect(renamed[0]!.name).toBe('征收补偿');
    expect(await call<unknown[]>(f, 'operators.list', {})).toEqual([{ id: f.operatorId, name: '张协调', role: 'administrator' }]);
    expect(await call<unknown[]>(f, 'agencies.options', {})).toHaveLength(4);
  });

  it('attachments need a data folder: an in-memory core answers CONFLICT', async () => {
    const f = await caseFixture();
    const { id } = await call<{ id: string }>(f, 'cases.create', intake(f));
    const error = await fail(f, 'attachments.add', { caseId: id, activityId: null, fileName: 'a.txt', contentBase64: 'YWJj' });
    expect(error).toMatchObject({ code: 'CONFLICT', message: { 'zh-CN': expect.stringContaining('数据文件夹'), en: expect.stringContaining('no data folder') } });
  });
});
