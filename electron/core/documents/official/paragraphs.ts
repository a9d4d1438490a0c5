import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  type IParagraphOptions,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FONTS, runFont, type OfficialFont } from './fonts';
import { BODY_CHAR, BODY_CHAR_SPACING, LINE, PT, TEXT_WIDTH, half, visualWidth } from './layout';
import type { OfficialBlock, OfficialImage } from './types';

/** Building blocks of the body: every line on the 28.95 pt grid, body text in 3号仿宋. */

export const RED = 'FF0000';

/**
 * Every paragraph: no automatic space between Chinese and digits (Word's autoSpaceDN, on by
 * default), which would widen "2026年11月27日" and break the 28-characters-a-line count.
 */
export function para(options: IParagraphOptions): Paragraph {
  return new Paragraph({ autoSpaceEastAsianText: false, ...options });
}

export function run(text: string, font: OfficialFont = FONTS.body, pt: number = PT.body, extra: { bold?: boolean; color?: string } = {}): TextRun {
  return new TextRun({
    text,
    font: runFont(font),
    size: half(pt),
    ...(pt === PT.body ? { characterSpacing: BODY_CHAR_SPACING } : {}),
    ...(extra.bold ? { bold: true } : {}),
    ...(extra.color ? { color: extra.color } : {}),
  });
}

const exact = (before = 0) => ({ line: LINE, lineRule: LineRuleType.EXACT, before, after: 0 });

/** A body paragraph: indented two characters, lines after the first flush left, justified. */
export function bodyParagraph(children: TextRun[]): Paragraph {
  return para({
    children,
    alignment: AlignmentType.JUSTIFIED,
    spacing: exact(),
    indent: { firstLine: 2 * BODY_CHAR, firstLineChars: 200 },
  });
}

const HEADING_FONT: Record<1 | 2 | 3 | 4, { font: OfficialFont; bold: boolean }> = {
  1: { font: FONTS.hei, bold: false },
  2: { font: FONTS.kai, bold: false },
  3: { font: FONTS.body, bold: true },
  4: { font: FONTS.body, bold: false },
};

/**
 * Heading levels 一、 （一） 1. (1): the text carries its own number (the writer never numbers,
 * so a caller's numbering is not doubled). Headings sit in the body's indent and keep with the
 * paragraph that follows, so none ends a page alone.
 */
export function heading(level: 1 | 2 | 3 | 4, text: string): Paragraph {
  const { font, bold } = HEADING_FONT[level];
  return para({
    children: [run(text, font, PT.body, { bold })],
    alignment: AlignmentType.JUSTIFIED,
    spacing: exact(),
    indent: { firstLine: 2 * BODY_CHAR, firstLineChars: 200 },
    keepNext: true,
  });
}

/**
 * 纪要 (GB/T 9704 §10.3.2): "出席：", "列席：", "请假：" in 黑体, the names after it in 仿宋, and
 * wrapped lines aligned with the first name after the colon.
 */
const ATTENDANCE = /^(出席|列席|请假|缺席)：/;

export function minutesParagraph(text: string): Paragraph {
  const m = ATTENDANCE.exec(text);
  if (!m) return bodyParagraph([run(text)]);
  const label = m[0];
  return para({
    children: [run(label, FONTS.hei), run(text.slice(label.length))],
    alignment: AlignmentType.LEFT,
    spacing: exact(),
    indent: { left: (2 + visualWidth(label)) * BODY_CHAR, hanging: visualWidth(label) * BODY_CHAR },
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function cell(text: string, header: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text.split('\n').map(
      (line) =>
        para({
          children: [run(line, header ? FONTS.hei : FONTS.body, PT.table)],
          alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
          // Tables leave the 28.95 pt grid: a 12 pt line at that height would look double-spaced.
          spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        }),
    ),
  });
}

/** Column widths in twips from relative widths, summing to the text width. */
export function columnWidths(count: number, widths?: number[]): number[] {
  const rel = widths && widths.length === count && widths.every((w) => w > 0) ? widths : Array<number>(count).fill(1);
  const sum = rel.reduce((a, b) => a + b, 0);
  const out = rel.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  out[out.length - 1]! += TEXT_WIDTH - out.reduce((a, b) => a + b, 0);
  return out;
}

/** A ruled table, full text width, 12 pt 仿宋 with a 黑体 header row repeated on every page. */
export function table(block: Extract<OfficialBlock, { kind: 'table' }>): Table {
  const count = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
  const widths = columnWidths(count, block.widths);
  const pad = (cells: string[]) => Array.from({ length: count }, (_, i) => cells[i] ?? '');
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      ...(block.header.length > 0
        ? [new TableRow({ tableHeader: true, cantSplit: true, children: pad(block.header).map((h, i) => cell(h, true, widths[i]!)) })]
        : []),
      ...block.rows.map((r) => new TableRow({ cantSplit: true, children: pad(r).map((c, i) => cell(c, false, widths[i]!)) })),
    ],
  });
}

/**
 * 版记 (§7.4): 4号仿宋 lines between rules (the first and last thick, 0.35 mm; between them thin,
 * 0.25 mm), one character in from each side. What follows a tab goes to the right edge, as the
 * 印发日期 does in "市行政争议化解中心\t2026年11月27日印发".
 */
export function notesTable(notes: string[]): Table {
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
  const indent = half(PT.notes) * 10; // one 14 pt character, in twips
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: thick, bottom: thick, left: NO_BORDER, right: NO_BORDER, insideHorizontal: thin, insideVertical: NO_BORDER },
    rows: notes.map(
      (note) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: TEXT_WIDTH, type: WidthType.DXA },
              margins: { top: 0, bottom: 0, left: 0, right: 0 },
              children: [
                para({
                  children: note.split('\t').flatMap((part, i) => (i === 0 ? [run(part, FONTS.body, PT.notes)] : [new TextRun({ children: [new Tab()] }), run(part, FONTS.body, PT.notes)])),
                  spacing: exact(),
                  indent: { left: indent, right: indent },
                  tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - indent }],
                }),
              ],
            }),
          ],
        }),
    ),
  });
}

/** Word sizes pictures in pixels at 96 to the inch. */
const pixels = (mm: number): number => Math.round((mm / 25.4) * 96);

/**
 * A figure centred on a line of its own. The line grows to the picture (an exact 28.95 pt line
 * would show only a strip of it); Word never splits a picture, so a tall one starts a new page.
 */
export function figure(block: OfficialImage): Paragraph {
  return para({
    alignment: AlignmentType.CENTER,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: block.png,
        transformation: { width: pixels(block.widthMm), height: pixels(block.heightMm) },
        ...(block.alt ? { altText: { name: block.alt, description: block.alt, title: block.alt } } : {}),
      }),
    ],
  });
}

export function blockElements(block: OfficialBlock, minutes: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return block.text.split('\n').map((line) => (minutes ? minutesParagraph(line) : bodyParagraph([run(line)])));
    case 'heading':
      return [heading(block.level, block.text)];
    case 'table':
      // A table directly after a paragraph needs no gap; an empty line after it keeps the next
      // paragraph from touching its bottom rule.
      return [table(block), para({ children: [], spacing: exact() })];
    case 'image':
      return [figure(block)];
  }
}
