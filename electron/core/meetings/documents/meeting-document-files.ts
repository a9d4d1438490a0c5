import type { Localized } from '../../../contract/result';
import { MIME, type ExportFile } from '../../../contract/schemas/files';
import type { MeetingDetail } from '../../../contract/schemas/meetings';
import type { Actor } from '../../audit/audit-log';
import type { Core } from '../../core';
import { chinaDate } from '../../dates';
import { CoreError } from '../../errors';
import { exportFile, logExport } from '../../documents/export-file';
import { renderOfficialDocx } from '../../documents/official-docx';
import { buildMinutesModel } from './minutes-model';
import { minutesDocument } from './minutes-official';
import { buildPackModel } from './build-pack-model';
import { packLayout } from './pack-layout';
import { renderPrintDocx } from './docx/print-docx';
import { PRINT_OPTIONS, renderPrintHtml } from './html/print-html';
import { renderOfficialHtml } from './html/official-html';

/**
 * The meeting pack and the minutes as files, DOCX (to edit) and PDF (to print), for the handlers
 * and the CLI alike. Building reads only; the caller audits the export once the files are out.
 */

export type DocumentFormat = 'docx' | 'pdf';
export type Progress = (percent: number, label: Localized) => void;

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** 会议材料-2026-12-03-12月案情研判会.docx: dated, so a folder of packs sorts by meeting. */
export function meetingFileName(what: '会议材料' | '会议纪要', meeting: Pick<MeetingDetail, 'title' | 'startsAt'>, format: DocumentFormat): string {
  const title = meeting.title.replace(/[<>:"/\\|?*\p{Cc}]/gu, '_').slice(0, 60);
  return `${what}-${chinaDate(new Date(meeting.startsAt))}-${title}.${format}`;
}

/** PDF needs a printer: fail before any work rather than after the DOCX was built. */
function requirePrinter(core: Core, formats: readonly DocumentFormat[]) {
  if (formats.includes('pdf') && !core.printPdf) throw new CoreError('PDF_UNAVAILABLE', 'no PDF printer in this host');
  return core.printPdf;
}

export async function meetingPackFiles(
  core: Core,
  meeting: MeetingDetail,
  formats: readonly DocumentFormat[],
  progress: Progress = () => {},
): Promise<ExportFile[]> {
  const printer = requirePrinter(core, formats);
  progress(2, t('正在读取会议和议程案件…', 'Reading the meeting and its cases…'));
  const model = buildPackModel(core, meeting, (i, total) =>
    progress(5 + (40 * (i - 1)) / Math.max(1, total), t(`正在生成第${i}个案情简介…`, `Writing brief ${i}…`)),
  );
  const layout = packLayout(model);
  // Chromium lays out and prints the PDF in its own process while Node writes the DOCX.
  let pdf: Promise<Uint8Array> | null = null;
  if (printer && formats.includes('pdf')) {
    progress(50, t('正在排版打印 PDF…', 'Printing the PDF…'));
    pdf = printer(renderPrintHtml(layout), PRINT_OPTIONS);
    // Marked handled so a failure while the DOCX is written is not reported as unhandled; the
    // `await pdf` below still throws it.
    pdf.catch(() => {});
  }
  const files: ExportFile[] = [];
  if (formats.includes('docx')) {
    progress(55, t('正在生成 Word 文档…', 'Writing the Word document…'));
    files.push(exportFile(meetingFileName('会议材料', meeting, 'docx'), MIME.docx, await renderPrintDocx(layout)));
    if (pdf) progress(75, t('正在等待 PDF 打印完成…', 'Waiting for the PDF…'));
  }
  if (pdf) files.push(exportFile(meetingFileName('会议材料', meeting, 'pdf'), MIME.pdf, await pdf));
  return files;
}

export async function meetingMinutesFiles(
  core: Core,
  meeting: MeetingDetail,
  formats: readonly DocumentFormat[],
  progress: Progress = () => {},
): Promise<ExportFile[]> {
  const printer = requirePrinter(core, formats);
  progress(5, t('正在整理会议纪要…', 'Assembling the minutes…'));
  const doc = minutesDocument(buildMinutesModel(core, meeting));
  const files: ExportFile[] = [];
  if (formats.includes('docx')) {
    progress(30, t('正在生成 Word 文档…', 'Writing the Word document…'));
    files.push(exportFile(meetingFileName('会议纪要', meeting, 'docx'), MIME.docx, await renderOfficialDocx(doc)));
  }
  if (printer && formats.includes('pdf')) {
    progress(55, t('正在排版打印 PDF…', 'Printing the PDF…'));
    files.push(exportFile(meetingFileName('会议纪要', meeting, 'pdf'), MIME.pdf, await printer(renderOfficialHtml(doc), {})));
  }
  return files;
}

/**
 * One audit entry per file that left the core (PIPL: the pack carries parties' names and masked
 * ID numbers). `names` are the names as written (a folder may have added ' (2)'), in the order of
 * `files`, whose bytes give each entry its SHA-256.
 */
export function logMeetingDocuments(
  core: Core,
  actor: Actor,
  kind: 'meeting_pack' | 'meeting_minutes',
  meeting: Pick<MeetingDetail, 'id' | 'title'>,
  files: readonly ExportFile[],
  names: readonly string[],
  detail: Record<string, unknown> = {},
): void {
  files.forEach((file, i) => {
    const fileName = names[i] ?? file.fileName;
    logExport(core, actor, { kind, fileName, entity: 'meetings', entityId: meeting.id, detail: { title: meeting.title, ...detail }, content: file });
  });
}
