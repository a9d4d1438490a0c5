import ExcelJS from 'exceljs';
import { MIME, type ExportFile } from '../../../contract/schemas/files';
import { exportFile } from '../../documents/export-file';
import { COLUMN_SPECS, EXAMPLE_PREFIX, IMPORT_COLUMNS, KIND_LABELS, type ImportColumn } from './import-columns';

/**
 * The downloadable import template. No personal data in it, so no export log entry. The XLSX has
 * drop-downs where a value must come from a list and a sheet explaining each column; the CSV is
 * the header and the example only (UTF-8 with BOM so Excel opens it with the right characters).
 */

export const TEMPLATE_BASE_NAME = '单位名录导入模板';
export const TEMPLATE_SHEET = '单位名录';
export const HELP_SHEET = '填写说明';
/** Rows below the header that carry the drop-downs. */
const VALIDATED_ROWS = 1000;

export const TEMPLATE_EXAMPLE: Record<ImportColumn, string> = {
  name: `${EXAMPLE_PREFIX}秦皇岛市某某局`,
  shortName: '市某某局',
  kind: KIND_LABELS.member_unit,
  parent: '',
  active: '是',
  contactName: '张某',
  contactTitle: '法制科科长',
  phones: '0335-3000000、13800000000',
  email: 'fzk@example.gov.cn',
  isHead: '否',
  notes: '日常联络人',
};

// exceljs writes sheet-level validations (one range each) but its typings only declare the
// per-cell form, which would create a thousand cells per column.
interface SheetValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function columnLetter(column: ImportColumn): string {
  return String.fromCharCode('A'.charCodeAt(0) + IMPORT_COLUMNS.indexOf(column));
}

function listValidation(values: readonly string[], title: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error: `请从下拉列表中选择：${values.join('、')}`,
  };
}

function addDataSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed for checking before the import: one page wide, landscape, header on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: COLUMN_SPECS[c].header,
    key: c,
    width: COLUMN_SPECS[c].width,
    // Text, so Excel keeps a phone's leading 0 and does not turn long numbers into 1.38E+10.
    ...(c === 'phones' ? { style: { numFmt: '@' } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.height = 20;
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    if (COLUMN_SPECS[c].required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
  });
  const example = sheet.addRow(TEMPLATE_EXAMPLE);
  example.font = { italic: true, color: { argb: 'FF808080' } };

  const validations = (sheet as unknown as SheetValidations).dataValidations;
  const range = (c: ImportColumn) => `${columnLetter(c)}2:${columnLetter(c)}${VALIDATED_ROWS + 1}`;
  validations.add(range('kind'), listValidation(Object.values(KIND_LABELS), '类型'));
  validations.add(range('active'), listValidation(['是', '否'], '是否启用'));
  validations.add(range('isHead'), listValidation(['是', '否'], '是否负责人'));
}

function addHelpSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(HELP_SHEET, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [
    { header: '列名', key: 'header', width: 14 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'zh', width: 70 },
    { header: 'Notes (English)', key: 'en', width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS) {
    const spec = COLUMN_SPECS[c];
    sheet.addRow({ header: spec.header, required: spec.required ? '必填' : '选填', zh: spec.help['zh-CN'], en: spec.help.en });
  }
  sheet.addRow([]);
  const notes: [string, string][] = [
    ['每行一个单位，最多附一名联系人；空行自动跳过。', 'One agency per row with at most one contact; empty rows are skipped.'],
    [`单位名称以「${EXAMPLE_PREFIX}」开头的行为示例，导入时自动跳过，可保留也可删除。`, `Rows whose name starts with "${EXAMPLE_PREFIX}" are examples and are skipped.`],
    ['导入前系统先预览并逐行检查；只要有一行被拒绝，整个文件都不会导入，请按提示修改后重新导入。', 'The import is previewed and checked row by row; if any row is rejected, nothing is imported.'],
    ['也可另存为 CSV 文件导入（UTF-8 编码，或 Excel 默认的 CSV 编码），表头保持不变。', 'The sheet may also be saved as CSV (UTF-8 or Excel’s default encoding) with the same header.'],
  ];
  for (const [zh, en] of notes) sheet.addRow({ header: '', required: '', zh, en });
  sheet.eachRow((row, n) => {
    row.alignment = { wrapText: true, vertical: 'top' };
    // Spreadsheet apps do not grow a row for wrapped text written by a program: size it here.
    if (n > 1) row.height = 16 * Math.max(1, ...['zh', 'en'].map((key) => Math.ceil(textWidth(String(row.getCell(key).value ?? '')) / HELP_TEXT_WIDTH)));
  });
}

const HELP_TEXT_WIDTH = 66;

/** Width in Excel's character units: a CJK character is about two. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1;
  return width;
}

function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export async function agencyImportTemplate(format: 'xlsx' | 'csv'): Promise<ExportFile> {
  if (format === 'csv') {
    const lines = [IMPORT_COLUMNS.map((c) => COLUMN_SPECS[c].header), IMPORT_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c])];
    const text = `\uFEFF${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
    return exportFile(`${TEMPLATE_BASE_NAME}.csv`, MIME.csv, new TextEncoder().encode(text));
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ADR Desk';
  addDataSheet(workbook);
  addHelpSheet(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return exportFile(`${TEMPLATE_BASE_NAME}.xlsx`, MIME.xlsx, new Uint8Array(buffer as ArrayBuffer));
}
