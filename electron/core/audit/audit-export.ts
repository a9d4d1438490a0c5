import ExcelJS from 'exceljs';
import type { AuditFilters } from '../../contract/schemas/audit-log';
import { MIME, type ExportFile } from '../../contract/schemas/files';
import type { Core } from '../core';
import { exportFile, logExport } from '../documents/export-file';
import { verifyAuditChain, type Actor, type ChainReport } from './audit-log';
import { auditEntries, type AuditEntryRow } from './audit-query';

/**
 * The filtered audit log as a workbook (审计日志.xlsx): sheet 审计日志 with one row per entry, newest
 * first, times as real date-time cells, the detail as its JSON text, header frozen and filtered;
 * sheet 链条校验 with the verification of the whole chain at the moment of the export and the
 * head hash, so a printed copy can be matched to the live log later. The export is itself audited
 * (who, which filters, how many rows, the file's SHA-256).
 */

const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * Excel cells have no time zone: exceljs writes a Date through its UTC fields, so the instant is
 * shifted by +8 h to show the China wall-clock time the center works in.
 */
export function excelChinaTime(utcIso: string): Date {
  return new Date(Date.parse(utcIso) + CHINA_OFFSET_MS);
}

const COLUMNS: { header: string; key: string; width: number; format?: string }[] = [
  { header: '序号 seq', key: 'seq', width: 10, format: '0' },
  { header: '时间（北京时间）', key: 'at', width: 20, format: 'yyyy-mm-dd hh:mm:ss' },
  { header: '操作员', key: 'operator', width: 14 },
  { header: '操作', key: 'action', width: 22 },
  { header: '对象', key: 'entity', width: 18 },
  { header: '对象ID', key: 'entityId', width: 38 },
  { header: '详情（JSON）', key: 'detail', width: 80 },
  { header: '哈希', key: 'hash', width: 66 },
  { header: '前一条哈希', key: 'prevHash', width: 66 },
];

function entrySheet(book: ExcelJS.Workbook, rows: readonly AuditEntryRow[]): void {
  const sheet = book.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, ...(c.format ? { style: { numFmt: c.format } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      seq: r.seq,
      at: excelChinaTime(r.at),
      operator: r.operator_name ?? r.operator_id ?? '',
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id ?? '',
      detail: r.detail,
      hash: r.hash,
      prevHash: r.prev_hash,
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
}

const REASON_ZH: Record<NonNullable<ChainReport['firstBroken']>['reason'], string> = {
  hash_mismatch: '内容被改动（哈希不符）',
  prev_hash_mismatch: '顺序被打乱（前一条哈希不符）',
  missing_entry: '缺少条目',
};

function describeFilters(f: AuditFilters): string {
  const parts = [
    f.operator && `操作员=${f.operator}`,
    f.action && `操作=${f.action}`,
    f.entity && `对象=${f.entity}`,
    f.from && `自 ${f.from}`,
    f.to && `至 ${f.to}`,
    f.text && `详情含“${f.text}”`,
  ].filter(Boolean);
  return parts.length ? parts.join('；') : '全部';
}

function chainSheet(book: ExcelJS.Workbook, report: ChainReport, filters: AuditFilters, rowCount: number, exportedAt: string): void {
  const sheet = book.addWorksheet('链条校验');
  sheet.columns = [
    { header: '项目', key: 'k', width: 22 },
    { header: '结果', key: 'v', width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  const broken = report.firstBroken;
  const rows: [string, string | number | Date][] = [
    ['校验结果', report.ok ? '通过：链条完整' : `未通过：第 ${broken!.seq} 条${REASON_ZH[broken!.reason]}`],
    ['条目总数', report.entries],
    ['链头哈希', report.headHash],
    ['首个异常条目', broken ? broken.seq : '无'],
    ['导出时间（北京时间）', excelChinaTime(exportedAt)],
    ['筛选条件', describeFilters(filters)],
    ['导出条目数', rowCount],
  ];
  for (const [k, v] of rows) sheet.addRow({ k, v });
  sheet.getCell('B6').numFmt = 'yyyy-mm-dd hh:mm:ss';
}

export function auditExportFileName(today: string): string {
  return `审计日志-${today}.xlsx`;
}

/** Builds the workbook from one read snapshot, so the rows and the chain report agree. */
export async function renderAuditXlsx(core: Core, filters: AuditFilters): Promise<{ bytes: Uint8Array; rowCount: number; report: ChainReport }> {
  const { rows, report } = core.q.tx(() => ({ rows: auditEntries(core, filters), report: verifyAuditChain(core.q) }));
  const book = new ExcelJS.Workbook();
  book.creator = 'ADR Desk';
  book.created = new Date(Date.parse(core.now()));
  entrySheet(book, rows);
  chainSheet(book, report, filters, rows.length, core.now());
  const buffer = await book.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), rowCount: rows.length, report };
}

export async function exportAuditLog(core: Core, actor: Actor, filters: AuditFilters): Promise<ExportFile> {
  const { bytes, rowCount, report } = await renderAuditXlsx(core, filters);
  const fileName = auditExportFileName(core.today());
  logExport(core, actor, {
    kind: 'audit_log',
    fileName,
    entity: 'audit_log',
    detail: { filters, rows: rowCount, chainOk: report.ok, entries: report.entries, headHash: report.headHash },
    content: bytes,
  });
  return exportFile(fileName, MIME.xlsx, bytes);
}
