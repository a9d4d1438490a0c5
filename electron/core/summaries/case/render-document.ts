import type { SummaryFormat } from '../../../contract/schemas/summaries';
import type { Core } from '../../core';
import { renderOfficialDocx, type OfficialDocument } from '../../documents/official-docx';
import { CoreError } from '../../errors';
import { renderOfficialHtml } from '../../meetings/documents/html/official-html';

/** One official document, two files: DOCX to edit, PDF printed by Chromium from its HTML. */

/** PDF needs a printer: fail before any work rather than after it. */
export function requirePrinter(core: Core, format: SummaryFormat): void {
  if (format === 'pdf' && !core.printPdf) throw new CoreError('PDF_UNAVAILABLE', 'no PDF printer in this host');
}

/**
 * The print-styled HTML a PDF is printed from: the official-document HTML of the meeting minutes
 * (same fonts, GB/T 9704 margins, 版头 and page numbers), figures inline.
 */
export function documentHtml(doc: OfficialDocument): string {
  return renderOfficialHtml(doc);
}

export async function renderDocument(core: Core, doc: OfficialDocument, format: SummaryFormat): Promise<Uint8Array> {
  if (format === 'docx') return renderOfficialDocx(doc);
  if (!core.printPdf) throw new CoreError('PDF_UNAVAILABLE', 'no PDF printer in this host');
  return core.printPdf(documentHtml(doc), {});
}

/** Characters Windows refuses in file names become '_'. */
export function fileSafe(text: string): string {
  return text.replace(/[<>:"/\\|?*\p{Cc}]/gu, '_').slice(0, 80);
}
