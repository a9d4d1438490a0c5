import { beforeAll, describe, expect, it } from 'vitest';
import { caseFlowchartSvg, svgToPng, templateFlowchartSvg } from '../../../electron/core/flowcharts';
import { measuredAdvances, outlineText, renderedWidth } from '../../../electron/core/flowcharts/glyph-outlines';
import { textWidth } from '../../../electron/core/flowcharts/text-measure';
import { flowchartFixture, type FlowchartFixture } from './case-fixture';
import { inkIn, pngPixels, pngSize, readNodes, svgSize, textRect, type SvgText } from './svg-read';

let f: FlowchartFixture;
let template: string;
let theCase: string;

beforeAll(async () => {
  f = await flowchartFixture();
  template = await templateFlowchartSvg(f.core);
  theCase = await caseFlowchartSvg(f.core, f.closedId);
}, 60_000);

function allTexts(svg: string): SvgText[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    text: m[2]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    x: Number(/\sx="([^"]*)"/.exec(m[1]!)![1]),
    y: Number(/\sy="([^"]*)"/.exec(m[1]!)![1]),
    size: Number(/font-size="([^"]*)"/.exec(m[1]!)![1]),
    anchor: /text-anchor="([^"]*)"/.exec(m[1]!)?.[1] ?? 'start',
    classes: (/class="([^"]*)"/.exec(m[1]!)?.[1] ?? '').split(' '),
  }));
}

const scaled = (r: { x: number; y: number; width: number; height: number }, k: number) => ({ x: r.x * k, y: r.y * k, width: r.width * k, height: r.height * k });

describe('PNG', () => {
  it('is twice the size of the SVG (IHDR width and height)', () => {
    for (const svg of [template, theCase]) {
      const { width, height } = svgSize(svg);
      expect(pngSize(svgToPng(svg))).toEqual({ width: width * 2, height: height * 2 });
      expect(pngSize(svgToPng(svg, 1))).toEqual({ width, height });
    }
  }, 60_000);

  it('draws the Chinese text: ink where every line of the heading and the steps stands, none in the margin', () => {
    const image = pngPixels(svgToPng(template));
    const { height } = svgSize(template);
    const texts = allTexts(template);
    expect(texts.length).toBeGreaterThan(30);
    for (const t of texts) {
      // A line's measured rectangle, at 2×, holds a fair share of dark pixels once drawn.
      const r = scaled(textRect(t), 2);
      expect(inkIn(image, r), `"${t.text}"`).toBeGreaterThan(r.height * 0.6 * [...t.text].length);
    }
    expect(inkIn(image, { x: 0, y: 0, width: 30, height: height * 2 })).toBe(0);
  }, 60_000);

  it('turns every text line into outlines, so resvg needs no font file for the chart', () => {
    const outlined = outlineText(theCase);
    expect(outlined.textLeft).toBe(false);
    expect(outlined.svg).not.toContain('<text');
    // One <use> per visible character of the chart.
    const visible = allTexts(theCase).reduce((n, t) => n + [...t.text].filter((c) => c !== ' ').length, 0);
    expect((outlined.svg.match(/<use /g) ?? []).length).toBe(visible);
  }, 60_000);

  it('never measures a line narrower than the machine’s CJK font draws it (1 em Chinese, 0.6 em ASCII)', () => {
    for (const t of [...allTexts(template), ...allTexts(theCase)]) {
      const real = renderedWidth(t.text, t.size, t.classes.includes('bold'));
      expect(real, `"${t.text}"`).toBeGreaterThan(0);
      expect(real, `"${t.text}"`).toBeLessThanOrEqual(textWidth(t.text, t.size) + 0.01);
    }
    // Ideographs, CJK punctuation and full-width forms are exactly 1 em (the outline cache relies on it).
    for (const advance of measuredAdvances('流程图转立案、。（）：，？〔〕「」')) expect(advance).toBeCloseTo(1000, 0);
    for (const advance of measuredAdvances('达成协议？', true)) expect(advance).toBeCloseTo(1000, 0);
    expect(renderedWidth('2026-10-17', 10)).toBeLessThan(textWidth('2026-10-17', 10));
  }, 60_000);

  it('draws an SVG written elsewhere (plain <text>) with the machine’s fonts', () => {
    const other = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text y="40" x="10" style="font-size:24px">结案报告</text></svg>';
    const image = pngPixels(svgToPng(other));
    expect(image.width).toBe(400);
    expect(inkIn(image, { x: 20, y: 20, width: 200, height: 70 })).toBeGreaterThan(500);
  }, 60_000);

  it('keeps the overdue colour in the picture', () => {
    const image = pngPixels(svgToPng(theCase));
    const late = readNodes(theCase).find((n) => n.classes.includes('late'))!;
    // Sample inside the box, left of its text: the pale red fill (#fdecea).
    const x = Math.round((late.box.x + 4) * 2);
    const y = Math.round((late.box.y + late.box.height - 4) * 2);
    const i = (y * image.width + x) * 4;
    expect([image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]]).toEqual([0xfd, 0xec, 0xea]);
  }, 60_000);
});
