import { MIME, type ExportFile } from '../../contract/schemas/files';
import type { Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { renderQuarterlyNoticeDocx } from '../documents/quarterly-notice-docx';
import { renderQuarterlyNoticeXlsx } from '../documents/quarterly-notice-xlsx';
import { exportFile, logExport } from '../documents/export-file';
import { quarterlyReport } from './quarterly';

export type QuarterlyFormat = 'docx' | 'xlsx';

export function quarterlyFileName(quarter: string, format: QuarterlyFormat): string {
  return `季度通报-${quarter}.${format}`;
}

/** The quarter's notice as DOCX (to print and send) or XLSX (to work with); the export is audited. */
export async function exportQuarterly(core: Core, actor: Actor, quarter: string, format: QuarterlyFormat): Promise<ExportFile> {
  const report = quarterlyReport(core, quarter);
  const bytes = format === 'docx' ? await renderQuarterlyNoticeDocx(report, core.today()) : await renderQuarterlyNoticeXlsx(report);
  const fileName = quarterlyFileName(quarter, format);
  logExport(core, actor, {
    kind: 'quarterly_notice',
    fileName,
    entity: 'quarterly_notices',
    entityId: quarter,
    detail: { quarter, format, agencies: report.entries.map((e) => e.agencyName) },
    content: bytes,
  });
  return exportFile(fileName, MIME[format], bytes);
}
