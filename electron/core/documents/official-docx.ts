import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, TextRun, type Paragraph, type Table } from 'docx';
import { FONTS, fontTableXml, runFont } from './official/fonts';
import { attachments, header, notes, signature, titleAndAddressee } from './official/front-back';
import { FOOTER_DISTANCE, HEADER_DISTANCE, LINE, MARGIN, PAGE, PT, half } from './official/layout';
import { blockElements, para } from './official/paragraphs';
import type { OfficialDocument } from './official/types';

export type { OfficialBlock, OfficialDocument } from './official/types';

/**
 * The official-document writer (公文, GB/T 9704-2012 党政机关公文格式) every DOCX the center sends
 * out goes through: supervision notices, quarterly notifications, meeting minutes, case summaries.
 *
 *   renderOfficialDocx(doc: OfficialDocument): Promise<Uint8Array>
 *
 *   OfficialDocument = {
 *     issuer: string;             发文机关标志, red, centred (e.g. "××市行政争议化解中心")
 *     documentNumber?: string;    发文字号, centred under the issuer (e.g. 行化督〔2026〕3号)
 *     title: string;              2号小标宋, centred; '\n' breaks a long title where you want
 *     addressee?: string;         主送机关, printed with '：'
 *     blocks: ( {kind:'paragraph', text}                 3号仿宋, two characters indented; '\n' = new paragraph
 *             | {kind:'heading', level:1|2|3|4, text}    一、黑体 （一）楷体 1.仿宋加粗 (1)仿宋 — text includes its number
 *             | {kind:'table', header, rows, widths?} )  ruled, full width, 12 pt; widths relative
 *     signature?: { issuer; date: 'YYYY-MM-DD' }        署名 and 成文日期 (2026年11月27日)
 *     attachments?: string[];     附件说明 (附件：1. …)
 *     notes?: string[];           版记 lines (抄送：…); a tab right-aligns the rest (印发日期)
 *     kind?: 'notice' | 'minutes' minutes: "出席：/列席：/请假：" paragraphs get the 纪要 layout
 *   }
 *
 * Layout: A4; margins top 37 mm, left 28 mm, right 26 mm, bottom 35 mm (text block 156 × 225 mm);
 * exact 28.95 pt lines (22 a page) of 28 characters; the red rule 4 mm under the document number;
 * page numbers "— N —" in 4号宋体 at the outer edge (odd pages right, even pages left, one
 * character in), through different odd and even footers. Fonts are named as offices know them
 * (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体) with fallbacks (宋体, 仿宋, SimHei, 楷体,
 * SimSun) in the font table: see official/fonts.ts.
 */
export async function renderOfficialDocx(doc: OfficialDocument): Promise<Uint8Array> {
  const minutes = doc.kind === 'minutes';
  const children: (Paragraph | Table)[] = [
    ...header(doc),
    ...titleAndAddressee(doc),
    ...doc.blocks.flatMap((b) => blockElements(b, minutes)),
    ...(doc.attachments && doc.attachments.length > 0 ? attachments(doc.attachments) : []),
    ...(doc.signature ? signature(doc.signature) : []),
    ...(doc.notes && doc.notes.length > 0 ? notes(doc.notes) : []),
  ];
  const document = new Document({
    creator: doc.signature?.issuer ?? doc.issuer,
    title: doc.title.replace(/\n/g, ''),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont(FONTS.body), size: half(PT.body) },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  const bytes = await Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** §7.5: "— N —", 4号半角宋体, one character in from the outer edge. */
export function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneChar = half(PT.pageNumber) * 10;
  return new Footer({
    children: [
      para({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFont(FONTS.song), size: half(PT.pageNumber) })],
      }),
    ],
  });
}
