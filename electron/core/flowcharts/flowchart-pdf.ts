import type { PdfPrintOptions } from '../core';
import type { ChartLayout } from './layout';
import { escapeXml } from './svg-writer';

/**
 * The chart as a print page for Chromium (core.printPdf): A4, landscape when the chart is wider
 * than tall. A chart that fits one page at 60 % of its size or more is printed on one page (the
 * published workflow is one sheet); a taller one — a long case path — keeps its text readable at
 * up to full size and runs over several pages, cut only in the gaps between boxes. Each page is
 * the same SVG with its own viewBox onto the drawing.
 */

const MARGIN_MM = 12;
const PX_MM = 25.4 / 96;
const MIN_ONE_PAGE_SCALE = 0.6;

export const FLOWCHART_PRINT_MARGINS = { top: MARGIN_MM, right: MARGIN_MM, bottom: MARGIN_MM, left: MARGIN_MM } as const;

interface Slice {
  top: number;
  height: number;
}

/**
 * Where to cut a drawing taller than a page: each cut as low as the page allows, in a band no
 * node crosses (a node taller than a page is cut where it must be).
 */
export function pageSlices(layout: Pick<ChartLayout, 'height' | 'nodes'>, pageHeight: number): Slice[] {
  const slices: Slice[] = [];
  let top = 0;
  while (layout.height - top > pageHeight) {
    const limit = top + pageHeight;
    let cut = limit;
    // Move the cut up past every node it would cross, until it rests in a gap.
    for (let moved = true; moved; ) {
      moved = false;
      for (const n of layout.nodes) {
        if (n.y < cut && n.y + n.height > cut && n.y - 6 > top) {
          cut = n.y - 6;
          moved = true;
        }
      }
    }
    if (cut <= top + pageHeight / 4) cut = limit;
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

export function flowchartPrint(svg: string, layout: ChartLayout): { html: string; options: PdfPrintOptions } {
  const landscape = layout.width > layout.height;
  const areaW = ((landscape ? 297 : 210) - 2 * MARGIN_MM) / PX_MM;
  // A little under the page so rounding never spills a blank page.
  const areaH = ((landscape ? 210 : 297) - 2 * MARGIN_MM - 3) / PX_MM;
  const fitWidth = Math.min(1, areaW / layout.width);
  const fitPage = Math.min(fitWidth, areaH / layout.height);
  const onePage = fitPage >= MIN_ONE_PAGE_SCALE || fitPage === fitWidth;
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
