import { visualWidth } from '../../../documents/official/layout';
import type { PrintBlock } from '../print/print-model';
import { escapeHtml, htmlLines } from './html-text';

/** One block of a print document as HTML (styles in print-css.ts). */

function percentWidths(count: number, widths?: number[]): string[] {
  const rel = widths && widths.length === count && widths.every((w) => w > 0) ? widths : Array<number>(count).fill(1);
  const sum = rel.reduce((a, b) => a + b, 0);
  return rel.map((w) => `${((w / sum) * 100).toFixed(2)}%`);
}

export function gridTable(header: string[], rows: string[][], widths?: number[], rowHeightMm?: number): string {
  const count = Math.max(header.length, ...rows.map((r) => r.length), 1);
  const cols = percentWidths(count, widths)
    .map((w) => `<col style="width:${w}">`)
    .join('');
  const pad = (cells: string[]) => Array.from({ length: count }, (_, i) => cells[i] ?? '');
  const rowStyle = rowHeightMm ? ` style="height:${rowHeightMm}mm"` : '';
  const head = header.length ? `<thead><tr>${pad(header).map((h) => `<th>${htmlLines(h)}</th>`).join('')}</tr></thead>` : '';
  const body = rows.map((r) => `<tr${rowStyle}>${pad(r).map((c) => `<td>${htmlLines(c)}</td>`).join('')}</tr>`).join('');
  return `<table class="grid"><colgroup>${cols}</colgroup>${head}<tbody>${body}</tbody></table>`;
}

/** "时间：……" with wrapped lines aligned after the label, as the DOCX does. */
export function field(label: string, text: string): string {
  const w = visualWidth(label);
  return `<p class="field" style="padding-left:${2 + w}em;text-indent:-${w}em"><span class="label">${escapeHtml(label)}</span>${escapeHtml(text)}</p>`;
}

const HEADING_TAG = { 1: 'h2', 2: 'h3', 3: 'h4', 4: 'h5' } as const;

export function blockHtml(block: PrintBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text
        .split('\n')
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join('');
    case 'heading': {
      const tag = HEADING_TAG[block.level];
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'table':
      return gridTable(block.header, block.rows, block.widths);
    case 'title':
      return `<h1 class="title${block.large ? ' large' : ''}">${htmlLines(block.text)}</h1>`;
    case 'centered':
      return `<p class="center${block.font === 'kai' ? ' kai' : ''}">${escapeHtml(block.text)}</p>`;
    case 'field':
      return field(block.label, block.text);
    case 'form':
      return gridTable(block.header, block.rows, block.widths, block.rowHeightMm);
    case 'lines':
      return `<div class="lines">${'<div></div>'.repeat(block.count)}</div>`;
    case 'space':
      return '<div class="space"></div>'.repeat(block.lines);
    case 'right':
      return `<p class="right">${escapeHtml(block.text)}</p>`;
  }
}
