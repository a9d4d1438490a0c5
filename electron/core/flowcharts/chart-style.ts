/**
 * The charts' one stylesheet, embedded in every SVG (no external reference: the file must look
 * the same opened alone, inside a Word document as PNG, or printed). Colours are chosen to stay
 * apart in grey print too: overdue is dark red on pale red, on time green on pale green, and the
 * dashes (optional step, suspension) carry the meaning without colour.
 */

export const FONT_FAMILY = `"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`;

export const COLOURS = {
  ink: '#1f2933',
  muted: '#52606d',
  stepFill: '#eef4fb',
  stepStroke: '#1f4e79',
  ontimeFill: '#e8f5e9',
  ontimeStroke: '#2e7d32',
  lateFill: '#fdecea',
  lateStroke: '#c62828',
  suspensionFill: '#fff4e5',
  suspensionStroke: '#e65100',
  extensionFill: '#f3e5f5',
  extensionStroke: '#6a1b9a',
  decisionFill: '#fff8e1',
  decisionStroke: '#8d6e00',
  terminalFill: '#eceff1',
  terminalStroke: '#37474f',
  groupFill: '#fafbfc',
  groupStroke: '#9aa5b1',
  edge: '#52606d',
} as const;

const C = COLOURS;

export const CHART_CSS = `
text { font-family: ${FONT_FAMILY}; fill: ${C.ink}; }
/* Text turned into outlines for the PNG (glyph-outlines.ts). */
.glyphs { fill: ${C.ink}; }
.bold { font-weight: bold; }
.muted { fill: ${C.muted}; }
.group-label { fill: ${C.stepStroke}; }
.edge-label { fill: ${C.ink}; }
.ontime-text { fill: ${C.ontimeStroke}; }
.late-text { fill: ${C.lateStroke}; }
.group rect { fill: ${C.groupFill}; stroke: ${C.groupStroke}; stroke-width: 1; }
.group-label rect { fill: ${C.groupFill}; stroke: none; }
.edge path { fill: none; stroke: ${C.edge}; stroke-width: 1.4; }
.edge polygon { fill: ${C.edge}; stroke: none; }
.edge rect { fill: #ffffff; stroke: none; }
.shape { fill: ${C.stepFill}; stroke: ${C.stepStroke}; stroke-width: 1.5; }
.optional .shape { stroke-dasharray: 6 4; }
.closing .shape { stroke-width: 2.5; }
.ontime .shape { fill: ${C.ontimeFill}; stroke: ${C.ontimeStroke}; }
.late .shape { fill: ${C.lateFill}; stroke: ${C.lateStroke}; stroke-width: 2; }
.missing .shape { stroke-dasharray: 6 4; }
.decision .shape { fill: ${C.decisionFill}; stroke: ${C.decisionStroke}; }
.terminal .shape { fill: ${C.terminalFill}; stroke: ${C.terminalStroke}; }
.current .shape { stroke-dasharray: 6 4; }
.suspension .shape { fill: ${C.suspensionFill}; stroke: ${C.suspensionStroke}; stroke-dasharray: 4 3; }
.extension .shape { fill: ${C.extensionFill}; stroke: ${C.extensionStroke}; stroke-dasharray: 4 3; }
.background { fill: #ffffff; }
`;
