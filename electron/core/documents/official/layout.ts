/**
 * GB/T 9704-2012 page geometry in Word's units (twips = 1/20 pt; sizes in half-points).
 * A4; top margin 37 mm, left 28 mm; text block 156 × 225 mm, hence right 26 mm and bottom 35 mm;
 * 22 lines of 28 characters in 3号 (16 pt).
 */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

export const PAGE = { width: twips(210), height: twips(297) } as const; // 11906 × 16838
export const MARGIN = { top: twips(37), left: twips(28), right: twips(26), bottom: twips(35) } as const; // 2098, 1587, 1474, 1984
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 8845 ≈ 156 mm

/** 225 mm / 22 lines ≈ 28.95 pt: an exact line height, so 22 lines fill the text block. */
export const LINE = 579;

export const PT = { issuerMax: 36, title: 22, body: 16, pageNumber: 14, notes: 14, table: 12 } as const;
export const half = (pt: number): number => pt * 2;

/**
 * 28 characters of 16 pt are 448 pt, 6 pt wider than the 156 mm (442 pt) text block; a quarter
 * point less per character (-5 twips) fits 28 to a line, as the standard counts them.
 */
export const BODY_CHAR_SPACING = -5;
/** One character of body text, as laid out (16 pt − 0.25 pt). */
export const BODY_CHAR = 16 * 20 + BODY_CHAR_SPACING; // 315 twips

/**
 * The page number's line sits 7 mm below the text block (§7.5): the footer's lower edge is then
 * about 35 − 7 − 5 (a 14 pt line) = 23 mm above the page's bottom edge.
 */
export const FOOTER_DISTANCE = twips(23);
export const HEADER_DISTANCE = twips(15);

/** Width in characters: CJK and full-width marks count 1, ASCII (digits, Latin) ½. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}
