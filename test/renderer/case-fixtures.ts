import type { Input } from '../../electron/contract/channels';
import type { Stage } from '../../electron/contract/schemas/common';
import type { Core } from '../../electron/core/core';
import { loadDemoData } from '../../electron/core/demo/load-demo';
import { defaultOperator } from '../../electron/core/services/setup';
import type { Client } from '../../renderer/src/client/client';
import { setUpCore } from '../core/helpers/core';

/** A set-up center with the demo data set (agencies, categories, ~40 cases in every stage). */
export async function demoCore(): Promise<Core> {
  const { core } = await setUpCore();
  loadDemoData(core, defaultOperator(core)!);
  return core;
}

/** A GB 11643 number with a correct check character (the standard's own example). */
export const GOOD_RESIDENT_ID = '11010519491231002X';
/** The same number with a wrong check character. */
export const BAD_RESIDENT_ID = '110105194912310021';

/** Registers a case through the real handler (as the form would), with the first category and agency. */
export async function registerCase(client: Client, overrides: Partial<Input<'cases.create'>> = {}) {
  const [category] = await client.call('categories.list');
  const [agency] = await client.call('agencies.options');
  return client.call('cases.create', {
    title: '测试案件：王某诉某区住建局房屋征收补偿',
    source: 'party_application',
    categoryId: category!.id,
    mediabilityFlags: ['compensation'],
    complexity: 'simple',
    receivedOn: '2026-11-20',
    parties: [{ kind: 'person', name: '王测试', idType: 'resident_id', idNumber: GOOD_RESIDENT_ID }],
    agencies: [{ agencyId: agency!.id, role: 'respondent' }],
    ...overrides,
  });
}

/** Logs one activity against every required step of the case's current stage. */
export async function completeStage(client: Client, caseId: string): Promise<void> {
  const detail = await client.call('cases.get', { id: caseId });
  for (const step of detail.steps.filter((s) => s.stage === detail.stage && s.required && s.status !== 'done')) {
    await client.call('activities.create', {
      caseId,
      stepId: step.stepId,
      stage: step.stage,
      occurredAt: '2026-11-26T02:00:00.000Z',
      description: `完成${step.name}`,
    });
  }
}

/** Walks a case forward stage by stage, logging the required steps on the way. */
export async function advanceTo(client: Client, caseId: string, target: Stage): Promise<void> {
  const order: Stage[] = ['intake', 'pre', 'during', 'post'];
  for (;;) {
    const { stage } = await client.call('cases.get', { id: caseId });
    if (stage === target) return;
    const next = order[order.indexOf(stage) + 1];
    if (!next || next === 'closed') throw new Error(`cannot advance from ${stage} to ${target}`);
    await completeStage(client, caseId);
    await client.call('cases.advance', { id: caseId, toStage: next as Exclude<Stage, 'closed'> });
  }
}
