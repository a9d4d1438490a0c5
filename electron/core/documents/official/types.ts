/** The document model of an official document (公文); see official-docx.ts for the layout. */

export type OfficialBlock =
  | { kind: 'paragraph'; text: string }
  /** Level 1 一、(黑体), 2 （一）(楷体), 3 1.(仿宋 bold), 4 (1)(仿宋). The text carries its own number. */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** widths are relative (e.g. [1, 3, 2]); equal columns when absent. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] }
  | OfficialImage;

/**
 * A figure (a flowchart, a chart), centred on its own line at `widthMm` × `heightMm` (at most the
 * 156 mm text width). The DOCX embeds the PNG; the HTML for the PDF inlines `svg` when given (it
 * stays sharp at any zoom and its text stays text), else the PNG.
 */
export interface OfficialImage {
  kind: 'image';
  png: Uint8Array;
  widthMm: number;
  heightMm: number;
  svg?: string;
  /** Alternative text (screen readers, Word's alt text). */
  alt?: string;
}

export interface OfficialDocument {
  /** 发文机关标志, printed red and centred, e.g. "××市行政争议化解中心" (for minutes: "××纪要"). */
  issuer: string;
  /** 发文字号, e.g. 行化督〔2026〕3号, centred under the issuer, above the red separator line. */
  documentNumber?: string;
  title: string;
  /** 主送机关; printed followed by '：'. */
  addressee?: string;
  blocks: OfficialBlock[];
  /** 署名 and 成文日期 (YYYY-MM-DD, printed 2026年11月27日). */
  signature?: { issuer: string; date: string };
  /** 附件说明: one name each, numbered when there are several. */
  attachments?: string[];
  /** 版记 lines, e.g. "抄送：市司法局". A tab puts what follows at the right (印发日期). */
  notes?: string[];
  kind?: 'notice' | 'minutes';
}
