/**
 * Text measurement without a font engine: the layout runs in plain Node (no canvas, no browser),
 * so widths come from a rule that holds for the CJK fonts the chart names (Microsoft YaHei,
 * PingFang SC, Noto Sans CJK SC, Source Han Sans SC): Chinese characters and full-width forms are
 * 1 em wide, ASCII 0.6 em — the usual 0.55 em fell short on a line of digits, which are 0.554 em
 * in Noto Sans CJK (a test draws every line of the charts with the machine's CJK font and checks
 * the rule is never short). The few wide Latin letters (M, W, m, w, @, %) count as 1 em; any
 * other character (·, ≤, …, №) as 1.15 em, since a few are wider than the em (… is 1.06 em,
 * 1.1 em bold).
 */

export const ASCII_EM = 0.6;
export const CJK_EM = 1;
export const OTHER_EM = 1.15;
const WIDE_ASCII = new Set([...'MWmw@%']);

/** Ideographs, CJK punctuation and full-width forms: exactly one em in every CJK font. */
export function isCjk(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x303f) || // radicals, CJK punctuation (、。「」〔〕)
    (c >= 0x3040 && c <= 0x9fff) || // kana, ideographs
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff01 && c <= 0xff5e) || // full-width forms (（）：，？)
    (c >= 0x20000 && c <= 0x3ffff)
  );
}

export function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return WIDE_ASCII.has(ch) ? 1 : ASCII_EM;
  return isCjk(ch) ? CJK_EM : OTHER_EM;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

/** Marks that must not start a line (closing punctuation) or end one (opening punctuation). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕’”,.;:?!)]}%·…']);
const NO_LINE_END = new Set([...'（《「『【〔‘“([{']);

/**
 * Units that are never split: a run of ASCII letters/digits (a word or a number), one character
 * otherwise; closing punctuation sticks to what precedes it and opening punctuation to what
 * follows, as Chinese typesetting wants.
 */
function units(text: string): string[] {
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    if (/[A-Za-z0-9]/.test(ch)) {
      let word = ch;
      while (i + 1 < chars.length && /[A-Za-z0-9.\-_/]/.test(chars[i + 1]!)) word += chars[++i];
      out.push(word);
    } else {
      out.push(ch);
    }
  }
  const merged: string[] = [];
  let carry = '';
  for (const u of out) {
    if (NO_LINE_START.has(u) && merged.length) merged[merged.length - 1] += u;
    else if (NO_LINE_END.has(u)) carry += u;
    else {
      merged.push(carry + u);
      carry = '';
    }
  }
  if (carry) merged.push(carry);
  return merged;
}

/** Splits a unit too wide for a line on its own (a very long number or word) character by character. */
function splitUnit(unit: string, maxWidth: number, fontSize: number): string[] {
  const parts: string[] = [];
  let line = '';
  for (const ch of unit) {
    if (line && textWidth(line + ch, fontSize) > maxWidth) {
      parts.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) parts.push(line);
  return parts;
}

/** The text broken into lines no wider than `maxWidth` (line breaks in the text are kept). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const unit of units(paragraph.trim())) {
      const candidate = line + unit;
      if (textWidth(candidate.trimEnd(), fontSize) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      const trimmed = unit.trimStart();
      if (textWidth(trimmed, fontSize) <= maxWidth) {
        line = trimmed;
      } else {
        const parts = splitUnit(trimmed, maxWidth, fontSize);
        lines.push(...parts.slice(0, -1));
        line = parts.at(-1) ?? '';
      }
    }
    if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  }
  return lines;
}

/** One line: the text itself when it fits, else cut and ended with '…'. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (textWidth(flat, fontSize) <= maxWidth) return flat;
  let out = '';
  const room = maxWidth - textWidth('…', fontSize);
  for (const ch of flat) {
    if (textWidth(out + ch, fontSize) > room) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** At most `maxLines` wrapped lines, the last one cut with '…' when the text goes on. */
export function clampLines(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const lines = wrapText(text, maxWidth, fontSize);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateText(`${kept[maxLines - 1]!}${lines[maxLines]!}`, maxWidth, fontSize);
  return kept;
}
