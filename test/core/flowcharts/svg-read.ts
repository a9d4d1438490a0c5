import { inflateSync } from 'node:zlib';
import { ASCENT } from '../../../electron/core/flowcharts/layout';
import { textWidth } from '../../../electron/core/flowcharts/text-measure';

/**
 * Reading the charts back as a reader of the file would: a small XML check (every tag closed in
 * order, attributes quoted, only the five XML entities or numeric references) and the parts the
 * writer marks — `<g class="node …" data-id>` with its shape and text lines, `<g class="edge"
 * data-from data-to>`, `<g class="group">`. No XML library is in the dependencies, and the SVG is
 * ours, so a strict little tokenizer is enough and fails on anything malformed.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SvgText {
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: string;
  classes: string[];
}

export interface SvgNode {
  id: string;
  classes: string[];
  shape: 'rect' | 'polygon';
  box: Rect;
  rx: number;
  /** Diamond corners for a polygon. */
  points: [number, number][];
  texts: SvgText[];
}

export interface SvgEdge {
  id: string;
  from: string;
  to: string;
  label: string | null;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;

export function decode(text: string): string {
  return text.replace(ENTITY, (_w, name: string) => {
    const map: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return map[name]!;
  });
}

/** Throws unless the document is well-formed XML with one root <svg> element. */
export function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  let last = 0;
  for (const m of xml.matchAll(tag)) {
    const between = xml.slice(last, m.index);
    if (/[<>]/.test(between)) throw new Error(`stray markup near ${JSON.stringify(xml.slice(last, last + 60))}`);
    if (between.replace(ENTITY, '').includes('&')) throw new Error(`bad entity near ${JSON.stringify(between.slice(0, 60))}`);
    last = m.index + m[0].length;
    if (!m[2]) continue; // comment or processing instruction
    const attrs = m[3] ?? '';
    if (attrs.replace(ENTITY, '').includes('&')) throw new Error(`bad entity in attributes of <${m[2]}>`);
    const names = [...attrs.matchAll(/([\w:.-]+)="/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) throw new Error(`repeated attribute in <${m[2]}>`);
    if (m[1]) {
      if (stack.pop() !== m[2]) throw new Error(`</${m[2]}> closes the wrong element`);
    } else if (!m[4]) {
      if (stack.length === 0) roots += 1;
      stack.push(m[2]);
    } else if (stack.length === 0) {
      roots += 1;
    }
  }
  if (xml.slice(last).trim()) throw new Error('text after the root element');
  if (stack.length) throw new Error(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const num = (tag: string, name: string): number => Number(attr(tag, name));

function texts(body: string): SvgText[] {
  return [...body.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    text: decode(m[2]!),
    x: num(m[1]!, 'x'),
    y: num(m[1]!, 'y'),
    size: num(m[1]!, 'font-size'),
    anchor: attr(m[1]!, 'text-anchor') ?? 'start',
    classes: (attr(m[1]!, 'class') ?? '').split(' ').filter(Boolean),
  }));
}

export function readNodes(svg: string): SvgNode[] {
  return [...svg.matchAll(/<g class="(node [^"]*)" data-id="([^"]*)">([\s\S]*?)<\/g>/g)].map((m) => {
    const body = m[3]!;
    const rect = /<rect\b([^>]*)\/>/.exec(body)?.[1];
    const polygon = /<polygon\b[^>]*points="([^"]*)"/.exec(body)?.[1];
    let box: Rect;
    let points: [number, number][] = [];
    if (rect) {
      box = { x: num(rect, 'x'), y: num(rect, 'y'), width: num(rect, 'width'), height: num(rect, 'height') };
    } else {
      points = polygon!.trim().split(/\s+/).map((p) => p.split(',').map(Number) as [number, number]);
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    }
    return {
      id: decode(m[2]!),
      classes: m[1]!.split(' '),
      shape: rect ? 'rect' : 'polygon',
      box,
      rx: rect ? Number(attr(rect, 'rx') ?? 0) : 0,
      points,
      texts: texts(body),
    };
  });
}

export function readEdges(svg: string): SvgEdge[] {
  return [...svg.matchAll(/<g class="edge" data-id="([^"]*)" data-from="([^"]*)" data-to="([^"]*)">([\s\S]*?)<\/g>/g)].map((m) => ({
    id: decode(m[1]!),
    from: decode(m[2]!),
    to: decode(m[3]!),
    label: texts(m[4]!)[0]?.text ?? null,
  }));
}

/** Stage groups with their labels (drawn separately, over the edges: `<g class="group-label" data-for>`). */
export function readGroups(svg: string): { id: string; box: Rect; label: string; labelText: SvgText }[] {
  const labels = new Map(
    [...svg.matchAll(/<g class="group-label" data-for="([^"]*)">([\s\S]*?)<\/g>/g)].map((m) => [decode(m[1]!), texts(m[2]!)[0]!] as const),
  );
  return [...svg.matchAll(/<g class="group" data-id="([^"]*)"><rect\b([^>]*)\/><\/g>/g)].map((m) => ({
    id: decode(m[1]!),
    box: { x: num(m[2]!, 'x'), y: num(m[2]!, 'y'), width: num(m[2]!, 'width'), height: num(m[2]!, 'height') },
    label: labels.get(decode(m[1]!))?.text ?? '',
    labelText: labels.get(decode(m[1]!))!,
  }));
}

/** The root's width, height and viewBox. */
export function svgSize(svg: string): { width: number; height: number; viewBox: number[] } {
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  return { width: num(root, 'width'), height: num(root, 'height'), viewBox: (attr(root, 'viewBox') ?? '').split(' ').map(Number) };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The rectangle a text line covers by the chart's measurement rule (1 em CJK, 0.6 em ASCII; ascent 0.88 em, descent 0.12). */
export function textRect(t: SvgText): Rect {
  const width = textWidth(t.text, t.size);
  const left = t.anchor === 'middle' ? t.x - width / 2 : t.x;
  return { x: left, y: t.y - t.size * ASCENT, width, height: t.size };
}

const EPS = 0.2;

/**
 * Whether a text line lies inside its node's shape: inside the rectangle, clear of the round ends
 * of a pill (rx), and for a diamond with all four corners of the line inside the diamond.
 */
export function textInside(node: SvgNode, t: SvgText): boolean {
  const r = textRect(t);
  const b = node.box;
  if (node.shape === 'rect') {
    const inset = node.rx > 6 ? node.rx : 0;
    return r.x >= b.x + inset - EPS && r.x + r.width <= b.x + b.width - inset + EPS && r.y >= b.y - EPS && r.y + r.height <= b.y + b.height + EPS;
  }
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const corners: [number, number][] = [
    [r.x, r.y],
    [r.x + r.width, r.y],
    [r.x, r.y + r.height],
    [r.x + r.width, r.y + r.height],
  ];
  return corners.every(([x, y]) => Math.abs(x - cx) / (b.width / 2) + Math.abs(y - cy) / (b.height / 2) <= 1 + 1e-6);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (view.toString('latin1', 1, 4) !== 'PNG' || view.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

/** The pixels of an 8-bit RGBA PNG (what resvg writes), for looking at regions of it. */
export function pngPixels(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const { width, height } = pngSize(png);
  if (buf[24] !== 8 || buf[25] !== 6) throw new Error('expected 8-bit RGBA');
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    for (let i = 0; i < stride; i += 1) {
      const a = i >= 4 ? out[y * stride + i - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? out[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      out[y * stride + i] = (raw[src + i]! + predictor) & 0xff;
    }
  }
  return { width, height, rgba: out };
}

/** How many pixels in the rectangle are clearly darker than the white page (ink). */
export function inkIn(image: { width: number; rgba: Uint8Array }, r: Rect): number {
  let ink = 0;
  for (let y = Math.floor(r.y); y < r.y + r.height; y += 1) {
    for (let x = Math.floor(r.x); x < r.x + r.width; x += 1) {
      const i = (y * image.width + x) * 4;
      if (image.rgba[i]! + image.rgba[i + 1]! + image.rgba[i + 2]! < 3 * 160) ink += 1;
    }
  }
  return ink;
}
