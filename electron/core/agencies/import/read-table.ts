import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Localized } from '../../../contract/result';
import { t } from '../../cases/messages';

/**
 * Turns an uploaded XLSX or CSV file into rows of text cells, numbered as Excel shows them. This
 * file knows about formats and encodings only; what the cells mean is import-rows.ts's business.
 */

export type ImportFormat = 'xlsx' | 'csv';

export interface TableRow {
  /** The row number as Excel shows it (the first row is 1). */
  row: number;
  /** Trimmed cell text, first column first. */
  cells: string[];
}

export interface ImportTable {
  format: ImportFormat;
  /** CSV only: how the bytes were decoded. */
  encoding: string | null;
  rows: TableRow[];
  /** Problems with the file as a whole; when present, rows is empty. */
  fileErrors: Localized[];
}

const UNREADABLE_ENCODING = t('文件编码无法识别，请另存为 UTF-8 编码的 CSV', 'The file encoding is not recognised; save it as a UTF-8 encoded CSV');

/** The format from the file name's extension; null for anything but .xlsx and .csv. */
export function formatOf(fileName: string): ImportFormat | null {
  const ext = /\.([^.]+)$/u.exec(fileName.trim())?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
}

function failed(format: ImportFormat, encoding: string | null, error: Localized): ImportTable {
  return { format, encoding, rows: [], fileErrors: [error] };
}

/** Reads the bytes as the file's extension says. Never throws for a bad file: it reports it. */
export async function readImportTable(fileName: string, bytes: Uint8Array): Promise<ImportTable> {
  const format = formatOf(fileName);
  if (format === null) {
    // The preview still has to name a format: a zip (what an .xlsx is) looks like one, else CSV.
    const looksZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    return failed(looksZip ? 'xlsx' : 'csv', null, t(
      `不支持的文件类型「${fileName}」，请使用 Excel 工作簿（.xlsx）或 CSV 文件（.csv）`,
      `Unsupported file type "${fileName}"; use an Excel workbook (.xlsx) or a CSV file (.csv)`,
    ));
  }
  return format === 'xlsx' ? readXlsx(bytes) : readCsv(bytes);
}

// ---- XLSX --------------------------------------------------------------------

/** The text a cell shows: rich text joined, a link's text, a formula's cached result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return ''; // an error value (#N/A…) or a formula never calculated
}

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants an ArrayBuffer-like; hand it exactly the file's bytes.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return failed('xlsx', null, t('无法读取该 Excel 文件：文件已损坏，或并非 .xlsx 格式（旧版 .xls 请另存为 .xlsx）', 'Cannot read this Excel file: it is damaged or not an .xlsx workbook (save an old .xls as .xlsx)'));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return failed('xlsx', null, t('该 Excel 文件中没有工作表', 'The workbook has no worksheet'));
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value).trim();
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { format: 'xlsx', encoding: null, rows, fileErrors: [] };
}

// ---- CSV ---------------------------------------------------------------------

/**
 * UTF-8 first (a BOM is dropped), then GB18030: what Excel writes for "CSV" on a Chinese Windows.
 * Both decoders are fatal, so bytes that fit neither are refused instead of shown as mojibake. A
 * NUL character means UTF-16 (Excel's "Unicode text"), which would otherwise decode as garbage.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } | null {
  for (const encoding of ['utf-8', 'gb18030']) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (text.includes('\u0000')) return null;
    return { text: text.replace(/^\uFEFF/u, ''), encoding };
  }
  return null;
}

function readCsv(bytes: Uint8Array): ImportTable {
  const decoded = decodeCsv(bytes);
  if (!decoded) return failed('csv', null, UNREADABLE_ENCODING);
  let records: string[][];
  try {
    records = parse(decoded.text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed('csv', decoded.encoding, t(`CSV 文件格式有误：${reason}`, `The CSV file is malformed: ${reason}`));
  }
  // Excel shows one record per row even when a quoted cell holds a line break: number by record.
  const rows = records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }));
  return { format: 'csv', encoding: decoded.encoding, rows, fileErrors: [] };
}
