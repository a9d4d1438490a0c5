import { AlignmentType, BorderStyle, LineRuleType, type Paragraph, type Table } from 'docx';
import { chineseDate } from '../chinese-date';
import { FONTS } from './fonts';
import { BODY_CHAR, LINE, PT, TEXT_WIDTH, twips, visualWidth } from './layout';
import { RED, notesTable, para, run } from './paragraphs';
import type { OfficialDocument } from './types';

/**
 * 版头 (issuer, number, red rule), title and addressee; and after the body, the 附件说明, the
 * signature and date, and the 版记. Distances are the standard's, in lines of 28.95 pt.
 */

const exact = (before = 0, line = LINE) => ({ line, lineRule: LineRuleType.EXACT, before, after: 0 });

/** The issuer as large as 小初 (36 pt) allows while it stays on one line of the text block. */
export function issuerSize(issuer: string): number {
  const fit = Math.floor(TEXT_WIDTH / 20 / Math.max(1, visualWidth(issuer)));
  return Math.max(PT.title, Math.min(PT.issuerMax, fit));
}

/** §7.2.4–7.2.7. The red rule is the lower border of the last 版头 line, 4 mm below it. */
export function header(doc: OfficialDocument): Paragraph[] {
  const rule = { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } };
  const size = issuerSize(doc.issuer);
  const issuer = para({
    children: [run(doc.issuer, FONTS.title, size, { color: RED })],
    alignment: AlignmentType.CENTER,
    // The issuer's top edge is 35 mm below the top of the text block; its own line is taller
    // than the grid so the large characters are not clipped.
    spacing: exact(twips(35), Math.round(size * 20 * 1.25)),
    ...(doc.documentNumber ? {} : { border: rule }),
  });
  if (!doc.documentNumber) return [issuer];
  return [
    issuer,
    para({
      children: [run(doc.documentNumber)],
      alignment: AlignmentType.CENTER,
      spacing: exact(2 * LINE),
      border: rule,
    }),
  ];
}

/** Title two lines below the rule; addressee one line below the title, flush left. */
export function titleAndAddressee(doc: OfficialDocument): Paragraph[] {
  const title = doc.title.split('\n').map(
    (line, i) =>
      para({
        children: [run(line, FONTS.title, PT.title)],
        alignment: AlignmentType.CENTER,
        spacing: exact(i === 0 ? 2 * LINE : 0),
      }),
  );
  const addressee = doc.addressee
    ? [para({ children: [run(`${doc.addressee}：`)], alignment: AlignmentType.LEFT, spacing: exact(LINE) })]
    : [para({ children: [], spacing: exact() })];
  return [...title, ...addressee];
}

/** §7.3.4: "附件：1. ……", names aligned under each other, one line below the body. */
export function attachments(names: readonly string[]): Paragraph[] {
  const label = '附件：';
  const labelWidth = visualWidth(label);
  return names.map((name, i) => {
    const number = names.length > 1 ? `${i + 1}. ` : '';
    const numberWidth = visualWidth(number);
    const left = (2 + labelWidth + numberWidth) * BODY_CHAR;
    return para({
      children: [run(i === 0 ? label : ''), run(`${number}${name}`)],
      alignment: AlignmentType.LEFT,
      spacing: exact(i === 0 ? LINE : 0),
      indent: { left, hanging: (i === 0 ? labelWidth + numberWidth : numberWidth) * BODY_CHAR },
    });
  });
}

/**
 * §7.3.5.2 (a document without a seal): the issuer one line below, two characters in from the
 * right; the date on the next line, its first character two to the right of the issuer's first;
 * when the date is the longer of the two it keeps two characters from the edge and the issuer
 * moves left instead.
 */
export function signature(sig: NonNullable<OfficialDocument['signature']>): Paragraph[] {
  const date = chineseDate(sig.date);
  let issuerRight = 2;
  let dateRight = issuerRight + visualWidth(sig.issuer) - 2 - visualWidth(date);
  if (dateRight < 2) {
    issuerRight += 2 - dateRight;
    dateRight = 2;
  }
  return [
    para({
      children: [run(sig.issuer)],
      alignment: AlignmentType.RIGHT,
      spacing: exact(LINE),
      indent: { right: Math.round(issuerRight * BODY_CHAR) },
      keepNext: true,
    }),
    para({
      children: [run(date)],
      alignment: AlignmentType.RIGHT,
      spacing: exact(),
      indent: { right: Math.round(dateRight * BODY_CHAR) },
    }),
  ];
}

/** 版记 after an empty line (it belongs at the foot of the last page; Word cannot pin it there). */
export function notes(lines: readonly string[]): (Paragraph | Table)[] {
  return [para({ children: [], spacing: exact() }), para({ children: [], spacing: exact() }), notesTable([...lines])];
}
