import ExcelJS from 'exceljs';
import type { QuarterlyReport } from '../../contract/schemas/linkage';

/**
 * The quarterly notification as a workbook: the named agencies with their reasons and feedback
 * (通报名单), and the appearance figures of every agency with hearings (出庭应诉统计). Rates are
 * numbers with a percentage format, so staff can sort and chart them in Excel/WPS.
 */

interface Column {
  header: string;
  width: number;
  percent?: boolean;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Named in full: a font with only `bold` set prints in LibreOffice's serif fallback. */
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true };
/** Points per wrapped line at the default 11 pt font. */
const LINE_HEIGHT = 15;

/** Column widths count in characters of the default font; a Chinese character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return width;
}

/**
 * Neither Excel nor LibreOffice grows a row for wrapped text in a generated file until it is
 * edited, so long reasons and feedback would print cut off: the height is set from the text.
 */
function fitRowHeight(row: ExcelJS.Row, columns: Column[]): void {
  let lines = 1;
  row.eachCell((cell, n) => {
    const width = columns[n - 1]?.width ?? 10;
    if (typeof cell.value === 'string') lines = Math.max(lines, Math.ceil(displayWidth(cell.value) / (width - 1)));
  });
  if (lines > 1) row.height = lines * LINE_HEIGHT;
}

function addSheet(book: ExcelJS.Workbook, name: string, columns: Column[], rows: (string | number | null)[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed on A4 landscape, all columns on one page width, the header on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.percent ? { style: { numFmt: '0.0%' } } : {}) }));
  const header = sheet.getRow(1);
  header.font = BOLD;
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 2 * LINE_HEIGHT;
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.alignment = { vertical: 'middle', wrapText: true };
    fitRowHeight(row, columns);
  }
  return sheet;
}

/** Ruled like the table it is when printed. */
function rule(sheet: ExcelJS.Worksheet, columns: number): void {
  sheet.eachRow((row) => {
    for (let n = 1; n <= columns; n += 1) row.getCell(n).border = BORDER;
  });
}

export async function renderQuarterlyNoticeXlsx(report: QuarterlyReport): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = report.centerName || 'ADR Desk';
  const named = addSheet(
    book,
    '通报名单',
    [
      { header: '单位', width: 28 },
      { header: '通报原因', width: 48 },
      { header: '开庭次数', width: 10 },
      { header: '负责人出庭次数', width: 14 },
      { header: '出庭率', width: 10, percent: true },
      { header: '逾期协调事项数', width: 14 },
      { header: '整改反馈', width: 40 },
      { header: '反馈日期', width: 12 },
    ],
    report.entries.map((e) => [
      e.agencyName,
      e.reasons.map((r) => r.text['zh-CN']).join('；'),
      e.hearings,
      e.headAppearances,
      e.rate,
      e.overdueTasks,
      e.rectification,
      e.rectificationOn,
    ]),
  );
  const stats = addSheet(
    book,
    '出庭应诉统计',
    [
      { header: '单位', width: 28 },
      { header: '开庭次数', width: 10 },
      { header: '负责人出庭次数', width: 14 },
      { header: '出庭率', width: 10, percent: true },
      { header: '是否达标', width: 10 },
    ],
    report.appearance.map((a) => [a.agencyName, a.hearings, a.headAppearances, a.rate, a.belowTarget ? '未达标' : '达标']),
  );
  const total = stats.addRow(['合计', report.totals.hearings, report.totals.headAppearances, report.totals.rate, null]);
  total.font = BOLD;
  rule(named, 8);
  rule(stats, 5);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
