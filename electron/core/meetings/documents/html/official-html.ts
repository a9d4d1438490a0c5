import type { OfficialBlock, OfficialDocument } from '../../../documents/official-docx';
import { chineseDate } from '../../../documents/chinese-date';
import { figureHtml } from '../../../documents/html/figure-html';
import { issuerSize } from '../../../documents/official/front-back';
import { visualWidth } from '../../../documents/official/layout';
import { field, gridTable } from './html-blocks';
import { escapeHtml, htmlLines } from './html-text';
import { BASE_CSS, FONT_STACK, LINE_PT } from './print-css';

/**
 * An official document (公文, the model of official-docx.ts) as print-styled HTML, so the PDF of
 * a document matches its DOCX: the red 版头 35 mm into the text block, the red rule, the title
 * two lines below it, body, 附件说明, signature and date (§7.3.5.2), 版记, and "— N —" page
 * numbers at the outer edge in the @page margin boxes.
 */

const RED = '#ff0000';

const OFFICIAL_CSS = `
@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: ${FONT_STACK.song}; font-size: 14pt; vertical-align: top; padding-top: 7mm; padding-right: 14pt; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-family: ${FONT_STACK.song}; font-size: 14pt; vertical-align: top; padding-top: 7mm; padding-left: 14pt; } }
.issuer { margin: 35mm 0 0; font-family: ${FONT_STACK.title}; color: ${RED}; text-align: center; white-space: nowrap; font-weight: normal; }
.number { margin: ${2 * LINE_PT}pt 0 0; text-align: center; text-indent: 0; }
.rule { border-top: 1.5pt solid ${RED}; margin: 4mm 0 ${2 * LINE_PT}pt; }
.addressee { text-indent: 0; margin-top: ${LINE_PT}pt; }
.attachments { margin-top: ${LINE_PT}pt; }
.signature { margin-top: ${LINE_PT}pt; break-inside: avoid; }
.signature p { text-indent: 0; text-align: right; }
.notes { margin-top: ${2 * LINE_PT}pt; border-top: 1pt solid #000; border-bottom: 1pt solid #000; font-size: 14pt; break-inside: avoid; }
.notes div { padding: 0 1em; display: flex; justify-content: space-between; border-top: 0.75pt solid #000; }
.notes div:first-child { border-top: none; }
`;

const ATTENDANCE = /^(出席|列席|请假|缺席)：/;

function blockHtml(block: OfficialBlock, minutes: boolean): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text
        .split('\n')
        .map((line) => {
          const m = minutes ? ATTENDANCE.exec(line) : null;
          return m ? field(m[0], line.slice(m[0].length)) : `<p>${escapeHtml(line)}</p>`;
        })
        .join('');
    case 'heading': {
      const tag = (['h2', 'h3', 'h4', 'h5'] as const)[block.level - 1];
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'table':
      return gridTable(block.header, block.rows, block.widths);
    case 'image':
      return figureHtml(block);
  }
}

/** §7.3.5.2 without a seal: issuer two characters in from the right, the date under it. */
function signatureHtml(sig: NonNullable<OfficialDocument['signature']>): string {
  const date = chineseDate(sig.date);
  let issuerRight = 2;
  let dateRight = issuerRight + visualWidth(sig.issuer) - 2 - visualWidth(date);
  if (dateRight < 2) {
    issuerRight += 2 - dateRight;
    dateRight = 2;
  }
  return (
    `<div class="signature"><p style="padding-right:${issuerRight}em">${escapeHtml(sig.issuer)}</p>` +
    `<p style="padding-right:${dateRight}em">${escapeHtml(date)}</p></div>`
  );
}

/** §7.3.4: "附件：1. ……" one line below the body, the names aligned under each other. */
function attachmentsHtml(names: readonly string[]): string {
  const lines = names.map((name, i) => escapeHtml(`${names.length > 1 ? `${i + 1}. ` : ''}${name}`));
  return `<p class="attachments" style="padding-left:5em;text-indent:-3em">附件：${lines.join('<br>')}</p>`;
}

export function renderOfficialHtml(doc: OfficialDocument): string {
  const minutes = doc.kind === 'minutes';
  const size = issuerSize(doc.issuer);
  const parts = [
    `<h1 class="issuer" style="font-size:${size}pt;line-height:${Math.round(size * 1.25)}pt">${escapeHtml(doc.issuer)}</h1>`,
    doc.documentNumber ? `<p class="number">${escapeHtml(doc.documentNumber)}</p>` : '',
    '<div class="rule"></div>',
    `<h1 class="title">${htmlLines(doc.title)}</h1>`,
    doc.addressee ? `<p class="addressee">${escapeHtml(doc.addressee)}：</p>` : `<div class="space"></div>`,
    ...doc.blocks.map((b) => blockHtml(b, minutes)),
    doc.attachments?.length ? attachmentsHtml(doc.attachments) : '',
    doc.signature ? signatureHtml(doc.signature) : '',
    doc.notes?.length
      ? `<div class="notes">${doc.notes
          .map((n) => `<div>${n.split('\t').map((s) => `<span>${escapeHtml(s)}</span>`).join('')}</div>`)
          .join('')}</div>`
      : '',
  ];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title.replace(/\n/g, ''))}</title><style>${BASE_CSS}${OFFICIAL_CSS}</style></head><body>${parts.join('\n')}</body></html>`;
}
