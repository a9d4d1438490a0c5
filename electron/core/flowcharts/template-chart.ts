import type { WorkflowTemplate } from '../../contract/schemas/cases';
import type { Stage } from '../db/schema';
import { STAGE_LABEL } from '../cases/messages';
import { STAGE_ORDER } from '../cases/stage-machine';
import { BOX_TEXT_WIDTH, FONT, type ChartEdge, type ChartModel, type ChartNode } from './chart-model';
import { wrapText } from './text-measure';

/**
 * The published workflow (工作流程图) drawn from a template: each stage a labelled group, its
 * steps as boxes in template order (required solid, optional dashed, the time limit under the
 * name), the decision 达成协议？ after the mid-resolution steps, 是 on to post-resolution and
 * closing, 否 to transfer to court filing within 5 days. Retired steps are not drawn.
 */

export const DECISION_ID = 'decision:agreement';
export const TRANSFER_ID = 'end:transfer';
export const DECISION_TEXT = '达成协议？';
export const TRANSFER_TEXT = '转立案';
export const TRANSFER_EDGE_LABEL = '否 · 5日内转立案';

export function stepNodeId(code: string): string {
  return `step:${code}`;
}

export function stageGroupId(stage: Stage): string {
  return `stage:${stage}`;
}

/** 必经 · ≤5日, 可选, …: what the border says, in words, for a grey printout. */
export function stepNote(required: boolean, timeLimitDays: number | null): string {
  return [required ? '必经' : '可选', timeLimitDays !== null ? `≤${timeLimitDays}日` : null].filter(Boolean).join(' · ');
}

export function templateChartModel(template: WorkflowTemplate, centerName: string | null): ChartModel {
  const rank = (s: Stage) => STAGE_ORDER.indexOf(s);
  const steps = template.steps
    .filter((s) => !s.retired)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s.stage) - rank(b.s.stage) || a.s.sort - b.s.sort || a.i - b.i)
    .map(({ s }) => s);

  const nodes: ChartNode[] = [];
  const edges: ChartEdge[] = [];
  const link = (from: string, to: string, extra: Partial<ChartEdge> = {}) =>
    edges.push({ id: `edge:${edges.length + 1}`, from, to, ...extra });

  const lastDuring = steps.findLastIndex((s) => s.stage === 'during');
  let previous: string | null = null;
  steps.forEach((step, i) => {
    const id = stepNodeId(step.code);
    nodes.push({
      id,
      shape: 'box',
      classes: ['step', step.required ? 'required' : 'optional', ...(step.stage === 'closed' ? ['closing'] : [])],
      lines: [
        ...wrapText(step.name, BOX_TEXT_WIDTH.template, FONT.name).map((text) => ({ text, size: FONT.name, bold: true })),
        { text: stepNote(step.required, step.timeLimitDays), size: FONT.detail, tone: 'muted' },
      ],
      group: stageGroupId(step.stage),
      align: 'middle',
    });
    if (previous) {
      // After the mid-resolution steps the path forks at the decision: 是 goes on to the next step.
      if (i - 1 === lastDuring) link(DECISION_ID, id, { label: '是', fromSide: 'south' });
      else link(previous, id);
    }
    if (i === lastDuring) {
      nodes.push({ id: DECISION_ID, shape: 'decision', classes: ['decision'], lines: [{ text: DECISION_TEXT, size: FONT.name, bold: true }], group: null, align: 'middle' });
      link(id, DECISION_ID);
      nodes.push({
        id: TRANSFER_ID,
        shape: 'terminal',
        classes: ['end', 'transfer'],
        lines: [
          { text: TRANSFER_TEXT, size: FONT.name, bold: true },
          { text: '移送法院立案', size: FONT.detail, tone: 'muted' },
        ],
        group: null,
        align: 'middle',
      });
      link(DECISION_ID, TRANSFER_ID, { label: TRANSFER_EDGE_LABEL, fromSide: 'east' });
    }
    previous = id;
  });

  const version = template.version > 0 ? `第${template.version}版` : '默认流程';
  return {
    title: `${centerName ?? '行政争议化解中心'}工作流程图`,
    heading: [
      { text: `${centerName ?? '行政争议化解中心'}工作流程图`, size: FONT.heading, bold: true },
      { text: `${template.name}（${version}）`, size: FONT.subheading, tone: 'muted' },
    ],
    groups: STAGE_ORDER.map((stage) => ({ id: stageGroupId(stage), label: STAGE_LABEL[stage]['zh-CN'] })),
    nodes,
    edges,
    uniformBoxWidth: true,
    legend: [
      { shape: 'box', classes: ['step', 'required'], label: '必经步骤' },
      { shape: 'box', classes: ['step', 'optional'], label: '可选步骤' },
      { shape: 'decision', classes: ['decision'], label: '判断' },
      { shape: 'terminal', classes: ['end'], label: '结束' },
    ],
  };
}
