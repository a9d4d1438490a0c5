import type { Localized } from '../../../contract/result';
import { MIME, type ExportFile } from '../../../contract/schemas/files';
import type { PeriodSummaryFormat } from '../../../contract/schemas/period-summary';
import type { Actor } from '../../audit/audit-log';
import { t } from '../../cases/messages';
import type { Core } from '../../core';
import { exportFile, logExport } from '../../documents/export-file';
import { renderOfficialDocx } from '../../documents/official-docx';
import { CoreError } from '../../errors';
import { renderOfficialHtml } from '../../meetings/documents/html/official-html';
import { getSetting } from '../../services/settings';
import { periodCharts } from './charts';
import { periodFiguresFor } from './figures';
import { summaryFileName, summaryPeriod } from './period';
import { publicFigures } from './public-text';
import { periodSummaryDocument, withPng } from './summary-document';
import { renderPeriodSummaryXlsx } from './summary-xlsx';

export type Progress = (percent: number, label: Localized) => void;

/**
 * The period summary as one file — DOCX (to edit), PDF (to print and publish) or XLSX (to work
 * with) — for the handler and the CLI alike. Progress is reported between the steps (figures,
 * charts, document), which is where a cancel stops it; the export is audited with the file's
 * SHA-256 once the bytes exist, after the last step a cancel can interrupt.
 */
export async function exportPeriodSummary(
  core: Core,
  actor: Actor,
  key: string,
  format: PeriodSummaryFormat,
  progress: Progress = () => {},
): Promise<ExportFile> {
  // PDF needs a printer: fail before any work rather than after it.
  if (format === 'pdf' && !core.printPdf) throw new CoreError('PDF_UNAVAILABLE', 'no PDF printer in this host');
  const period = summaryPeriod(key, core.today());
  const centerName = getSetting<string>(core, 'center.name') ?? '';

  progress(5, t('正在统计本期数据…', 'Counting the figures…'));
  const figures = publicFigures(core, periodFiguresFor(core, period));

  let bytes: Uint8Array;
  let charts = 0;
  if (format === 'xlsx') {
    progress(50, t('正在生成 Excel 表格…', 'Writing the workbook…'));
    bytes = await renderPeriodSummaryXlsx(figures, period, centerName);
  } else {
    progress(30, t('正在绘制图表…', 'Drawing the charts…'));
    const drawn = periodCharts(figures);
    charts = drawn.length;
    // The DOCX embeds pictures; the PDF's HTML inlines the SVG, so it needs no PNG.
    const images = format === 'docx' ? withPng(drawn) : drawn;
    const document = periodSummaryDocument(figures, period, images, centerName, core.today());
    if (format === 'docx') {
      progress(60, t('正在生成 Word 文档…', 'Writing the Word document…'));
      bytes = await renderOfficialDocx(document);
    } else {
      progress(60, t('正在排版打印 PDF…', 'Printing the PDF…'));
      bytes = await core.printPdf!(renderOfficialHtml(document), {});
    }
  }
  progress(95, t('正在保存…', 'Saving…'));
  const fileName = summaryFileName(period, format);
  logExport(core, actor, {
    kind: 'period_summary',
    fileName,
    entity: 'period_summaries',
    entityId: period.key,
    detail: {
      period: period.key,
      from: period.from,
      to: period.to,
      format,
      received: figures.totals.received,
      closed: figures.totals.closed,
      charts,
    },
    content: bytes,
  });
  return exportFile(fileName, MIME[format], bytes);
}
