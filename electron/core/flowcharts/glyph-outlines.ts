import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from './chart-style';
import { pngFontOptions } from './png-fonts';
import { isCjk } from './text-measure';

/**
 * Text → outlines, for the PNG. resvg re-reads and re-parses the font file for every glyph it
 * draws (thx/resvg-js#367; 1–3 ms a character with a 20 MB CJK font), so each character is drawn
 * by resvg once per process instead: its outline comes from resvg itself (`toString()` writes
 * text as paths) and is kept, with its advance width, in a cache. The chart's <text> elements are
 * then replaced by those outlines placed glyph by glyph, and resvg draws paths only.
 *
 * Outlines are taken at 1000 units per em. Ideographs and full-width forms advance exactly 1 em
 * in CJK fonts; any other character's advance is measured between two copies of 'I': in
 * `I c I`, the second I starts one I-advance plus c's advance after the first.
 */

const UNITS = 1000;

interface Glyph {
  /** Path data at 1000 units per em, origin on the baseline at the pen position; null for a blank. */
  d: string | null;
  advance: number;
}

const cache = new Map<string, Glyph>();

const key = (ch: string, bold: boolean) => `${bold ? 'b' : 'r'}${ch}`;

function escape(ch: string): string {
  return ch.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Smallest x of a path written by usvg (absolute M/L/Q/C/Z, coordinates in x y pairs). */
function minX(d: string): number {
  const numbers = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi) ?? [];
  let min = Infinity;
  for (let i = 0; i < numbers.length; i += 2) min = Math.min(min, Number(numbers[i]));
  return min;
}

/** The paths usvg wrote for each element id (in order), with their fill. */
function pathsById(svg: string): Map<string, { fill: string; d: string }[]> {
  const out = new Map<string, { fill: string; d: string }[]>();
  for (const g of svg.matchAll(/<g id="([^"]+)">([\s\S]*?)<\/g>/g)) {
    const paths = [...g[2]!.matchAll(/<path\b([^>]*)\/>/g)].map((p) => ({
      fill: /fill="([^"]*)"/.exec(p[1]!)?.[1] ?? '',
      d: /\sd="([^"]*)"/.exec(p[1]!)?.[1] ?? '',
    }));
    out.set(g[1]!, paths);
  }
  return out;
}

/**
 * Draws characters through resvg and reads back their outlines and advances; advances are
 * measured between two copies of 'I' for non-CJK characters (all of them when `measureAll`).
 */
function drawGlyphs(list: readonly { ch: string; bold: boolean }[], measureAll: boolean): Glyph[] {
  if (list.length === 0) return [];
  const measured = (ch: string) => measureAll || !isCjk(ch);
  const text = (id: string, bold: boolean, body: string) =>
    `<text id="${id}" x="0" y="0" font-size="${UNITS}" font-weight="${bold ? 'bold' : 'normal'}">${body}</text>`;
  const MARK = '<tspan fill="#ff0000">I</tspan>';
  const parts: string[] = [];
  for (const bold of [false, true]) {
    if (!list.some((m) => m.bold === bold && measured(m.ch))) continue;
    const w = bold ? 'b' : 'r';
    parts.push(text(`ref-${w}`, bold, 'I'), text(`refi-${w}`, bold, `I${MARK}`));
  }
  list.forEach((m, i) => {
    // A lone space would be collapsed away: it is only measured, between the two marks.
    if (m.ch !== ' ') parts.push(text(`g${i}`, m.bold, escape(m.ch)));
    if (measured(m.ch)) parts.push(text(`a${i}`, m.bold, `I${escape(m.ch)}${MARK}`));
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g font-family='${FONT_FAMILY}'>${parts.join('')}</g></svg>`;
  const paths = pathsById(new Resvg(svg, { font: pngFontOptions(), logLevel: 'off' }).toString());
  const markX = (id: string) => minX(paths.get(id)?.find((p) => p.fill === '#ff0000')?.d ?? '');
  return list.map((m, i) => {
    const w = m.bold ? 'b' : 'r';
    const own = paths.get(`g${i}`)?.map((p) => p.d).join(' ') ?? '';
    let advance = UNITS;
    if (measured(m.ch)) {
      const lsbI = minX(paths.get(`ref-${w}`)?.[0]?.d ?? '');
      const advanceI = markX(`refi-${w}`) - lsbI;
      const width = markX(`a${i}`) - lsbI - advanceI;
      advance = Number.isFinite(width) && width >= 0 ? width : UNITS / 2;
    }
    return { d: own || null, advance };
  });
}

/** Draws the characters not yet known once and caches their outlines and advances. */
function learn(missing: readonly { ch: string; bold: boolean }[]): void {
  drawGlyphs(missing, false).forEach((glyph, i) => cache.set(key(missing[i]!.ch, missing[i]!.bold), glyph));
}

/** Each character's advance in units of 1/1000 em, all measured (no cache, no 1-em assumption): for tests. */
export function measuredAdvances(text: string, bold = false): number[] {
  return drawGlyphs([...text].map((ch) => ({ ch, bold })), true).map((g) => g.advance);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** The text elements the chart writer emits (svg-writer.ts textEl); anything else is left alone. */
const TEXT = /<text x="(-?[\d.]+)" y="(-?[\d.]+)" font-size="([\d.]+)" text-anchor="(start|middle)"(?: class="([^"]*)")?>([^<]*)<\/text>/g;

/**
 * The SVG with every chart text element replaced by `<g class="glyphs …">` of <use> references to
 * cached outlines (in <defs>), placed with the real advances; `textLeft` says whether any other
 * text remains for resvg to draw with fonts.
 */
export function outlineText(svg: string): { svg: string; textLeft: boolean } {
  const wanted = new Map<string, { ch: string; bold: boolean }>();
  for (const m of svg.matchAll(TEXT)) {
    const bold = (m[5] ?? '').split(' ').includes('bold');
    for (const ch of unescape(m[6]!)) if (!cache.has(key(ch, bold))) wanted.set(key(ch, bold), { ch, bold });
  }
  learn([...wanted.values()]);

  const ids = new Map<string, string>();
  const defs: string[] = [];
  const useOf = (ch: string, bold: boolean): string | null => {
    const k = key(ch, bold);
    if (!cache.get(k)?.d) return null;
    let id = ids.get(k);
    if (!id) {
      id = `gl${ids.size}`;
      ids.set(k, id);
      defs.push(`<path id="${id}" d="${cache.get(k)!.d}"/>`);
    }
    return id;
  };
  const replaced = svg.replace(TEXT, (_whole, x: string, y: string, size: string, anchor: string, classes: string | undefined, body: string) => {
    const classList = (classes ?? '').split(' ').filter(Boolean);
    const bold = classList.includes('bold');
    const glyphs = [...unescape(body)].map((ch) => ({ ch, advance: cache.get(key(ch, bold))?.advance ?? 0 }));
    const width = glyphs.reduce((w, g) => w + g.advance, 0);
    let pen = anchor === 'middle' ? -width / 2 : 0;
    const uses: string[] = [];
    for (const g of glyphs) {
      const id = useOf(g.ch, bold);
      if (id) uses.push(`<use href="#${id}" x="${Math.round(pen * 10) / 10}"/>`);
      pen += g.advance;
    }
    const cls = ['glyphs', ...classList].join(' ');
    return `<g class="${cls}" transform="translate(${x} ${y}) scale(${Number(size) / UNITS})">${uses.join('')}</g>`;
  });
  const out = replaced.replace(/(<svg\b[^>]*>)/, (open) => `${open}<defs>${defs.join('')}</defs>`);
  return { svg: out, textLeft: /<text\b/.test(out) };
}

/** Real advance width of a line in px with the machine's CJK font (for tests of the measurement rule). */
export function renderedWidth(text: string, size: number, bold = false): number {
  const missing = [...text].filter((ch) => !cache.has(key(ch, bold))).map((ch) => ({ ch, bold }));
  learn([...new Map(missing.map((m) => [m.ch, m])).values()]);
  return ([...text].reduce((w, ch) => w + (cache.get(key(ch, bold))?.advance ?? 0), 0) * size) / UNITS;
}
