import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  HeightRule,
  LineRuleType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { pageNumberFooter } from '../../../documents/official-docx';
import { FONTS, runFont } from '../../../documents/official/fonts';
import { LINE, PT, TEXT_WIDTH, half, twips } from '../../../documents/official/layout';
import { columnWidths, para, run } from '../../../documents/official/paragraphs';

/** DOCX pieces the official-document writer has no block for: running heads, forms, writing lines. */

/** 五号 (10.5 pt) 宋体 for the running head, ruled under like a book's page head. */
const RUNNING_HEAD_PT = 10.5;

export function runningHeadHeader(text: string | null): Header {
  return new Header({
    children: [
      para({
        alignment: AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        ...(text ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 } } } : {}),
        children: text ? [new TextRun({ text, font: runFont(FONTS.song), size: half(RUNNING_HEAD_PT) })] : [],
      }),
    ],
  });
}

/**
 * GB/T 9704 §7.5: "— N —" at the outer edge, as the official-document writer prints it; 'none'
 * gives a part without page numbers (the cover) an empty footer of its own.
 */
export function partFooter(side: 'odd' | 'even' | 'none'): Footer {
  return side === 'none' ? new Footer({ children: [para({ children: [] })] }) : pageNumberFooter(side);
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function formCell(text: string, header: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      para({
        children: [run(text, header ? FONTS.hei : FONTS.body, PT.table)],
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      }),
    ],
  });
}

/** A ruled form with rows at least `rowHeightMm` high (to sign or write in); header on every page. */
export function formTable(header: string[], rows: string[][], widths: number[], rowHeightMm: number): Table {
  const cols = columnWidths(header.length, widths);
  const height = { value: twips(rowHeightMm), rule: HeightRule.ATLEAST };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => formCell(h, true, cols[i]!)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, height, children: header.map((_, i) => formCell(r[i] ?? '', false, cols[i]!)) })),
    ],
  });
}

/**
 * Ruled lines to write on. A borderless table with a rule under each row: paragraph borders
 * would be merged by Word into one box around consecutive paragraphs.
 */
export function writingLines(count: number): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: THIN, left: NONE, right: NONE, insideHorizontal: THIN, insideVertical: NONE },
    rows: Array.from(
      { length: count },
      () =>
        new TableRow({
          cantSplit: true,
          height: { value: LINE, rule: HeightRule.EXACT },
          children: [new TableCell({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, children: [para({ children: [] })] })],
        }),
    ),
  });
}
