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

function addSheet(book: ExcelJS.Workbook, name: string, columns: Column[], rows: (string | number | null)[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.percent ? { style: { numFmt: '0.0%' } } : {}) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const row of rows) sheet.addRow(row);
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return sheet;
}

export async function renderQuarterlyNoticeXlsx(report: QuarterlyReport): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = report.centerName || 'ADR Desk';
  addSheet(
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
      e.rectification ?? '',
      e.rectificationOn ?? '',
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
  const total = stats.addRow(['合计', report.totals.hearings, report.totals.headAppearances, report.totals.rate, '']);
  total.font = { bold: true };
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
