import type { ELK as ElkApi, ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import { FONT, type ChartModel, type ChartNode, type LegendItem, type NodeShape, type TextLine } from './chart-model';
import { textWidth, wrapText } from './text-measure';

/**
 * Sizes every node from its text and places the chart with elkjs: the layered algorithm, top to
 * bottom, orthogonal edges, stages as compound nodes laid out together with their children
 * (INCLUDE_CHILDREN) so edges may cross from one stage into the next. The bundled build runs the
 * layout in-process (no web worker), the same under Node, the CLI and Electron's main process.
 * Everything comes back in absolute coordinates for the SVG writer.
 */

export const LINE_HEIGHT = 1.45;
/** Where the baseline sits in a line box, as a fraction of the font size from the box's top (CJK ascent ≈ 0.88 em). */
export const ASCENT = 0.88;
const BOX_PAD = { x: 12, y: 8 };
const GROUP_PAD = { top: FONT.group * LINE_HEIGHT + 12, side: 16, bottom: 14 };
const MARGIN = 24;
/** The group label's distance from the group's left edge (and, at least, from its right). */
const GROUP_LABEL_INSET = 10;

export interface Point {
  x: number;
  y: number;
}

export interface PlacedText {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  size: number;
  bold: boolean;
  tone: string | undefined;
  anchor: 'middle' | 'start';
}

export interface PlacedNode {
  id: string;
  shape: NodeShape;
  classes: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  texts: PlacedText[];
}

export interface PlacedGroup {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: PlacedText;
}

export interface PlacedEdge {
  id: string;
  from: string;
  to: string;
  points: Point[];
  label: (PlacedText & { box: { x: number; y: number; width: number; height: number } }) | null;
}

export interface PlacedLegendItem {
  shape: NodeShape;
  classes: string[];
  sample: { x: number; y: number; width: number; height: number };
  text: PlacedText;
}

export interface ChartLayout {
  title: string;
  width: number;
  height: number;
  heading: PlacedText[];
  groups: PlacedGroup[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  legend: PlacedLegendItem[];
}

function lineBoxHeight(line: TextLine): number {
  return line.size * LINE_HEIGHT;
}

function textBlock(lines: readonly TextLine[]): { width: number; height: number } {
  return {
    width: Math.max(0, ...lines.map((l) => textWidth(l.text, l.size))),
    height: lines.reduce((h, l) => h + lineBoxHeight(l), 0),
  };
}

/** A terminal is a stadium when it is one or two lines high, a well-rounded box when taller. */
export function terminalRadius(height: number): number {
  return Math.min(height / 2, 22);
}

/**
 * A node's outer size. A diamond holding a w × h text block fits it when w/W + h/H ≤ 1: twice
 * the block plus a margin does. A terminal (stadium) keeps its text clear of the round ends.
 */
export function nodeSize(node: ChartNode): { width: number; height: number } {
  const block = textBlock(node.lines);
  switch (node.shape) {
    case 'decision':
      return { width: Math.ceil(block.width * 2 + 28), height: Math.ceil(block.height * 2 + 16) };
    case 'terminal': {
      const height = Math.ceil(block.height + 2 * BOX_PAD.y);
      return { width: Math.ceil(Math.max(120, block.width + 2 * Math.max(BOX_PAD.x, terminalRadius(height)))), height };
    }
    case 'box':
    case 'marker':
      return { width: Math.ceil(Math.max(120, block.width + 2 * BOX_PAD.x)), height: Math.ceil(block.height + 2 * BOX_PAD.y) };
  }
}

/** Lines stacked and centred vertically in the node; centred or left-aligned horizontally. */
function placeLines(node: ChartNode, x: number, y: number, width: number, height: number): PlacedText[] {
  const block = textBlock(node.lines);
  let top = y + (height - block.height) / 2;
  const left = node.shape === 'terminal' ? x + Math.max(BOX_PAD.x, terminalRadius(height)) : x + BOX_PAD.x;
  return node.lines.map((line) => {
    const box = lineBoxHeight(line);
    const placed: PlacedText = {
      text: line.text,
      x: round(node.align === 'middle' ? x + width / 2 : left),
      y: round(top + (box - line.size) / 2 + line.size * ASCENT),
      size: line.size,
      bold: line.bold ?? false,
      tone: line.tone,
      anchor: node.align,
    };
    top += box;
    return placed;
  });
}

const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.inline': 'false',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

// No minimum size on groups: elk then pads a one-box group with an empty band below its box. A
// label wider than a group's boxes widens the boxes instead (layoutChart).
const GROUP_OPTIONS: Record<string, string> = {
  'elk.padding': `[top=${GROUP_PAD.top},left=${GROUP_PAD.side},bottom=${GROUP_PAD.bottom},right=${GROUP_PAD.side}]`,
};

function decisionPorts(id: string, width: number, height: number): ElkPort[] {
  const port = (name: string, side: string, x: number, y: number): ElkPort => ({
    id: `${id}#${name}`,
    x,
    y,
    width: 0,
    height: 0,
    layoutOptions: { 'elk.port.side': side },
  });
  return [port('in', 'NORTH', width / 2, 0), port('south', 'SOUTH', width / 2, height), port('east', 'EAST', width, height / 2)];
}

function elkGraph(model: ChartModel, sizes: Map<string, { width: number; height: number }>): ElkNode {
  const elkNode = (node: ChartNode): ElkNode => {
    const size = sizes.get(node.id)!;
    if (node.shape !== 'decision') return { id: node.id, ...size };
    return { id: node.id, ...size, ports: decisionPorts(node.id, size.width, size.height), layoutOptions: { 'elk.portConstraints': 'FIXED_POS' } };
  };
  const decisions = new Set(model.nodes.filter((n) => n.shape === 'decision').map((n) => n.id));
  const edges: ElkExtendedEdge[] = model.edges.map((e) => ({
    id: e.id,
    sources: [decisions.has(e.from) ? `${e.from}#${e.fromSide ?? 'south'}` : e.from],
    targets: [decisions.has(e.to) ? `${e.to}#in` : e.to],
    ...(e.label
      ? {
          labels: [
            {
              id: `${e.id}.label`,
              text: e.label,
              width: textWidth(e.label, FONT.edge) + 8,
              height: FONT.edge * LINE_HEIGHT + 2,
              // Next to where the branch leaves the decision, where a reader looks for 是 / 否.
              layoutOptions: { 'elk.edgeLabels.placement': 'TAIL' },
            },
          ],
        }
      : {}),
  }));
  const groupChildren = new Map<string, ElkNode[]>(model.groups.map((g) => [g.id, []]));
  const top: ElkNode[] = [];
  for (const node of model.nodes) {
    if (node.group && groupChildren.has(node.group)) groupChildren.get(node.group)!.push(elkNode(node));
    else top.push(elkNode(node));
  }
  // Groups and top-level nodes keep the model's order (the chart reads top to bottom in it).
  const order = new Map<string, number>();
  model.nodes.forEach((n, i) => {
    const key = n.group && groupChildren.has(n.group) ? n.group : n.id;
    if (!order.has(key)) order.set(key, i);
  });
  const groups: ElkNode[] = model.groups
    .filter((g) => groupChildren.get(g.id)!.length > 0)
    .map((g) => ({ id: g.id, layoutOptions: GROUP_OPTIONS, children: groupChildren.get(g.id)! }));
  const children = [...groups, ...top].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { id: '__root', layoutOptions: ROOT_OPTIONS, children, edges };
}

let elk: Promise<ElkApi> | null = null;

/** Loaded on first use: 1.6 MB of script the app's start-up does not need. */
function elkInstance(): Promise<ElkApi> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return elk;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Heading lines wrapped to the chart's width and stacked from the top margin. */
function placeHeading(lines: readonly TextLine[], width: number): { texts: PlacedText[]; height: number } {
  const texts: PlacedText[] = [];
  let y = MARGIN;
  for (const line of lines) {
    for (const text of wrapText(line.text, width, line.size)) {
      texts.push({ text, x: MARGIN, y: round(y + (lineBoxHeight(line) - line.size) / 2 + line.size * ASCENT), size: line.size, bold: line.bold ?? false, tone: line.tone, anchor: 'start' });
      y += lineBoxHeight(line);
    }
  }
  return { texts, height: y - MARGIN };
}

/** Legend samples and labels in rows no wider than the chart. */
function placeLegend(items: readonly LegendItem[], width: number, top: number): { items: PlacedLegendItem[]; height: number } {
  const sample = { width: 28, height: 16 };
  const rowHeight = 24;
  const placed: PlacedLegendItem[] = [];
  let x = MARGIN;
  let y = top;
  for (const item of items) {
    const itemWidth = sample.width + 6 + textWidth(item.label, FONT.legend) + 18;
    if (x > MARGIN && x + itemWidth > MARGIN + width) {
      x = MARGIN;
      y += rowHeight;
    }
    placed.push({
      shape: item.shape,
      classes: item.classes,
      sample: { x, y: y + (rowHeight - sample.height) / 2, ...sample },
      text: { text: item.label, x: x + sample.width + 6, y: round(y + (rowHeight - FONT.legend) / 2 + FONT.legend * ASCENT), size: FONT.legend, bold: false, tone: 'muted', anchor: 'start' },
    });
    x += itemWidth;
  }
  return { items: placed, height: items.length ? y + rowHeight - top : 0 };
}

export async function layoutChart(model: ChartModel): Promise<ChartLayout> {
  const sizes = new Map(model.nodes.map((n) => [n.id, nodeSize(n)]));
  if (model.uniformBoxWidth) {
    // One column of equal boxes reads as a process; ragged widths read as a list.
    const boxes = model.nodes.filter((n) => n.shape === 'box' || n.shape === 'marker');
    const widest = Math.max(0, ...boxes.map((n) => sizes.get(n.id)!.width));
    for (const n of boxes) sizes.get(n.id)!.width = widest;
  }
  // A group is as wide as its widest box: make that box room for the group's label.
  for (const g of model.groups) {
    const children = model.nodes.filter((n) => n.group === g.id);
    const need = Math.ceil(textWidth(g.label, FONT.group) + 2 * GROUP_LABEL_INSET - 2 * GROUP_PAD.side);
    const widest = children.reduce<ChartNode | null>((w, n) => (w && sizes.get(w.id)!.width >= sizes.get(n.id)!.width ? w : n), null);
    if (widest && sizes.get(widest.id)!.width < need) sizes.get(widest.id)!.width = need;
  }
  const result = await (await elkInstance()).layout(elkGraph(model, sizes));

  const graphWidth = result.width ?? 0;
  const graphHeight = result.height ?? 0;
  // The heading's own width counts too, but it may wrap: never let it widen the chart past 720 px.
  const headingWidth = Math.max(...model.heading.map((l) => Math.min(textWidth(l.text, l.size), 720)), 0);
  const legendMin = 360;
  const contentWidth = Math.ceil(Math.max(graphWidth, headingWidth, model.legend.length ? legendMin : 0));
  const heading = placeHeading(model.heading, contentWidth);
  const graphTop = MARGIN + heading.height + (heading.height ? 16 : 0);
  const graphLeft = MARGIN + (contentWidth - graphWidth) / 2;

  // elk gives children relative to their parent and edges relative to their container.
  const origin = new Map<string, Point>([['__root', { x: graphLeft, y: graphTop }]]);
  const groups: PlacedGroup[] = [];
  const nodes: PlacedNode[] = [];
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const labels = new Map(model.groups.map((g) => [g.id, g.label]));
  const visit = (parent: ElkNode, at: Point) => {
    for (const child of parent.children ?? []) {
      const x = at.x + (child.x ?? 0);
      const y = at.y + (child.y ?? 0);
      const width = child.width ?? 0;
      const height = child.height ?? 0;
      origin.set(child.id, { x, y });
      const node = byId.get(child.id);
      if (node) {
        nodes.push({ id: node.id, shape: node.shape, classes: node.classes, x: round(x), y: round(y), width, height, texts: placeLines(node, x, y, width, height) });
      } else {
        groups.push({
          id: child.id,
          x: round(x),
          y: round(y),
          width: round(width),
          height: round(height),
          label: { text: labels.get(child.id) ?? '', x: round(x + GROUP_LABEL_INSET), y: round(y + 6 + (FONT.group * LINE_HEIGHT - FONT.group) / 2 + FONT.group * ASCENT), size: FONT.group, bold: true, tone: 'group-label', anchor: 'start' },
        });
        visit(child, { x, y });
      }
    }
  };
  visit(result, { x: graphLeft, y: graphTop });

  const edgeModel = new Map(model.edges.map((e) => [e.id, e]));
  const edges: PlacedEdge[] = (result.edges ?? []).map((edge) => {
    const container = (edge as ElkExtendedEdge & { container?: string }).container ?? '__root';
    const o = origin.get(container) ?? origin.get('__root')!;
    const points: Point[] = [];
    for (const s of edge.sections ?? []) {
      points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
    }
    const label = edge.labels?.[0];
    const m = edgeModel.get(edge.id)!;
    return {
      id: edge.id,
      from: m.from,
      to: m.to,
      points: points.map((p) => ({ x: round(o.x + p.x), y: round(o.y + p.y) })),
      label:
        label && m.label
          ? {
              text: m.label,
              x: round(o.x + (label.x ?? 0) + 4),
              y: round(o.y + (label.y ?? 0) + 1 + (FONT.edge * LINE_HEIGHT - FONT.edge) / 2 + FONT.edge * ASCENT),
              size: FONT.edge,
              bold: false,
              tone: 'edge-label',
              anchor: 'start',
              box: { x: round(o.x + (label.x ?? 0)), y: round(o.y + (label.y ?? 0)), width: label.width ?? 0, height: label.height ?? 0 },
            }
          : null,
    };
  });

  const legendTop = graphTop + graphHeight + (model.legend.length ? 20 : 0);
  const legend = placeLegend(model.legend, contentWidth, legendTop);
  return {
    title: model.title,
    width: Math.ceil(contentWidth + 2 * MARGIN),
    height: Math.ceil(legendTop + legend.height + MARGIN),
    heading: heading.texts,
    groups,
    nodes,
    edges,
    legend: legend.items,
  };
}
