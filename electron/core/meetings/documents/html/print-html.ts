import type { PdfPrintOptions } from '../../../core';
import type { PrintDocument, PrintPart } from '../print/print-model';
import { blockHtml } from './html-blocks';
import { cssString, escapeHtml } from './html-text';
import { BASE_CSS, FONT_STACK } from './print-css';

/**
 * A PrintDocument as print-styled HTML for Chromium. Each part is a CSS named page
 * (`page: p-<name>`), so it starts on a new page and gets its own @page rule whose @top-center
 * margin box prints the part's running head on every one of its pages; page numbers sit in the
 * bottom margin boxes, at the outer edge (odd pages right, even pages left; GB/T 9704 §7.5), and
 * not on the cover. @page margin boxes are printed by Chromium 131 and later — Electron's
 * printToPDF and headless Chromium alike — when the printer's own header/footer is off, which is
 * why this document is printed without header or footer templates.
 */

const PAGE_NUMBER = `content: "— " counter(page) " —"; font-family: ${FONT_STACK.song}; font-size: 14pt; vertical-align: top; padding-top: 7mm;`;
const RUNNING_HEAD = `font-family: ${FONT_STACK.song}; font-size: 10.5pt; vertical-align: bottom; text-align: center; border-bottom: 0.75pt solid #000; margin-bottom: 5mm; padding-bottom: 1mm;`;

/** The page-number boxes: right on odd (right-hand) pages, left on even ones, one character in. */
const PAGE_NUMBERS_CSS = `
@page :right { @bottom-right { ${PAGE_NUMBER} padding-right: 14pt; } }
@page :left { @bottom-left { ${PAGE_NUMBER} padding-left: 14pt; } }
`;

function partPageCss(part: PrintPart): string {
  const name = `p-${part.name}`;
  const head = part.runningHead ? `@top-center { content: ${cssString(part.runningHead)}; ${RUNNING_HEAD} }` : '';
  const noNumbers = part.numbered ? '' : '@bottom-left { content: none; } @bottom-right { content: none; }';
  return `@page ${name} { ${head} ${noNumbers} }\n@page ${name}:left { ${noNumbers} }\n@page ${name}:right { ${noNumbers} }`;
}

export function renderPrintHtml(doc: PrintDocument): string {
  const css = [BASE_CSS, PAGE_NUMBERS_CSS, ...doc.parts.map(partPageCss)].join('\n');
  const body = doc.parts
    .map((part) => `<section class="part" style="page: p-${part.name}">${part.blocks.map(blockHtml).join('\n')}</section>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${css}</style></head><body>${body}</body></html>`;
}

/** No printer header/footer templates: the margin boxes of the document's own @page rules print them. */
export const PRINT_OPTIONS: PdfPrintOptions = {};
