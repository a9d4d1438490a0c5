import { AlignmentType, Document, LineRuleType, Packer, SectionType, type Paragraph, type Table } from 'docx';
import { FONTS, fontTableXml, runFont } from '../../../documents/official/fonts';
import { BODY_CHAR, FOOTER_DISTANCE, HEADER_DISTANCE, LINE, MARGIN, PAGE, PT, half, visualWidth } from '../../../documents/official/layout';
import { blockElements, para, run } from '../../../documents/official/paragraphs';
import type { PrintBlock, PrintDocument, PrintPart } from '../print/print-model';
import { formTable, partFooter, runningHeadHeader, writingLines } from './docx-parts';

/**
 * A PrintDocument as DOCX in the GB/T 9704 page (A4, 37/26/35/28 mm margins, 28.95 pt lines,
 * 3号仿宋): one Word section per part, each with its own header (the part's running head) and
 * odd/even page-number footers, so every page of a brief names its agenda item. Body blocks go
 * through the official-document writer's building blocks.
 */

const exact = (line = LINE) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const COVER_TITLE_PT = 36;

function blockElementsOf(block: PrintBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
    case 'table':
      return blockElements(block, false);
    case 'title': {
      const pt = block.large ? COVER_TITLE_PT : PT.title;
      return block.text.split('\n').map((line) =>
        para({
          children: [run(line, FONTS.title, pt)],
          alignment: AlignmentType.CENTER,
          spacing: exact(Math.max(LINE, Math.round(pt * 20 * 1.3))),
          keepNext: true,
        }),
      );
    }
    case 'centered':
      return [para({ children: [run(block.text, block.font === 'kai' ? FONTS.kai : FONTS.body)], alignment: AlignmentType.CENTER, spacing: exact() })];
    case 'field': {
      const w = visualWidth(block.label);
      return [
        para({
          children: [run(block.label, FONTS.hei), run(block.text)],
          alignment: AlignmentType.LEFT,
          spacing: exact(),
          indent: { left: (2 + w) * BODY_CHAR, hanging: w * BODY_CHAR },
          keepNext: true,
        }),
      ];
    }
    case 'form':
      return [formTable(block.header, block.rows, block.widths, block.rowHeightMm), para({ children: [], spacing: exact() })];
    case 'lines':
      return [writingLines(block.count), para({ children: [], spacing: exact() })];
    case 'space':
      return Array.from({ length: block.lines }, () => para({ children: [], spacing: exact() }));
    case 'right':
      return [para({ children: [run(block.text)], alignment: AlignmentType.RIGHT, spacing: exact(), indent: { right: 2 * BODY_CHAR } })];
  }
}

function section(part: PrintPart) {
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
      },
    },
    // Every section states its own header and footers: Word would otherwise carry the previous
    // part's running head over.
    headers: { default: runningHeadHeader(part.runningHead), even: runningHeadHeader(part.runningHead) },
    footers: part.numbered
      ? { default: partFooter('odd'), even: partFooter('even') }
      : { default: partFooter('none'), even: partFooter('none') },
    children: part.blocks.flatMap(blockElementsOf),
  };
}

export async function renderPrintDocx(doc: PrintDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: doc.creator,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont(FONTS.body), size: half(PT.body) },
          paragraph: { spacing: exact() },
        },
      },
    },
    sections: doc.parts.map(section),
  });
  const bytes = await Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
