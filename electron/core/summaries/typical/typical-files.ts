import { MIME, type ExportFile } from '../../../contract/schemas/files';
import type { SummaryFormat } from '../../../contract/schemas/summaries';
import type { Actor } from '../../audit/audit-log';
import { loadCaseRow } from '../../cases/case-rows';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { exportFile, logExport } from '../../documents/export-file';
import type { PartyIdentity } from '../anonymise';
import { readCaseSummary } from '../case/read-summary';
import { fileSafe, renderDocument, requirePrinter } from '../case/render-document';
import { t, type Progress } from '../case/summary-files';
import { notClosed, notTypicalYet } from './typical-flag';
import { typicalCaseDocument } from './typical-document';

/**
 * The typical case's publicity version as a file (DOCX or PDF), for the handler and the CLI: only
 * for a closed case flagged typical; audited like every export.
 */

/** The parties as stored, in full: what the anonymiser must remove. Never printed. */
export function partyIdentities(core: Core, caseId: string): (PartyIdentity & { role: string })[] {
  return core.q
    .all(
      qb
        .selectFrom('parties')
        .select(['role', 'kind', 'name', 'id_number', 'phone', 'address'])
        .where('case_id', '=', caseId)
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id'),
    )
    .map((p) => ({ role: p.role, kind: p.kind, name: p.name, idNumber: p.id_number, phone: p.phone, address: p.address }));
}

export async function exportTypicalCase(
  core: Core,
  actor: Actor,
  caseId: string,
  format: SummaryFormat,
  progress: Progress = () => {},
): Promise<ExportFile> {
  requirePrinter(core, format);
  const row = loadCaseRow(core, caseId);
  if (row.is_typical !== 1) throw notTypicalYet(row);
  // A flagged case that was reopened has no outcome to publish until it is closed again.
  if (row.status !== 'closed') throw notClosed(row);
  progress(5, t('正在读取案件并隐去当事人信息…', 'Reading the case and anonymising the parties…'));
  const doc = typicalCaseDocument(readCaseSummary(core, caseId), partyIdentities(core, caseId));
  progress(40, format === 'docx' ? t('正在生成 Word 文档…', 'Writing the Word document…') : t('正在排版打印 PDF…', 'Printing the PDF…'));
  const bytes = await renderDocument(core, doc, format);
  // The last point a cancel can stop it: from here the export is logged and handed out together.
  progress(100, t('已完成', 'Done'));
  const fileName = `典型案例-${fileSafe(row.case_number)}.${format}`;
  logExport(core, actor, {
    kind: 'typical_case',
    fileName,
    entity: 'cases',
    entityId: row.id,
    detail: { caseNumber: row.case_number, format, anonymised: true },
    content: bytes,
  });
  return exportFile(fileName, MIME[format], bytes);
}
