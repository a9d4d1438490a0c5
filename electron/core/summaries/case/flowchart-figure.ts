import type { Core } from '../../core';
import { caseFlowchartSvg, svgToPng } from '../../flowcharts';

/**
 * The case's flowchart as figures of the summary. A case's path is a tall, narrow chart (a 12-step
 * case is about 500 × 1800 px): shrunk onto one page its 12 px labels would be 1.3 mm high, so it
 * is printed at its natural size (96 px to the inch, labels about 9 pt; narrower only when it is
 * wider than the 156 mm text block) and cut into page-high slices. Cuts fall between the stage
 * groups where one fits on the page, else between boxes, so no box or label is cut in two. Each
 * slice is the same SVG with a cropped viewBox (inlined in the PDF) and its own 2× PNG (the DOCX).
 */

export interface FigureSlice {
  svg: string;
  png: Uint8Array;
  widthMm: number;
  heightMm: number;
}

export const TEXT_WIDTH_MM = 156;
/** 225 mm of text block less a heading line and some room, so a slice and its heading share a page. */
export const MAX_SLICE_HEIGHT_MM = 200;
const MM_PER_PX = 25.4 / 96;

/** The drawing's size in its own units: the viewBox, else width and height. */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!tag) throw new Error('not an SVG document: no <svg> element');
  const viewBox = /\sviewBox\s*=\s*"([^"]*)"/.exec(tag)?.[1]?.trim().split(/[\s,]+/).map(Number);
  if (viewBox?.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0) return { width: viewBox[2]!, height: viewBox[3]! };
  const width = Number.parseFloat(/\swidth\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '');
  const height = Number.parseFloat(/\sheight\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '');
  if (width > 0 && height > 0) return { width, height };
  throw new Error('the SVG has neither a viewBox nor a width and height');
}

/** Millimetres per drawing unit: natural size, or less for a chart wider than the text block. */
export function figureScale(width: number): number {
  return Math.min(MM_PER_PX, TEXT_WIDTH_MM / width);
}

type Range = [number, number];

const num = (s: string | undefined) => Number.parseFloat(s ?? '');

/**
 * Vertical extents that must not be cut: every box, diamond and pill (`class="shape"`) and every
 * label; and, separately, the stage groups, which a cut should rather go between.
 */
export function verticalExtents(svg: string): { solid: Range[]; groups: Range[] } {
  const solid: Range[] = [];
  for (const m of svg.matchAll(/<rect class="shape"[^>]*?\sy="([\d.-]+)"[^>]*?\sheight="([\d.]+)"/g)) solid.push([num(m[1]), num(m[1]) + num(m[2])]);
  for (const m of svg.matchAll(/<polygon class="shape" points="([^"]*)"/g)) {
    const ys = m[1]!.trim().split(/\s+/).map((p) => num(p.split(',')[1]));
    solid.push([Math.min(...ys), Math.max(...ys)]);
  }
  for (const m of svg.matchAll(/<text\b[^>]*?\sy="([\d.-]+)"[^>]*?\sfont-size="([\d.]+)"/g)) {
    const y = num(m[1]);
    const size = num(m[2]);
    solid.push([y - size, y + size * 0.35]);
  }
  const groups: Range[] = [];
  for (const m of svg.matchAll(/<g class="group"[^>]*><rect[^>]*?\sy="([\d.-]+)"[^>]*?\sheight="([\d.]+)"/g)) groups.push([num(m[1]), num(m[1]) + num(m[2])]);
  return { solid, groups };
}

const inside = (y: number, ranges: readonly Range[]) => ranges.some(([a, b]) => y > a && y < b);

/**
 * Where to cut a drawing of `height` units into slices of at most `maxUnits`: in each stretch, the
 * lowest free line outside every group if any, else the lowest free line; the cut sits in the
 * middle of that free gap (or at the limit, if that comes first). A stretch with no free line in
 * its lower three quarters (one box taller than a page) is cut at its limit.
 */
export function sliceRanges(height: number, maxUnits: number, extents: { solid: Range[]; groups: Range[] }): Range[] {
  const slices: Range[] = [];
  let start = 0;
  while (height - start > maxUnits) {
    const limit = start + maxUnits;
    const free = (y: number) => !inside(y, extents.solid);
    let cut = -1;
    for (const avoidGroups of [true, false]) {
      const open = (y: number) => free(y) && (!avoidGroups || !inside(y, extents.groups));
      for (let y = Math.floor(limit); y > start + maxUnits / 4 && cut < 0; y -= 1) {
        if (!open(y)) continue;
        // The middle of this free gap, not its edge hard against the next box.
        let top = y;
        while (top > start && open(top - 1)) top -= 1;
        let bottom = y;
        while (bottom < height && open(bottom + 1)) bottom += 1;
        cut = Math.min(limit, (top + bottom) / 2);
      }
      if (cut >= 0) break;
    }
    if (cut < 0) cut = limit;
    slices.push([start, cut]);
    start = cut;
  }
  slices.push([start, height]);
  return slices;
}

/** The same drawing showing only the band from `top` to `bottom` of its units. */
export function cropSvg(svg: string, width: number, [top, bottom]: Range): string {
  const match = /<svg\b[^>]*>/.exec(svg);
  if (!match) throw new Error('not an SVG document: no <svg> element');
  const h = round(bottom - top);
  const tag = match[0]
    .replace(/\s(viewBox|width|height)\s*=\s*"[^"]*"/g, '')
    .replace(/^<svg\b/, `<svg width="${round(width)}" height="${h}" viewBox="0 ${round(top)} ${round(width)} ${h}"`);
  return svg.slice(0, match.index) + tag + svg.slice(match.index + match[0].length);
}

const round = (n: number) => Math.round(n * 100) / 100;

export function figureSlices(svg: string, render: (svg: string) => Uint8Array = (s) => svgToPng(s)): FigureSlice[] {
  const { width, height } = svgSize(svg);
  const scale = figureScale(width);
  return sliceRanges(height, MAX_SLICE_HEIGHT_MM / scale, verticalExtents(svg)).map((range) => {
    const slice = cropSvg(svg, width, range);
    return { svg: slice, png: render(slice), widthMm: round(width * scale), heightMm: round((range[1] - range[0]) * scale) };
  });
}

/** The case's path as drawn by the flowchart module (the chart of the case page). */
export async function loadCaseFigure(core: Core, caseId: string): Promise<FigureSlice[]> {
  return figureSlices(await caseFlowchartSvg(core, caseId));
}
