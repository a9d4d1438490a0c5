import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../electron/contract/schemas/files';
import { periodFixture } from './fixture';

/** The workbook read back with exceljs: the types of the cells are the point. */

async function workbook(period: string): Promise<{ book: ExcelJS.Workbook; file: ExportFile }> {
  const f = await periodFixture();
  const file = await f.call<ExportFile>('summary.period', { period, format: 'xlsx' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return { book, file };
}

/** Rows below the header as arrays of cell values (exceljs rows are 1-based: drop index 0). */
function body(sheet: ExcelJS.Worksheet): unknown[][] {
  return (sheet.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1));
}

const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

describe('period summary XLSX', () => {
  it('one sheet per table, each with a bold frozen header, an AutoFilter over the table and fitted columns', async () => {
    const { book, file } = await workbook('2026Q3');
    expect(file).toMatchObject({ fileName: '行政争议化解工作情况-2026Q3.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(book.worksheets.map((s) => s.name)).toEqual(['概况', '按阶段', '按类型', '按来源', '按被申请单位', '按结果', '按月份', '逾期事项', '典型案例']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
      const columns = sheet.getRow(1).cellCount;
      const last = `${String.fromCharCode(64 + columns)}${sheet.rowCount}`;
      expect(sheet.autoFilter, sheet.name).toBe(`A1:${last}`);
      for (let c = 1; c <= columns; c += 1) expect(sheet.getColumn(c).width, `${sheet.name} ${c}`).toBeGreaterThanOrEqual(6);
    }
    // The longest agency name (11 characters, 22 units) fits its column.
    expect(book.getWorksheet('按被申请单位')!.getColumn(1).width).toBeGreaterThanOrEqual(22);
  });

  it('概况: counts and days as numbers, rates as numbers formatted as percentages, the period as date cells', async () => {
    const { book } = await workbook('2026Q3');
    const sheet = book.getWorksheet('概况')!;
    const rows = new Map(body(sheet).map((r) => [r[0] as string, r[1]]));
    expect(rows.get('统计期间')).toBe('2026年第三季度');
    expect(rows.get('起始日期')).toEqual(day('2026-07-01'));
    expect(rows.get('截止日期')).toEqual(day('2026-09-30'));
    expect(rows.get('期末统计日')).toEqual(day('2026-09-30'));
    expect(rows.get('受理案件（件）')).toBe(8);
    expect(rows.get('办结案件（件）')).toBe(6);
    expect(rows.get('期末在办案件（件）')).toBe(4);
    expect(rows.get('化解率')).toBeCloseTo(4 / 6, 10);
    expect(rows.get('调撤率')).toBe(0.5);
    expect(rows.get('办结用时中位数（天）')).toBe(28);
    expect(rows.get('办结用时90%分位数（天）')).toBe(60);
    expect(rows.get('负责人出庭应诉率')).toBe(0.6);
    const cell = (label: string) => sheet.getCell(body(sheet).findIndex((r) => r[0] === label) + 2, 2);
    expect(cell('起始日期').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('起始日期').numFmt).toBe('yyyy-mm-dd');
    expect(cell('化解率').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('化解率').numFmt).toBe('0.0%');
    expect(cell('受理案件（件）').type).toBe(ExcelJS.ValueType.Number);
  });

  it('grouped tables hold numbers; a missing rate is an empty cell, never text', async () => {
    const { book } = await workbook('2026Q3');
    const categories = book.getWorksheet('按类型')!;
    expect(categories.getRow(1).values).toEqual([undefined, '争议类型', '受理', '办结', '化解成功', '化解率']);
    const cat = body(categories);
    expect(cat[0]).toEqual(['土地房屋征收补偿', 2, 2, 2, 1]);
    expect(cat[1]![4]).toBeCloseTo(2 / 3, 10);
    expect(cat.find((r) => r[0] === '环境治理')).toEqual(['环境治理', 0, 0, 0]);
    expect(categories.getCell('E2').numFmt).toBe('0.0%');
    for (const sheetName of ['按类型', '按来源', '按被申请单位']) {
      const sheet = book.getWorksheet(sheetName)!;
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        for (let c = 2; c <= 5; c += 1) {
          const type = row.getCell(c).type;
          expect([ExcelJS.ValueType.Number, ExcelJS.ValueType.Null], `${sheetName} row ${n} col ${c}`).toContain(type);
        }
      });
    }
    expect(body(book.getWorksheet('按被申请单位')!)).toEqual([
      ['市人力资源和社会保障局', 3, 3, 2, 2 / 3],
      ['市自然资源和规划局', 3, 3, 2, 2 / 3],
      ['市市场监督管理局', 3, 1, 0, 0],
    ]);
    expect(body(book.getWorksheet('按阶段')!)).toEqual([
      ['受理', 1],
      ['化解前', 1],
      ['化解中', 0],
      ['化解后', 1],
      ['阶段未记录', 1],
    ]);
    const outcomes = body(book.getWorksheet('按结果')!);
    expect(outcomes[0]).toEqual(['撤回申请', 2, 2 / 6]);
    expect(outcomes[3]).toEqual(['司法确认', 0, 0]);
    expect(body(book.getWorksheet('按月份')!)).toEqual([
      [day('2026-07-01'), 3, 2],
      [day('2026-08-01'), 2, 1],
      [day('2026-09-01'), 3, 3],
    ]);
  });

  it('overdue items and typical cases carry real dates and day counts', async () => {
    const { book } = await workbook('2026Q3');
    const overdue = book.getWorksheet('逾期事项')!;
    expect(body(overdue)).toEqual([
      ['办理期限', '测〔2026〕9号', '化解期限', undefined, undefined, day('2026-04-15'), 168],
      ['办理期限', '测〔2026〕5号', '化解期限', undefined, undefined, day('2026-09-11'), 19],
      // The request without the party's name and phone (the report is not for staff only).
      ['协调事项', '测〔2026〕9号', '请就李某（电话××）提出的补偿标准提出书面意见', '市自然资源和规划局', day('2026-09-01'), day('2026-09-10'), 20],
      ['协调事项', '测〔2026〕6号', 'C 请提供书面意见', '市市场监督管理局', day('2026-09-25'), day('2026-09-29'), 1],
    ]);
    expect(overdue.getCell('F2').type).toBe(ExcelJS.ValueType.Date);
    expect(overdue.getCell('F2').numFmt).toBe('yyyy-mm-dd');
    expect(overdue.getCell('G2').type).toBe(ExcelJS.ValueType.Number);
    const typical = book.getWorksheet('典型案例')!;
    expect(body(typical)).toEqual([
      ['测〔2026〕2号', '王某诉市自然资源和规划局房屋征收补偿纠纷', '土地房屋征收补偿', '和解/调解协议', day('2026-07-01'), day('2026-07-31'), 30],
      ['测〔2026〕12号', '某食品有限公司诉市人力资源和社会保障局工伤认定纠纷', '劳动和社会保障', '撤回申请', day('2026-09-01'), day('2026-09-20'), 19],
    ]);
    expect(typical.getCell('E2').type).toBe(ExcelJS.ValueType.Date);
  });

  it('an empty period: zero counts, empty rate cells, empty tables that still have their header and filter, no monthly sheet', async () => {
    const { book } = await workbook('2020-02');
    expect(book.worksheets.map((s) => s.name)).not.toContain('按月份');
    const rows = new Map(body(book.getWorksheet('概况')!).map((r) => [r[0] as string, r[1]]));
    expect(rows.get('受理案件（件）')).toBe(0);
    expect(rows.has('化解率') && rows.get('化解率')).toBeUndefined();
    expect(rows.get('办结用时中位数（天）')).toBeUndefined();
    const typical = book.getWorksheet('典型案例')!;
    expect(typical.rowCount).toBe(1);
    expect(typical.autoFilter).toBe('A1:G1');
  });
});
