import type { SnippetSegment } from '../../contract/schemas/case-list';

/**
 * Text handling shared by the index writer and the query side. Pure functions, no database.
 *
 * Two FTS5 indexes answer substring queries (see migration 0003):
 * - `search_trigram` (tokenizer `trigram`) for words of three characters or more;
 * - `search_unigram` for one- and two-character words. Its documents are "pre-segmented": every
 *   character is written as its own space-separated token (the `ascii` tokenizer, with every ASCII
 *   punctuation mark declared a token character, then sees exactly one token per character), so a
 *   word of n characters is the FTS5 phrase of its n characters.
 */

/**
 * Written into unigram documents wherever the source has whitespace or one record ends and the
 * next begins, so a phrase cannot match across them (张三 李四 must not match 三李). A
 * private-use character: user text that contains it has it removed before querying.
 */
export const BOUNDARY = '\uE000';

/** Characters the FTS5 `ascii` tokenizer must treat as token characters (all ASCII punctuation). */
export const ASCII_PUNCTUATION = `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`;

/** The `tokenize=` option of the unigram table, quoted for a CREATE VIRTUAL TABLE statement. */
export function unigramTokenizeOption(): string {
  const inner = `ascii tokenchars '${ASCII_PUNCTUATION.replaceAll("'", "''")}'`;
  return `tokenize = '${inner.replaceAll("'", "''")}'`;
}

// eslint-disable-next-line no-control-regex
const UNINDEXABLE = /[\u0000-\u001f\u007f\uE000]/gu;

/** What `segment` turns into a boundary: JavaScript's \s, control characters and BOUNDARY itself. */
function isBreak(code: number): boolean {
  if (code < 0x80) return code <= 0x20 || code === 0x7f;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0xe000
  );
}

/**
 * A text as the unigram index stores it: one token per character, BOUNDARY for every run of
 * whitespace or control characters. (Hot in a bulk rebuild: char codes, no regular expressions.)
 */
export function segment(text: string): string {
  let out = '';
  let pendingBreak = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isBreak(code)) {
      pendingBreak = out.length > 0;
      continue;
    }
    // A surrogate pair is one character, one token.
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const ch = isPair ? text.slice(i, i + 2) : text[i]!;
    if (isPair) i += 1;
    if (out.length > 0) out += pendingBreak ? ` ${BOUNDARY} ` : ' ';
    pendingBreak = false;
    out += ch;
  }
  return out;
}

/** Several texts (the parties of a case, its activities) as one unigram column. */
export function segmentAll(texts: readonly string[]): string {
  return texts
    .map(segment)
    .filter((s) => s.length > 0)
    .join(` ${BOUNDARY} `);
}

/** Several texts as one trigram column: a newline never occurs in a query word, so no match spans two. */
export function joinForTrigram(texts: readonly string[]): string {
  return texts.filter((t) => t.length > 0).join('\n');
}

export const MAX_TERMS = 8;
export const MAX_TERM_LENGTH = 64;

/**
 * The words of what the user typed: split on whitespace, unindexable characters removed,
 * duplicates dropped. All words must occur (AND). Nothing here is FTS5 syntax: `OR`, `*`, `"`
 * and `NEAR(` are words like any other.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const raw of text.split(/\s+/u)) {
    const term = Array.from(raw.replace(UNINDEXABLE, '')).slice(0, MAX_TERM_LENGTH).join('');
    if (term.length > 0 && !terms.some((t) => fold(t) === fold(term))) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

export function charLength(term: string): number {
  let n = 0;
  for (const _ of term) n += 1;
  return n;
}

/** An FTS5 string literal: the only special character inside double quotes is the quote itself. */
function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

export type SearchTable = 'search_trigram' | 'search_unigram';

export interface FtsQuery {
  table: SearchTable;
  /** The MATCH expression: quoted strings only, ANDed; never raw user syntax. */
  match: string;
}

/**
 * Builds the MATCH expression for `terms` (from searchTerms). Words of three or more characters
 * go to the trigram index; if any word is shorter, every word goes to the unigram index as a
 * phrase of its characters (one index per query keeps it a single FTS5 lookup).
 * `columns` restricts the match to those columns (names are ours, never user text).
 */
export function ftsQuery(terms: readonly string[], columns?: readonly string[]): FtsQuery {
  if (terms.length === 0) throw new Error('ftsQuery needs at least one term');
  const trigram = terms.every((t) => charLength(t) >= 3);
  const phrases = trigram ? terms.map(quote) : terms.map((t) => quote(Array.from(t).join(' ')));
  const body = phrases.join(' AND ');
  const match = columns && columns.length > 0 ? `{${columns.join(' ')}} : (${body})` : body;
  return { table: trigram ? 'search_trigram' : 'search_unigram', match };
}

/**
 * Case folding as the indexes do it, one UTF-16 unit for one (so offsets in the folded text are
 * offsets in the original): ASCII letters, plus any character whose lower case is one unit.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 0x41 && code <= 0x5a) out += String.fromCharCode(code + 32);
    else if (code < 0x80) out += ch;
    else {
      const lower = ch.toLowerCase();
      out += lower.length === 1 ? lower : ch;
    }
  }
  return out;
}

/** How many of `terms` occur in `text` (case-insensitively). */
export function countTermsIn(text: string, terms: readonly string[]): number {
  const folded = fold(text);
  return terms.reduce((n, t) => (folded.includes(fold(t)) ? n + 1 : n), 0);
}

/** Every occurrence of every term, as merged [start, end) ranges in UTF-16 offsets. */
export function hitRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = fold(term);
    if (needle.length === 0) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export const ELLIPSIS = '…';

/** Never cut a surrogate pair in half when trimming a snippet. */
function safeCut(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/**
 * The snippet shown under a hit: about `width` characters of `text` around the first hit, with
 * every occurrence of every term inside it as a `hit` segment. Cut ends get an ellipsis segment.
 */
export function highlight(text: string, terms: readonly string[], width = 60): SnippetSegment[] {
  const ranges = hitRanges(text, terms);
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    const first = ranges[0];
    const before = Math.floor(width / 3);
    start = first ? Math.max(0, Math.min(first[0] - before, text.length - width)) : 0;
    end = Math.min(text.length, start + width);
    // Keep the first hit whole even when it is longer than the window.
    if (first && first[1] > end) end = first[1];
    start = safeCut(text, start);
    end = safeCut(text, end);
  }
  const segments: SnippetSegment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece.length === 0) return;
    const last = segments.at(-1);
    if (last && last.hit === hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  if (start > 0) push(ELLIPSIS, false);
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    push(text.slice(at, a), false);
    segments.push({ text: text.slice(a, b), hit: true });
    at = b;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(ELLIPSIS, false);
  return segments;
}
