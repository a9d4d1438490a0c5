import { visualWidth } from '../../documents/official/layout';

/**
 * GB/T 9704 §7.3.1: a title that runs over a line is broken where the sense allows, in lines of
 * about equal length ("词意完整，排列对称，长短适宜"), not left to wrap its last character onto a
 * line of its own. 20 characters of 2号 (22 pt) fill the 156 mm text block.
 */

export const TITLE_LINE_CHARS = 20;

/** Good places to end a line: after these the phrase is complete (…诉, …与, …的, 、). */
const AFTER = new Set(['诉', '与', '和', '及', '因', '的', '、', '，', '）', '〕']);
/** Never start a line with these, nor end one with an opening bracket. */
const NO_START = new Set(['）', '〕', '」', '》', '、', '，', '。', '号']);
const NO_END = new Set(['（', '〔', '「', '《']);

function breakable(chars: readonly string[], i: number): boolean {
  const before = chars[i - 1]!;
  const after = chars[i]!;
  if (NO_START.has(after) || NO_END.has(before)) return false;
  // Keep runs of digits and Latin letters (2026, 3号's digits) whole.
  return !(/[0-9A-Za-z]/.test(before) && /[0-9A-Za-z]/.test(after));
}

/** The title with '\n' where its lines should break; unchanged when it fits on one line. */
export function balancedTitle(title: string, maxChars = TITLE_LINE_CHARS): string {
  if (title.includes('\n')) return title.split('\n').map((line) => balancedTitle(line, maxChars)).join('\n');
  const chars = [...title];
  const total = visualWidth(title);
  if (total <= maxChars) return title;
  const lines = Math.ceil(total / maxChars);
  const out: string[] = [];
  let start = 0;
  for (let line = 1; line < lines; line += 1) {
    const remaining = visualWidth(chars.slice(start).join(''));
    const target = remaining / (lines - line + 1);
    let best = -1;
    let bestScore = Infinity;
    let width = 0;
    for (let i = start + 1; i < chars.length; i += 1) {
      width += visualWidth(chars[i - 1]!);
      if (width > maxChars) break;
      if (!breakable(chars, i)) continue;
      // Distance from an even split, with a bonus for ending on a word boundary.
      const score = Math.abs(width - target) - (AFTER.has(chars[i - 1]!) ? 2.5 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    out.push(chars.slice(start, best).join(''));
    start = best;
  }
  out.push(chars.slice(start).join(''));
  return out.join('\n');
}
