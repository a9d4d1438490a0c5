import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { figureHtml, sizedSvg } from '../../../../electron/core/documents/html/figure-html';
import { renderOfficialDocx, type OfficialDocument } from '../../../../electron/core/documents/official-docx';
import { renderOfficialHtml } from '../../../../electron/core/meetings/documents/html/official-html';
import { cropSvg, figureScale, figureSlices, sliceRanges, verticalExtents } from '../../../../electron/core/summaries/case/flowchart-figure';
import { unzip } from '../../documents/unzip';

/** The image block of the official-document writers (added for the case summary's flowchart). */

const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect x="10" y="10" width="380" height="180" fill="#eee"/><text x="20" y="100">受理</text></svg>';
const png = new Uint8Array(new Resvg(SVG).render().asPng());

function doc(svg?: string): OfficialDocument {
  return {
    issuer: '秦皇岛市行政争议化解中心',
    title: '流程图',
    blocks: [
      { kind: 'paragraph', text: '前文。' },
      { kind: 'image', png, widthMm: 156, heightMm: 78, alt: '案件流程图', ...(svg ? { svg } : {}) },
      { kind: 'paragraph', text: '后文。' },
    ],
  };
}

describe('image blocks in official documents', () => {
  it('the DOCX carries the PNG as a media part, drawn at the given size in millimetres between its paragraphs', async () => {
    const files = unzip(await renderOfficialDocx(doc()));
    const media = [...files.keys()].filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(files.get(media[0]!)!.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const xml = files.get('word/document.xml')!.toString('utf8');
    // 156 mm at 96 px/in is 590 px; Word's extent is in EMU (9525 a pixel).
    expect(xml).toContain('<wp:extent cx="5619750" cy="2809875"/>');
    expect(xml).toContain('descr="案件流程图"');
    expect(xml.indexOf('前文。')).toBeLessThan(xml.indexOf('<w:drawing>'));
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf('后文。'));
    // The picture's line is not the 28.95 pt exact grid line, which would clip it.
    const pictureParagraph = xml.split(/(?=<w:p>|<w:p )/).find((p) => p.includes('<w:drawing>'))!;
    expect(pictureParagraph).not.toContain('w:lineRule="exact"');
  });

  it('the HTML inlines the SVG at the size in millimetres, with a viewBox so it scales, and without the XML declaration', () => {
    const html = renderOfficialHtml(doc(SVG));
    expect(html).toContain('<svg viewBox="0 0 400 200" xmlns="http://www.w3.org/2000/svg" width="156.00mm" height="78.00mm">');
    expect(html).not.toContain('<?xml');
    expect(html).not.toContain('data:image/png');
    expect(html.indexOf('前文。')).toBeLessThan(html.indexOf('<svg'));
  });

  it('without an SVG the HTML shows the PNG', () => {
    const html = figureHtml({ kind: 'image', png, widthMm: 100, heightMm: 50 });
    expect(html).toContain(`src="data:image/png;base64,${Buffer.from(png).toString('base64')}"`);
    expect(html).toContain('width:100.00mm;height:50.00mm');
  });

  it('an SVG that has a viewBox keeps it; one that is not SVG is refused', () => {
    expect(sizedSvg('<svg viewBox="0 0 10 20" width="10" height="20"></svg>', 5, 10)).toBe('<svg viewBox="0 0 10 20" width="5.00mm" height="10.00mm"></svg>');
    expect(() => sizedSvg('<html></html>', 5, 10)).toThrow(/not an SVG/);
  });
});

describe('the case flowchart cut into page-high slices', () => {
  const extents = (solid: [number, number][], groups: [number, number][] = []) => ({ solid, groups });

  it('cuts between stage groups when one fits on the page, in the middle of the gap', () => {
    // Groups 0–300, 340–700, 740–1000; a page holds 800 units.
    const groups: [number, number][] = [[0, 300], [340, 700], [740, 1000]];
    const boxes: [number, number][] = [[20, 100], [120, 280], [360, 680], [760, 980]];
    expect(sliceRanges(1000, 800, extents(boxes, groups))).toEqual([[0, 720], [720, 1000]]);
  });

  it('cuts between boxes inside a group taller than a page, and at the limit only when one box is', () => {
    expect(sliceRanges(1000, 500, extents([[0, 200], [240, 480], [520, 1000]], [[0, 1000]]))).toEqual([[0, 500], [500, 1000]]);
    expect(sliceRanges(1000, 450, extents([[0, 200], [240, 480], [520, 1000]], [[0, 1000]]))).toEqual([[0, 220], [220, 500], [500, 950], [950, 1000]]);
    expect(sliceRanges(300, 400, extents([]))).toEqual([[0, 300]]);
  });

  it('reads boxes, diamonds, labels and groups from the chart', () => {
    const svg =
      '<svg width="100" height="400"><g class="group" data-id="stage:pre"><rect x="0" y="10" width="90" height="200" rx="6"/></g>' +
      '<rect class="shape" x="5" y="20" width="50" height="40" rx="4"/><polygon class="shape" points="50,300 80,320 50,340 20,320"/>' +
      '<text x="10" y="380" font-size="12" text-anchor="start">图例</text></svg>';
    expect(verticalExtents(svg)).toEqual({ solid: [[20, 60], [300, 340], [368, 384.2]], groups: [[10, 210]] });
  });

  it('a slice is the same drawing with a cropped viewBox, sized in drawing units', () => {
    expect(cropSvg('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="507" height="1825" viewBox="0 0 507 1825" role="img"><g/></svg>', 507, [638.15, 1140])).toBe(
      '<?xml version="1.0"?><svg width="507" height="501.85" viewBox="0 638.15 507 501.85" xmlns="http://www.w3.org/2000/svg" role="img"><g/></svg>',
    );
  });

  it('a long chart at its natural size (96 px to the inch) in slices of at most 200 mm; a wide one at the text width', () => {
    const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="1800">${Array.from({ length: 18 }, (_, i) => `<rect class="shape" x="10" y="${i * 100 + 10}" width="400" height="80"/>`).join('')}</svg>`;
    const rendered: string[] = [];
    const slices = figureSlices(tall, (s) => {
      rendered.push(s);
      return png;
    });
    expect(slices.map((s) => s.widthMm)).toEqual(slices.map(() => 132.29));
    expect(slices.every((s) => s.heightMm <= 200)).toBe(true);
    expect(slices.reduce((sum, s) => sum + s.heightMm, 0)).toBeCloseTo(1800 * (25.4 / 96), 1);
    expect(rendered).toHaveLength(slices.length);
    expect(slices.length).toBe(3);
    expect(figureScale(1000) * 1000).toBe(156);
  });
});
