/** Columns line up in a terminal: a CJK character takes two cells. */
export function cellWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1;
  return width;
}

/** Rows (the first is the header) padded to their column widths; the last column is not padded. */
export function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => cellWidth(r[i] ?? ''))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - cellWidth(c)))).join('  ').trimEnd());
}
