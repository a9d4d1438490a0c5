import type { Localized } from '../../../contract/result';
import { MIME, type ExportFile } from '../../../contract/schemas/files';
import type { SummaryFormat } from '../../../contract/schemas/summaries';
import type { Actor } from '../../audit/audit-log';
import type { Core } from '../../core';
import { exportFile, logExport } from '../../documents/export-file';
import { loadCaseFigure } from './flowchart-figure';
import { readCaseSummary } from './read-summary';
import { fileSafe, renderDocument, requirePrinter } from './render-document';
import { caseSummaryDocument } from './summary-document';

/**
 * The case outcome summary as a file, for the handler and the CLI alike: read, draw the case's
 * flowchart, write DOCX or print PDF, audit. Progress is reported between the steps, which is
 * also where a cancel stops it (before the export is logged or handed out).
 */

export type Progress = (percent: number, label: Localized) => void;

export const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export async function exportCaseSummary(
  core: Core,
  actor: Actor,
  caseId: string,
  format: SummaryFormat,
  progress: Progress = () => {},
): Promise<ExportFile> {
  requirePrinter(core, format);
  progress(5, t('正在读取案件…', 'Reading the case…'));
  const model = readCaseSummary(core, caseId);
  progress(25, t('正在绘制案件流程图…', 'Drawing the case flowchart…'));
  const figure = await loadCaseFigure(core, caseId);
  progress(50, format === 'docx' ? t('正在生成 Word 文档…', 'Writing the Word document…') : t('正在排版打印 PDF…', 'Printing the PDF…'));
  const bytes = await renderDocument(core, caseSummaryDocument(model, figure), format);
  // The last point a cancel can stop it: from here the export is logged and handed out together.
  progress(100, t('已完成', 'Done'));
  const fileName = `化解结果摘要-${fileSafe(model.caseNumber)}.${format}`;
  logExport(core, actor, {
    kind: 'case_summary',
    fileName,
    entity: 'cases',
    entityId: model.caseId,
    detail: { caseNumber: model.caseNumber, format, flowchartPages: figure.length },
    content: bytes,
  });
  return exportFile(fileName, MIME[format], bytes);
}
