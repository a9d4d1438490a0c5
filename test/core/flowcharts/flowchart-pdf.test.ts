import { describe, expect, it } from 'vitest';
import type { ChartModel, ChartNode } from '../../../electron/core/flowcharts/chart-model';
import { drawChart, templateChart } from '../../../electron/core/flowcharts/charts';
import { ONE_SHEET, READABLE_PAGES, flowchartPrint } from '../../../electron/core/flowcharts/flowchart-pdf';
import { templateFlowchartSvg } from '../../../electron/core/flowcharts';
import { setUpCore } from '../helpers/core';
import { checkWellFormed, readGroups, readNodes } from './svg-read';

/** A long path: four stages of seven three-line boxes each. */
function longModel(): ChartModel {
  const nodes: ChartNode[] = [];
  for (const stage of ['intake', 'pre', 'during', 'post']) {
    for (let i = 0; i < 7; i += 1) {
      nodes.push({
        id: `${stage}:${i}`,
        shape: 'box',
        classes: ['step'],
        lines: [
          { text: `步骤${i + 1}`, size: 14, bold: true },
          { text: '2026-10-09 至 10-13 · 共5项', size: 12 },
          { text: '10-13 第13日化解会，双方就补偿数额协商', size: 12 },
        ],
        group: `stage:${stage}`,
        align: 'start',
      });
    }
  }
  return {
    title: '长流程',
    heading: [{ text: '长流程', size: 20, bold: true }],
    groups: ['intake', 'pre', 'during', 'post'].map((s) => ({ id: `stage:${s}`, label: s })),
    nodes,
    edges: nodes.slice(1).map((n, i) => ({ id: `e${i}`, from: nodes[i]!.id, to: n.id })),
    legend: [{ shape: 'box', classes: ['step'], label: '步骤' }],
  };
}

/** The viewBox band of each page's SVG. */
function pages(html: string): [number, number][] {
  return [...html.matchAll(/<div class="page"><svg[^>]*viewBox="0 ([\d.]+) [\d.]+ ([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[1]) + Number(m[2])]);
}

describe('the PDF page', () => {
  it('prints the workflow chart on one portrait A4 page, however long the template', async () => {
    const { core } = await setUpCore();
    const chart = await templateChart(core);
    expect(chart.svg).toBe(await templateFlowchartSvg(core));
    const page = flowchartPrint(chart.svg, chart.layout, ONE_SHEET);
    expect(page.options.landscape).toBe(false);
    expect(page.options.marginsMm).toEqual({ top: 12, right: 12, bottom: 12, left: 12 });
    expect(pages(page.html)).toEqual([[0, chart.layout.height]]);
    expect(page.html).toContain('@page { size: A4 portrait; }');
    expect(page.html).toContain('<title>秦皇岛市行政争议化解中心工作流程图</title>');
  });

  it('runs a long path over pages at full size, never cutting through a box or a stage label, preferring the gaps between stages', async () => {
    const chart = await drawChart(longModel());
    // Printed as one sheet it would be shrunk a lot; as a case path it keeps its size over pages.
    expect(pages(flowchartPrint(chart.svg, chart.layout, ONE_SHEET).html)).toHaveLength(1);
    const page = flowchartPrint(chart.svg, chart.layout, READABLE_PAGES);
    const bands = pages(page.html);
    expect(bands.length).toBeGreaterThan(2);
    // Contiguous, from top to bottom, each no taller than the page (273 mm at 96 px/in, less 3 mm).
    expect(bands[0]![0]).toBe(0);
    expect(bands.at(-1)![1]).toBeCloseTo(chart.layout.height, 1);
    const pageUnits = (297 - 24 - 3) / (25.4 / 96);
    for (let i = 0; i < bands.length; i += 1) {
      if (i > 0) expect(bands[i]![0]).toBeCloseTo(bands[i - 1]![1], 5);
      expect(bands[i]![1] - bands[i]![0]).toBeLessThanOrEqual(pageUnits + 0.01);
    }
    const cuts = bands.slice(1).map((b) => b[0]);
    const svgNodes = readNodes(chart.svg);
    const groups = readGroups(chart.svg);
    for (const y of cuts) {
      for (const n of svgNodes) expect(y <= n.box.y || y >= n.box.y + n.box.height, `cut at ${y} through ${n.id}`).toBe(true);
      for (const g of groups) expect(y <= g.box.y || y >= g.box.y + 30, `cut at ${y} through the label of ${g.id}`).toBe(true);
    }
    // A stage starts a page when the page before has room to stop at its end.
    expect(cuts.some((y) => groups.some((g) => Math.abs(g.box.y - y) < 30))).toBe(true);
    // Each page is the whole drawing looked at through its own viewBox.
    for (const svg of page.html.match(/<svg\b[\s\S]*?<\/svg>/g)!) checkWellFormed(svg);
  });
});
