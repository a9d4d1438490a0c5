/**
 * What a flowchart says, before any geometry: groups (stages), nodes with their text lines, and
 * the edges between them. The template chart and the case path each build one; layout.ts sizes
 * and places it with elkjs, svg-writer.ts draws it. Classes name what a node is (required,
 * optional, on time, overdue…); the stylesheet in chart-style.ts says what that looks like.
 */

export type NodeShape = 'box' | 'decision' | 'terminal' | 'marker';

export interface TextLine {
  text: string;
  /** Font size in px; the measurement rule (text-measure.ts) turns it into a width. */
  size: number;
  bold?: boolean;
  /** A stylesheet class for the line's colour (muted, late, ontime…). */
  tone?: string;
}

export interface ChartNode {
  id: string;
  shape: NodeShape;
  /** Stylesheet classes besides `node` and the shape (e.g. 'step', 'required', 'late'). */
  classes: string[];
  lines: TextLine[];
  /** The stage group it sits in, or null for the top level. */
  group: string | null;
  align: 'middle' | 'start';
}

export interface ChartGroup {
  id: string;
  label: string;
}

export interface ChartEdge {
  id: string;
  from: string;
  to: string;
  label?: string;
  /** For a decision: which side of the diamond the edge leaves from. */
  fromSide?: 'south' | 'east';
}

export interface LegendItem {
  /** Classes of the small sample box (same rules as a node's shape). */
  classes: string[];
  shape: NodeShape;
  label: string;
}

export interface ChartModel {
  /** The SVG's <title> and the PDF's document title. */
  title: string;
  heading: TextLine[];
  groups: ChartGroup[];
  nodes: ChartNode[];
  edges: ChartEdge[];
  legend: LegendItem[];
  /** Give every box and marker the width of the widest. */
  uniformBoxWidth?: boolean;
}

/** Text widths inside boxes: lines are wrapped or cut to this before layout. */
export const BOX_TEXT_WIDTH = { template: 168, case: 300 } as const;
export const FONT = { heading: 20, subheading: 13, group: 14, name: 14, detail: 12, edge: 12, legend: 12 } as const;
