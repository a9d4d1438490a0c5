import type { PdfPrintOptions } from '../core';
import type { ChartLayout } from './layout';
import { escapeXml } from './svg-writer';

/**
 * The chart as a print page for Chromium (core.printPdf): A4, landscape when the chart is wider
 * than tall. The published workflow is one sheet, shrunk to fit (its step names stay above 6 pt).
 * A case path goes on one page only while its 12 px details keep at least 80 % of their size
 * (about 7 pt); a longer one is printed at up to full size over several pages, cut between stages
 * or boxes. Each page is the same SVG with its own viewBox onto the drawing.
 */

const MARGIN_MM = 12;
const PX_MM = 25.4 / 96;

export interface FlowchartPrintOptions {
  /** One page when the chart fits it at this scale or more (0: always one page). */
  minOnePageScale: number;
}

export const ONE_SHEET: FlowchartPrintOptions = { minOnePageScale: 0 };
export const READABLE_PAGES: FlowchartPrintOptions = { minOnePageScale: 0.8 };

export const FLOWCHART_PRINT_MARGINS = { top: MARGIN_MM, right: MARGIN_MM, bottom: MARGIN_MM, left: MARGIN_MM } as const;

interface Slice {
  top: number;
  height: number;
}

type Range = [number, number];

/**
 * Bands a page cut must not cross: every node, every group's label band, the heading and the key;
 * and the groups themselves, which a cut should rather pass between.
 */
function bands(layout: Pick<ChartLayout, 'nodes' | 'groups' | 'heading' | 'legend'>): { solid: Range[]; groups: Range[] } {
  const text = (t: { y: number; size: number }): Range => [t.y - t.size - 2, t.y + t.size * 0.3 + 2];
  return {
    solid: [
      ...layout.nodes.map((n): Range => [n.y - 2, n.y + n.height + 2]),
      ...layout.groups.map((g): Range => [g.y - 2, g.label.y + g.label.size * 0.3 + 4]),
      ...layout.heading.map(text),
      ...layout.legend.map((l): Range => [l.sample.y - 4, l.sample.y + l.sample.height + 4]),
    ],
    groups: layout.groups.map((g): Range => [g.y - 2, g.y + g.height + 2]),
  };
}

const inside = (y: number, ranges: readonly Range[]) => ranges.some(([a, b]) => y > a && y < b);

/**
 * Where to cut a drawing taller than a page: as low on the page as possible, between stage groups
 * when there is such a line in the page's lower half, else anywhere no box or label crosses
 * (a box taller than a page is cut where it must be).
 */
export function pageSlices(layout: Pick<ChartLayout, 'height' | 'nodes' | 'groups' | 'heading' | 'legend'>, pageHeight: number): Slice[] {
  const { solid, groups } = bands(layout);
  const slices: Slice[] = [];
  let top = 0;
  while (layout.height - top > pageHeight) {
    const limit = Math.floor(top + pageHeight);
    const lowestFree = (floor: number, open: (y: number) => boolean) => {
      for (let y = limit; y > floor; y -= 1) if (open(y)) return y;
      return null;
    };
    const cut =
      lowestFree(top + pageHeight / 2, (y) => !inside(y, solid) && !inside(y, groups)) ??
      lowestFree(top + pageHeight / 4, (y) => !inside(y, solid)) ??
      limit;
    slices.push({ top, height: cut - top });
    top = cut;
  }
  slices.push({ top, height: layout.height - top });
  return slices;
}

function sliceSvg(svg: string, layout: ChartLayout, slice: Slice, scale: number): string {
  const w = (layout.width * scale * PX_MM).toFixed(2);
  const h = (slice.height * scale * PX_MM).toFixed(2);
  return svg.replace(/<svg\b[^>]*>/, (open) =>
    open
      .replace(/\swidth="[^"]*"/, ` width="${w}mm"`)
      .replace(/\sheight="[^"]*"/, ` height="${h}mm"`)
      .replace(/\sviewBox="[^"]*"/, ` viewBox="0 ${slice.top} ${layout.width} ${slice.height}"`),
  );
}

export function flowchartPrint(svg: string, layout: ChartLayout, how: FlowchartPrintOptions): { html: string; options: PdfPrintOptions } {
  const landscape = layout.width > layout.height;
  const areaW = ((landscape ? 297 : 210) - 2 * MARGIN_MM) / PX_MM;
  // A little under the page so rounding never spills a blank page.
  const areaH = ((landscape ? 210 : 297) - 2 * MARGIN_MM - 3) / PX_MM;
  const fitWidth = Math.min(1, areaW / layout.width);
  const fitPage = Math.min(fitWidth, areaH / layout.height);
  const onePage = fitPage >= how.minOnePageScale || fitPage === fitWidth;
  const scale = onePage ? fitPage : fitWidth;
  const slices = onePage ? [{ top: 0, height: layout.height }] : pageSlices(layout, areaH / scale);
  const pages = slices.map((s) => `<div class="page">${sliceSvg(svg, layout, s, scale)}</div>`).join('\n');
  const css = `
@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; }
html, body { margin: 0; padding: 0; background: #ffffff; }
.page { display: flex; justify-content: center; align-items: flex-start; break-after: page; }
.page:last-child { break-after: auto; }
.page svg { display: block; }
`;
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeXml(layout.title)}</title><style>${css}</style></head><body>${pages}</body></html>`;
  return { html, options: { landscape, marginsMm: FLOWCHART_PRINT_MARGINS } };
}
