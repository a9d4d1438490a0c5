import { CHART_CSS } from './chart-style';
import { textWidth } from './text-measure';
import { ASCENT, terminalRadius, type ChartLayout, type PlacedEdge, type PlacedNode, type PlacedText, type Point } from './layout';
import type { NodeShape } from './chart-model';

/**
 * The placed chart as a self-contained SVG: a <title>, the stylesheet, a white background, stage
 * groups, edges (arrowheads drawn as triangles, which every renderer draws alike, rather than
 * markers), then nodes on top. Each node is `<g class="node …" data-id="…">` holding one shape
 * and its text lines, each edge `<g class="edge" data-from data-to>`: stable hooks for tests and
 * for anyone styling the file. All text is escaped.
 */

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Control characters are not allowed in XML 1.0 at all (tab, line feed and return are).
    .replace(/[^\P{Cc}\t\n\r]/gu, '');
}

const n = (v: number) => String(Math.round(v * 10) / 10);

function textEl(t: PlacedText): string {
  const cls = [t.bold ? 'bold' : '', t.tone ?? ''].filter(Boolean).join(' ');
  return `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${t.size}" text-anchor="${t.anchor}"${cls ? ` class="${cls}"` : ''}>${escapeXml(t.text)}</text>`;
}

function shapeEl(shape: NodeShape, x: number, y: number, width: number, height: number): string {
  switch (shape) {
    case 'decision': {
      const cx = x + width / 2;
      const cy = y + height / 2;
      return `<polygon class="shape" points="${n(cx)},${n(y)} ${n(x + width)},${n(cy)} ${n(cx)},${n(y + height)} ${n(x)},${n(cy)}"/>`;
    }
    case 'terminal':
      return `<rect class="shape" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="${n(terminalRadius(height))}"/>`;
    case 'box':
    case 'marker':
      return `<rect class="shape" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="4"/>`;
  }
}

function nodeEl(node: PlacedNode): string {
  const cls = ['node', node.shape, ...node.classes].join(' ');
  return [
    `<g class="${escapeXml(cls)}" data-id="${escapeXml(node.id)}">`,
    shapeEl(node.shape, node.x, node.y, node.width, node.height),
    ...node.texts.map(textEl),
    '</g>',
  ].join('');
}

/** A filled triangle at the end of the last segment, pointing along it. */
function arrowHead(points: readonly Point[]): string {
  const end = points.at(-1);
  const before = points.at(-2);
  if (!end || !before) return '';
  const dx = end.x - before.x;
  const dy = end.y - before.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const size = 8;
  const half = 4;
  const bx = end.x - ux * size;
  const by = end.y - uy * size;
  return `<polygon points="${n(end.x)},${n(end.y)} ${n(bx - uy * half)},${n(by + ux * half)} ${n(bx + uy * half)},${n(by - ux * half)}"/>`;
}

function edgeEl(edge: PlacedEdge): string {
  if (edge.points.length < 2) return '';
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');
  const label = edge.label
    ? `<rect x="${n(edge.label.box.x)}" y="${n(edge.label.box.y)}" width="${n(edge.label.box.width)}" height="${n(edge.label.box.height)}"/>${textEl(edge.label)}`
    : '';
  return `<g class="edge" data-id="${escapeXml(edge.id)}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}"><path d="${d}"/>${arrowHead(edge.points)}${label}</g>`;
}

export function renderSvg(layout: ChartLayout): string {
  const { width, height } = layout;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(layout.title)}">`,
    `<title>${escapeXml(layout.title)}</title>`,
    `<style>${CHART_CSS}</style>`,
    `<rect class="background" x="0" y="0" width="${width}" height="${height}"/>`,
    `<g class="heading">${layout.heading.map(textEl).join('')}</g>`,
    ...layout.groups.map(
      (g) => `<g class="group" data-id="${escapeXml(g.id)}"><rect x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" height="${n(g.height)}" rx="6"/></g>`,
    ),
    ...layout.edges.map(edgeEl),
    // Stage labels over the edges, on a patch of the group's colour: an edge entering a stage
    // runs down the middle and would otherwise cross a long label.
    ...layout.groups.map((g) => {
      const w = textWidth(g.label.text, g.label.size);
      const top = g.label.y - g.label.size * ASCENT;
      return `<g class="group-label" data-for="${escapeXml(g.id)}"><rect x="${n(g.label.x - 3)}" y="${n(top - 2)}" width="${n(w + 6)}" height="${n(g.label.size + 4)}"/>${textEl(g.label)}</g>`;
    }),
    ...layout.nodes.map(nodeEl),
    `<g class="legend">${layout.legend
      .map((item) => `<g class="${escapeXml(['sample', item.shape, ...item.classes].join(' '))}">${shapeEl(item.shape, item.sample.x, item.sample.y, item.sample.width, item.sample.height)}${textEl(item.text)}</g>`)
      .join('')}</g>`,
    '</svg>',
  ];
  // No XML declaration: UTF-8 is the default, and the same text is inlined into HTML for the PDF.
  return `${parts.join('\n')}\n`;
}
