import { describe, expect, it } from 'vitest';
import { templateFlowchartSvg } from '../../../electron/core/flowcharts';
import { currentTemplate, saveTemplate } from '../../../electron/core/workflow/template-service';
import { actorOf } from '../../../electron/core/services/operators';
import { defaultOperator } from '../../../electron/core/services/setup';
import { FONT_FAMILY } from '../../../electron/core/flowcharts/chart-style';
import type { Core } from '../../../electron/core/core';
import { setUpCore } from '../helpers/core';
import { checkWellFormed, overlaps, readEdges, readGroups, readNodes, svgSize, textInside } from './svg-read';

const STAGE_ORDER = ['intake', 'pre', 'during', 'post', 'closed'];

/** The transitions the chart must show, worked out from the template itself. */
function expectedTransitions(core: Core): [string, string, string | null][] {
  const steps = currentTemplate(core)
    .steps.filter((s) => !s.retired)
    .sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) || a.sort - b.sort);
  const out: [string, string, string | null][] = [];
  const lastDuring = steps.findLastIndex((s) => s.stage === 'during');
  for (let i = 1; i < steps.length; i += 1) {
    if (i - 1 === lastDuring) {
      out.push([`step:${steps[i - 1]!.code}`, 'decision:agreement', null]);
      out.push(['decision:agreement', `step:${steps[i]!.code}`, '是']);
      out.push(['decision:agreement', 'end:transfer', '否 · 5日内转立案']);
    } else {
      out.push([`step:${steps[i - 1]!.code}`, `step:${steps[i]!.code}`, null]);
    }
  }
  return out;
}

function customTemplate(core: Core) {
  const actor = actorOf(defaultOperator(core));
  const base = currentTemplate(core).steps.map((s) => ({
    code: s.code,
    stage: s.stage,
    name: s.name,
    kind: s.kind,
    required: s.required,
    timeLimitDays: s.timeLimitDays,
    retired: s.code === 'explain_law',
  }));
  const at = base.findIndex((s) => s.code === 'plan') + 1;
  base.splice(at, 0, {
    stage: 'pre',
    name: '征询相关单位意见并形成书面材料<含附件>&「专家论证」"复核"',
    kind: 'review',
    required: true,
    timeLimitDays: 15,
    retired: false,
  } as (typeof base)[number]);
  saveTemplate(core, actor, { name: '本中心工作流程（2026年修订）', steps: base });
}

describe('the workflow flowchart (工作流程图)', () => {
  it('draws one box per active step, the decision and the transfer end, and one edge per transition', async () => {
    const { core } = await setUpCore();
    const svg = await templateFlowchartSvg(core);
    const nodes = readNodes(svg);
    const steps = currentTemplate(core).steps.filter((s) => !s.retired);
    expect(nodes.filter((n) => n.classes.includes('step')).map((n) => n.id).sort()).toEqual(steps.map((s) => `step:${s.code}`).sort());
    expect(nodes.map((n) => n.id)).toContain('decision:agreement');
    expect(nodes.map((n) => n.id)).toContain('end:transfer');
    expect(nodes).toHaveLength(steps.length + 2);

    const edges = readEdges(svg).map((e) => [e.from, e.to, e.label]);
    expect(edges.sort()).toEqual(expectedTransitions(core).sort());
    // Stages as labelled groups, in stage order from top to bottom.
    const groups = readGroups(svg);
    expect(groups.map((g) => g.label)).toEqual(['受理', '化解前', '化解中', '化解后', '结案']);
    expect(groups.map((g) => g.box.y)).toEqual([...groups.map((g) => g.box.y)].sort((a, b) => a - b));
  });

  it('shows required steps solid and optional ones dashed with their time limits; the diamond asks 达成协议？', async () => {
    const { core } = await setUpCore();
    const svg = await templateFlowchartSvg(core);
    const byId = new Map(readNodes(svg).map((n) => [n.id, n]));
    const investigate = byId.get('step:investigate')!;
    expect(investigate.classes).toContain('required');
    expect(investigate.texts.map((t) => t.text)).toEqual(['调查了解', '必经 · ≤7日']);
    const analyse = byId.get('step:analyse')!;
    expect(analyse.classes).toContain('optional');
    expect(analyse.texts.map((t) => t.text)).toEqual(['分析研判', '可选 · ≤5日']);
    expect(byId.get('step:meeting')!.texts.map((t) => t.text)).toEqual(['召开化解会、协调会', '必经']);
    // The stylesheet makes the difference visible: optional boxes dashed, required ones not.
    expect(svg).toMatch(/\.optional \.shape \{ stroke-dasharray: 6 4; \}/);
    expect(svg).not.toMatch(/\.required \.shape \{[^}]*dasharray/);

    const decision = byId.get('decision:agreement')!;
    expect(decision.shape).toBe('polygon');
    expect(decision.points).toHaveLength(4);
    expect(decision.texts.map((t) => t.text)).toEqual(['达成协议？']);
    expect(byId.get('end:transfer')!.texts[0]!.text).toBe('转立案');
    // The decision sits below the last mid-resolution step and above the first post-resolution one.
    expect(decision.box.y).toBeGreaterThan(byId.get('step:proposal')!.box.y);
    expect(decision.box.y).toBeLessThan(byId.get('step:follow_up_visit')!.box.y);
  });

  it('is a self-contained SVG: size, viewBox, title, embedded style with the Chinese fonts, nothing external', async () => {
    const { core } = await setUpCore();
    const svg = await templateFlowchartSvg(core);
    checkWellFormed(svg);
    const size = svgSize(svg);
    expect(size.width).toBeGreaterThan(200);
    expect(size.height).toBeGreaterThan(size.width);
    expect(size.viewBox).toEqual([0, 0, size.width, size.height]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title>秦皇岛市行政争议化解中心工作流程图</title>');
    expect(svg).toContain(`font-family: ${FONT_FAMILY};`);
    expect(FONT_FAMILY).toBe('"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif');
    expect(svg).not.toMatch(/href|url\(|@import|<image|<script|<foreignObject/i);
  });

  it('follows the saved template: a retired step disappears, a new one takes its place in order, odd names stay escaped and wrapped', async () => {
    const { core } = await setUpCore();
    customTemplate(core);
    const svg = await templateFlowchartSvg(core);
    checkWellFormed(svg);
    const nodes = readNodes(svg);
    expect(nodes.map((n) => n.id)).not.toContain('step:explain_law');
    const added = nodes.find((n) => n.texts.some((t) => t.text.includes('征询')))!;
    expect(added.classes).toContain('required');
    // Too long for one line: wrapped, nothing lost, the markup characters escaped in the file.
    const nameLines = added.texts.slice(0, -1).map((t) => t.text);
    expect(nameLines.length).toBeGreaterThan(1);
    expect(nameLines.join('')).toBe('征询相关单位意见并形成书面材料<含附件>&「专家论证」"复核"');
    expect(added.texts.at(-1)!.text).toBe('必经 · ≤15日');
    expect(svg).toContain('&lt;含附件&gt;&amp;');
    expect(readEdges(svg).map((e) => [e.from, e.to, e.label]).sort()).toEqual(expectedTransitions(core).sort());
    expect(svg).toContain('本中心工作流程（2026年修订）（第1版）');
  });

  it('places no box over another and keeps every line of text inside its shape', async () => {
    const { core } = await setUpCore();
    customTemplate(core);
    const svg = await templateFlowchartSvg(core);
    const nodes = readNodes(svg);
    for (let i = 0; i < nodes.length; i += 1) {
      for (let j = i + 1; j < nodes.length; j += 1) {
        expect(overlaps(nodes[i]!.box, nodes[j]!.box), `${nodes[i]!.id} overlaps ${nodes[j]!.id}`).toBe(false);
      }
      for (const t of nodes[i]!.texts) expect(textInside(nodes[i]!, t), `"${t.text}" leaves ${nodes[i]!.id}`).toBe(true);
    }
    // Each step box sits inside its stage's group.
    const groups = new Map(readGroups(svg).map((g) => [g.id, g.box]));
    for (const s of currentTemplate(core).steps.filter((x) => !x.retired)) {
      const box = nodes.find((n) => n.id === `step:${s.code}`)!.box;
      const group = groups.get(`stage:${s.stage}`)!;
      expect(box.x >= group.x && box.y >= group.y && box.x + box.width <= group.x + group.width && box.y + box.height <= group.y + group.height).toBe(true);
    }
    // No empty band at the bottom of a stage: 14 px under its last box, as everywhere.
    for (const g of readGroups(svg)) {
      const bottoms = nodes.filter((n) => n.box.y > g.box.y && n.box.y < g.box.y + g.box.height).map((n) => n.box.y + n.box.height);
      expect(g.box.y + g.box.height - Math.max(...bottoms)).toBeCloseTo(14, 0);
    }
  });
});
