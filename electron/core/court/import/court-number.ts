/**
 * Court case numbers (案号) as the court writes them: （2026）冀03行初15号 — the year in brackets,
 * the court's code (a province character, digits), the case-type characters, the serial and 号.
 * The same shape serves the court's referral numbers and its filing (立案) numbers.
 *
 * Numbers are keyed in one canonical form so that a hand-typed "(2026)冀03行初15号" and the court's
 * "（2026）冀03行初15号" are the same case: NFKC (full-width digits), no spaces, full-width brackets.
 */

const WELL_FORMED = /^（\d{4}）[\u4e00-\u9fff]{1,4}\d{0,6}[\u4e00-\u9fff]{1,8}\d{1,8}号$/u;

export const COURT_NUMBER_EXAMPLE = '（2026）冀03行初15号';

export function normaliseCourtNumber(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(/\(/gu, '（').replace(/\)/gu, '）');
}

/** True for a number in canonical form shaped like （2026）冀03行初15号. */
export function isWellFormedCourtNumber(normalised: string): boolean {
  return WELL_FORMED.test(normalised);
}
