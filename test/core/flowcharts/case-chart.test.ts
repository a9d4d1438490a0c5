import { beforeAll, describe, expect, it } from 'vitest';
import { caseFlowchartSvg } from '../../../electron/core/flowcharts';
import { COLOURS } from '../../../electron/core/flowcharts/chart-style';
import { flowchartFixture, type FlowchartFixture } from './case-fixture';
import { checkWellFormed, overlaps, readEdges, readGroups, readNodes, textInside, textRect, type SvgNode } from './svg-read';

let f: FlowchartFixture;
let closed: string;
let nodes: SvgNode[];

beforeAll(async () => {
  f = await flowchartFixture();
  closed = await caseFlowchartSvg(f.core, f.closedId);
  nodes = readNodes(closed);
}, 60_000);

const legend = (svg: string) => [.../<g class="legend">([\s\S]*?)<\/g><\/g>/.exec(svg)![1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const node = (id: string) => nodes.find((n) => n.id === id)!;
const lines = (n: SvgNode) => n.texts.map((t) => t.text);

/** The fill the stylesheet gives a class's shapes. */
function fillOf(svg: string, cls: string): string | undefined {
  return new RegExp(`\\.${cls} \\.shape \\{ fill: (#[0-9a-f]{6});`).exec(svg)?.[1];
}

describe("a case's own path", () => {
  it('shows the steps it went through, in order, each in its stage, ending in the outcome', () => {
    checkWellFormed(closed);
    const chain = readEdges(closed);
    // One chain from the registration to the outcome, in the order the work was done.
    const order = [chain[0]!.from, ...chain.map((e) => e.to)];
    expect(order.filter((id) => id.startsWith('step:'))).toEqual([
      'step:register',
      'step:acceptance_review',
      'step:investigate',
      'step:analyse',
      'step:meeting',
      'step:follow_up_visit',
    ]);
    expect(order.at(-1)).toBe('outcome');
    expect(new Set(order).size).toBe(nodes.length);
    // Steps not worked on are not drawn; the closing step is what the outcome says.
    expect(nodes.map((n) => n.id)).not.toContain('step:plan');
    expect(nodes.map((n) => n.id)).not.toContain('step:close');
    const groups = readGroups(closed);
    expect(groups.map((g) => g.label)).toEqual(['受理（2026-09-01起）', '化解前（2026-09-02起）', '化解中（2026-10-09起）', '化解后（2026-10-15起）', '结案（2026-10-17起）']);
  });

  it('gives each step its dates, the agencies whose staff took part and its latest activities', () => {
    expect(lines(node('step:investigate'))).toEqual([
      '调查了解',
      '2026-09-03 · 共1项',
      expect.stringMatching(/^时限7日，应于2026-09-\d\d前 · 按期$/),
      '参与单位：秦皇岛市自然资源和规划局',
      '09-03 赴被征收房屋现场查看，向王某了解情况',
    ]);
    // Five sessions: the last three are listed, the two before are counted.
    expect(lines(node('step:meeting'))).toEqual([
      '召开化解会、协调会',
      '2026-10-09 至 10-13 · 共5项',
      '…另有2项较早的记录',
      '10-11 第11日化解会，双方就补偿数额协商',
      '10-12 第12日化解会，双方就补偿数额协商',
      '10-13 第13日化解会，双方就补偿数额协商',
    ]);
  });

  it('colours a step done after its time limit as overdue and one done in time as on time', () => {
    const analyse = node('step:analyse');
    expect(analyse.classes).toContain('late');
    expect(lines(analyse)[2]).toMatch(/^时限5日，应于2026-09-\d\d前 · 超期$/);
    expect(analyse.texts[2]!.classes).toContain('late-text');
    expect(node('step:investigate').classes).toContain('ontime');
    expect(node('step:acceptance_review').classes).toContain('ontime');
    // No limit, no colour for it.
    expect(node('step:meeting').classes).toContain('nolimit');
    expect(fillOf(closed, 'late')).toBe(COLOURS.lateFill);
    expect(fillOf(closed, 'ontime')).toBe(COLOURS.ontimeFill);
    expect(COLOURS.lateFill).not.toBe(COLOURS.ontimeFill);
  });

  it('marks the suspension and the extension of the resolution clock where they happened', () => {
    const suspension = nodes.find((n) => n.classes.includes('suspension'))!;
    expect(lines(suspension)).toEqual(['中止：化解期限', '2026-09-21 至 2026-10-08', '理由：等待房屋价值评估结果<鉴定>']);
    const extension = nodes.find((n) => n.classes.includes('extension'))!;
    expect(lines(extension)).toEqual(['延长：化解期限 10日', '2026-10-14 起', '理由：经双方同意延长']);
    const edges = readEdges(closed);
    expect(edges.find((e) => e.from === 'step:analyse')!.to).toBe(suspension.id);
    expect(edges.find((e) => e.from === 'step:meeting')!.to).toBe(extension.id);
    // In the stage the case was in on those days.
    const groups = new Map(readGroups(closed).map((g) => [g.id, g.box]));
    const within = (n: SvgNode, g: string) => n.box.y > groups.get(g)!.y && n.box.y < groups.get(g)!.y + groups.get(g)!.height;
    expect(within(suspension, 'stage:pre')).toBe(true);
    expect(within(extension, 'stage:during')).toBe(true);
    expect(fillOf(closed, 'suspension')).toBe(COLOURS.suspensionFill);
  });

  it('ends with the outcome, its date and how the clocks fared', () => {
    const outcome = node('outcome');
    expect(outcome.classes).toEqual(expect.arrayContaining(['terminal', 'outcome', 'resolved']));
    expect(lines(outcome)).toEqual([
      '结案 2026-10-17',
      '化解成功：达成和解协议',
      '双方达成和解协议，被申请人补偿王某18万元',
      expect.stringMatching(/^化解期限30日，至2026-\d\d-\d\d：按期$/),
      expect.stringMatching(/^回访期限30日，至2026-\d\d-\d\d：按期$/),
    ]);
  });

  it('for an open case: the overdue step nobody did is drawn as an overdue gap, and the path ends at the current stage', async () => {
    const svg = await caseFlowchartSvg(f.core, f.openId);
    checkWellFormed(svg);
    const open = readNodes(svg);
    const missing = open.find((n) => n.id === 'step:investigate')!;
    expect(missing.classes).toEqual(expect.arrayContaining(['late', 'missing']));
    expect(missing.texts.map((t) => t.text)).toEqual(['调查了解', expect.stringMatching(/^未办理 · 应于2026-11-\d\d前 · 已超期$/)]);
    const current = open.find((n) => n.id === 'current')!;
    expect(current.texts.map((t) => t.text)).toEqual([
      '当前：化解前',
      '办理中 · 截至2026-11-27',
      expect.stringMatching(/^化解期限30日，至2026-12-\d\d：剩余\d+日$/),
    ]);
    expect(readEdges(svg).at(-1)!.to).toBe('current');
    // Where the path stands: inside the stage the case is in.
    const pre = readGroups(svg).find((g) => g.id === 'stage:pre')!.box;
    expect(current.box.y > pre.y && current.box.y + current.box.height < pre.y + pre.height).toBe(true);
    // The key names only what the chart shows.
    expect(legend(svg)).toEqual(['按期办理', '超期', '无时限', '当前进度']);
    expect(legend(closed)).toEqual(['按期办理', '超期', '无时限', '中止', '延长', '化解结果']);
  });

  it('keeps boxes apart and text inside them; each stage fits its boxes and its label, with no empty band', async () => {
    for (const svg of [closed, await caseFlowchartSvg(f.core, f.openId)]) {
      const all = readNodes(svg);
      for (let i = 0; i < all.length; i += 1) {
        for (let j = i + 1; j < all.length; j += 1) expect(overlaps(all[i]!.box, all[j]!.box), `${all[i]!.id} / ${all[j]!.id}`).toBe(false);
        for (const t of all[i]!.texts) expect(textInside(all[i]!, t), `"${t.text}" leaves ${all[i]!.id}`).toBe(true);
      }
      for (const g of readGroups(svg)) {
        const inside = all.filter((n) => n.box.y > g.box.y && n.box.y < g.box.y + g.box.height);
        expect(inside.length).toBeGreaterThan(0);
        // 14 px of padding under the last box, as under every other.
        expect(g.box.y + g.box.height - Math.max(...inside.map((n) => n.box.y + n.box.height))).toBeCloseTo(14, 0);
        const label = textRect({ ...g.labelText });
        expect(label.x + label.width).toBeLessThanOrEqual(g.box.x + g.box.width);
      }
    }
  });

  it('applies the redaction to every text taken from the case', async () => {
    const svg = await caseFlowchartSvg(f.core, f.closedId, { redact: (t) => t.replaceAll('王某', '王*') });
    expect(svg).not.toContain('王某');
    expect(svg).toContain('王*诉市自然资源和规划局');
    expect(svg).toContain('向王*了解情况');
  });
});
