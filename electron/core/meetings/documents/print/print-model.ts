import type { OfficialBlock } from '../../../documents/official-docx';

/**
 * A printable document in parts, each starting on a new page with its own running head: the
 * layout both pack writers (DOCX and HTML → PDF) render block by block. The pack's words and
 * order are decided once, in pack-layout.ts; the writers only know how each block looks.
 */

export type PrintBlock =
  /** paragraph, heading (一、（一）1.(1)), table: as in the official-document writer (no figures in a pack). */
  | Exclude<OfficialBlock, { kind: 'image' }>
  /** 2号小标宋, centred; `large` for the cover (小初, 36 pt). */
  | { kind: 'title'; text: string; large?: boolean }
  /** A centred line in 楷体 (a subtitle) or 仿宋. */
  | { kind: 'centered'; text: string; font?: 'kai' | 'body' }
  /** "时间：……" with the label in 黑体 and wrapped lines aligned after it. */
  | { kind: 'field'; label: string; text: string }
  /** A ruled form table: fixed row height (room to write or sign), header repeated on each page. */
  | { kind: 'form'; header: string[]; rows: string[][]; widths: number[]; rowHeightMm: number }
  /** Empty ruled lines to write on by hand. */
  | { kind: 'lines'; count: number }
  /** Empty lines of the 28.95 pt grid. */
  | { kind: 'space'; lines: number }
  /** A line set right, two characters in (the issuer and date on the cover). */
  | { kind: 'right'; text: string };

export interface PrintPart {
  /** Unique, [a-z0-9-]: the CSS page name of the part. */
  name: string;
  /** Printed at the top of every page of the part; null = none (the cover). */
  runningHead: string | null;
  /** false = no page number on the part's pages (the cover). */
  numbered: boolean;
  blocks: PrintBlock[];
}

export interface PrintDocument {
  /** The file's title (DOCX core properties, HTML <title>). */
  title: string;
  creator: string;
  parts: PrintPart[];
}
