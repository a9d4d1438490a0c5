import ExcelJS from 'exceljs';
import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import { daysBetween } from '../../dates';
import { CLOCK_KIND_ZH, OUTCOME_ZH, SOURCE_ZH, STAGE_ZH } from './labels';
import { summaryTitle, type SummaryPeriod } from './period';

/**
 * The period summary as a workbook, one sheet per table (概况, 按阶段, 按类型, 按来源, 按被申请单位,
 * 按结果, 按月份 for a period longer than a month, 逾期事项, 典型案例), for staff to sort, filter and
 * chart in Excel or WPS: counts are numbers, rates numbers with a percentage format, dates real
 * date cells — never text. A missing rate (nothing closed) is an empty cell, not 0 % and not "—".
 * Every sheet has its header frozen, an AutoFilter over the table and columns fitted to the text.
 */

type Cell = string | number | Date | null;

interface Column {
  header: string;
  /** numFmt of the column's values: '0' counts, '0.0%' rates, 'yyyy-mm-dd' dates. */
  format?: string;
  /** Lower bound of the width in characters (headers and short values). */
  min?: number;
}

const COUNT = '0';
const RATE = '0.0%';
const DATE = 'yyyy-mm-dd';
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A China date as the Date exceljs writes as that day's serial (it converts through UTC). */
export function excelDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** Width in Excel's character units: a Chinese character takes two. */
function displayWidth(value: Cell, format: string | undefined): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return format === RATE ? 6 : String(Math.round(value * 10) / 10).length;
  let width = 0;
  for (const ch of value) width += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return width;
}

const MAX_WIDTH = 60;

function addTable(book: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = columns.map((c, i) => {
    const widest = Math.max(displayWidth(c.header, undefined) + 4, c.min ?? 0, ...rows.map((r) => displayWidth(r[i] ?? null, c.format) + 2));
    return { header: c.header, width: Math.min(MAX_WIDTH, widest), ...(c.format ? { style: { numFmt: c.format } } : {}) };
  });
  const header = sheet.getRow(1);
  header.font = BOLD;
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
  });
  for (const values of rows) sheet.addRow(values);
  sheet.eachRow((row) => {
    for (let i = 1; i <= columns.length; i += 1) row.getCell(i).border = BORDER;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return sheet;
}

const groupColumns = (first: string): Column[] => [
  { header: first, min: 14 },
  { header: '受理', format: COUNT },
  { header: '办结', format: COUNT },
  { header: '化解成功', format: COUNT },
  { header: '化解率', format: RATE },
];

type Group = { received: number; closed: number; resolved: number; resolutionRate: number | null };
const groupRow = (name: string, g: Group): Cell[] => [name, g.received, g.closed, g.resolved, g.resolutionRate];

/** 概况: one figure a row, each value in its own format (count, rate, days, date). */
function overviewRows(f: PeriodFigures, p: SummaryPeriod): { rows: Cell[][]; formats: string[] } {
  const items: [string, Cell, string][] = [
    ['统计期间', p.label['zh-CN'], '@'],
    ['起始日期', excelDate(p.from), DATE],
    ['截止日期', excelDate(p.to), DATE],
    ['期末统计日', excelDate(p.asOf), DATE],
    ['受理案件（件）', f.totals.received, COUNT],
    ['办结案件（件）', f.totals.closed, COUNT],
    ['化解成功（件）', f.totals.resolved, COUNT],
    ['撤回申请及和解/调解协议（件）', f.totals.withdrawnOrSettled, COUNT],
    ['期末在办案件（件）', f.totals.openAtEnd, COUNT],
    ['化解率', f.resolutionRate, RATE],
    ['调撤率', f.withdrawalRate, RATE],
    ['办结用时中位数（天）', f.daysToClose.median, 'General'],
    ['办结用时90%分位数（天）', f.daysToClose.p90, COUNT],
    ['期末逾期办理期限（项）', f.overdue.clocks.length, COUNT],
    ['期末逾期协调事项（项）', f.overdue.tasks.length, COUNT],
    ['行政诉讼开庭（次）', f.appearance.hearings, COUNT],
    ['负责人出庭应诉（次）', f.appearance.headAppearances, COUNT],
    ['负责人出庭应诉率', f.appearance.rate, RATE],
    ['典型案例（件）', f.typicalCases.length, COUNT],
  ];
  return { rows: items.map(([k, v]) => [k, v]), formats: items.map(([, , fmt]) => fmt) };
}

export async function renderPeriodSummaryXlsx(f: PeriodFigures, p: SummaryPeriod, centerName: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = centerName || 'ADR Desk';
  book.title = summaryTitle(p);

  const overview = overviewRows(f, p);
  const sheet = addTable(book, '概况', [{ header: '指标', min: 30 }, { header: '数值', min: 14 }], overview.rows);
  overview.formats.forEach((fmt, i) => {
    const cell = sheet.getCell(i + 2, 2);
    cell.numFmt = fmt;
    cell.alignment = { horizontal: fmt === '@' ? 'left' : 'right' };
  });

  addTable(
    book,
    '按阶段',
    [{ header: '阶段（期末在办）', min: 14 }, { header: '件数', format: COUNT }],
    [...f.byStage.map((s): Cell[] => [STAGE_ZH[s.stage], s.count]), ...(f.stageUnrecorded > 0 ? [['阶段未记录', f.stageUnrecorded]] : [])],
  );
  addTable(book, '按类型', groupColumns('争议类型'), f.byCategory.map((c) => groupRow(c.name, c)));
  addTable(book, '按来源', groupColumns('案件来源'), f.bySource.map((s) => groupRow(SOURCE_ZH[s.source], s)));
  addTable(book, '按被申请单位', groupColumns('被申请单位'), f.byAgency.map((a) => groupRow(a.agencyName, a)));
  addTable(
    book,
    '按结果',
    [{ header: '化解结果（本期办结）', min: 18 }, { header: '件数', format: COUNT }, { header: '占办结案件', format: RATE }],
    f.byOutcome.map((o) => [OUTCOME_ZH[o.outcome], o.count, f.totals.closed === 0 ? null : o.count / f.totals.closed]),
  );
  if (f.monthly.length > 0) {
    addTable(
      book,
      '按月份',
      [{ header: '月份', format: 'yyyy-mm' }, { header: '受理', format: COUNT }, { header: '办结', format: COUNT }],
      f.monthly.map((m) => [excelDate(`${m.month}-01`), m.received, m.closed]),
    );
  }
  addTable(
    book,
    '逾期事项',
    [
      { header: '类别' },
      { header: '案号', min: 16 },
      { header: '事项' },
      { header: '承办单位' },
      { header: '发出日期', format: DATE },
      { header: '届满日期', format: DATE },
      { header: '逾期天数', format: COUNT },
    ],
    [
      ...f.overdue.clocks.map((c): Cell[] => [
        '办理期限',
        c.caseNumber,
        c.stepName ?? CLOCK_KIND_ZH[c.kind],
        null,
        null,
        excelDate(c.dueOn),
        c.daysOverdue,
      ]),
      ...f.overdue.tasks.map((t): Cell[] => ['协调事项', t.caseNumber, t.request, t.agencyName, excelDate(t.sentOn), excelDate(t.dueOn), t.daysOverdue]),
    ],
  );
  addTable(
    book,
    '典型案例',
    [
      { header: '案号', min: 16 },
      { header: '案件名称' },
      { header: '争议类型' },
      { header: '化解结果' },
      { header: '收案日期', format: DATE },
      { header: '办结日期', format: DATE },
      { header: '办结用时（天）', format: COUNT },
    ],
    f.typicalCases.map((c) => [
      c.caseNumber,
      c.title,
      c.category ?? '未分类',
      OUTCOME_ZH[c.outcome],
      excelDate(c.receivedOn),
      excelDate(c.closedOn),
      daysBetween(c.receivedOn, c.closedOn),
    ]),
  );
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
