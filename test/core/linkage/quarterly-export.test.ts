import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import type { QuarterlyReport } from '../../../electron/contract/schemas/linkage';
import { linkageFixture } from './fixture';

async function namedQuarter() {
  const f = await linkageFixture();
  const low = f.agency('市自然资源和规划局');
  const ok = f.agency('市住房和城乡建设局');
  const late = f.agency('市生态环境局');
  f.hearings(low, '2026-07-15', 5, 2);
  f.hearings(ok, '2026-08-15', 4, 4);
  f.task(late, { sentOn: '2026-08-01', dueOn: '2026-08-20' });
  await f.call<QuarterlyReport>('quarterly.saveRectification', { quarter: '2026Q3', agencyId: low, rectification: '已建立出庭应诉台账', rectificationOn: '2026-10-20' });
  return f;
}

function bytesOf(file: ExportFile): Buffer {
  return Buffer.from(file.contentBase64, 'base64');
}

describe('quarterly notification export', () => {
  it('XLSX: the named agencies with reasons and feedback, and every agency with hearings, read back with exceljs', async () => {
    const f = await namedQuarter();
    const file = await f.call<ExportFile>('quarterly.export', { quarter: '2026Q3', format: 'xlsx' });
    expect(file).toMatchObject({ fileName: '季度通报-2026Q3.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytesOf(file) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['通报名单', '出庭应诉统计']);

    const named = book.getWorksheet('通报名单')!;
    expect(named.getRow(1).values).toEqual([undefined, '单位', '通报原因', '开庭次数', '负责人出庭次数', '出庭率', '逾期协调事项数', '整改反馈', '反馈日期']);
    expect(named.getRow(1).font?.bold).toBe(true);
    expect(named.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(named.rowCount).toBe(3);
    // No hearings: no rate (an empty cell, not 0%); no feedback yet: empty cells.
    expect(named.getRow(2).values).toEqual([undefined, '市生态环境局', '协调事项逾期未答复 1 项', 0, 0, undefined, 1]);
    expect(named.getRow(3).values).toEqual([
      undefined,
      '市自然资源和规划局',
      '负责人出庭应诉率 40.0%（2/5），低于70%的目标',
      5,
      2,
      0.4,
      0,
      '已建立出庭应诉台账',
      '2026-10-20',
    ]);
    expect(named.getCell('E3').numFmt).toBe('0.0%');
    expect(named.getColumn(1).width).toBeGreaterThanOrEqual(20);

    const stats = book.getWorksheet('出庭应诉统计')!;
    const rows = stats.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['市住房和城乡建设局', 4, 4, 1, '达标'],
      ['市自然资源和规划局', 5, 2, 0.4, '未达标'],
      ['合计', 9, 6, 6 / 9],
    ]);
    expect(stats.getCell('D2').numFmt).toBe('0.0%');

    const audit = f.core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'export'").pluck().all() as string[];
    expect(audit.map((d) => JSON.parse(d) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ kind: 'quarterly_notice', fileName: '季度通报-2026Q3.xlsx', agencies: ['市生态环境局', '市自然资源和规划局'] }),
    ]);
  });

  it('DOCX: an official notice naming the agencies, unzipped', async () => {
    const f = await namedQuarter();
    const file = await f.call<ExportFile>('quarterly.export', { quarter: '2026Q3', format: 'docx' });
    expect(file.fileName).toBe('季度通报-2026Q3.docx');
    const zip = await JSZip.loadAsync(bytesOf(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      '关于2026年第三季度府院联动工作情况的通报',
      '各成员单位：',
      '行政诉讼案件共开庭9次，行政机关负责人出庭应诉6次，负责人出庭应诉率为66.7%，未达到70%的目标要求',
      '二、负责人出庭应诉率未达标的单位',
      '市自然资源和规划局',
      '40.0%',
      '1. 市生态环境局：协调事项逾期未答复 1 项。',
      '15个工作日内',
      '秦皇岛市行政争议化解中心',
      '2026年11月27日',
    ]) {
      expect(text).toContain(expected);
    }
    // The agency above target is in the overall figures only, not named.
    expect(text).not.toContain('市住房和城乡建设局');
  });

  it('a quarter with nothing to report still exports, saying so', async () => {
    const f = await linkageFixture();
    const file = await f.call<ExportFile>('quarterly.export', { quarter: '2026Q1', format: 'docx' });
    const xml = await (await JSZip.loadAsync(bytesOf(file))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('未登记行政诉讼案件开庭');
    expect(text).toContain('各单位无逾期未答复的协调事项和逾期未反馈的司法建议');
    // No agency is named, so none is asked to rectify.
    expect(text).not.toContain('被通报单位');
    expect(text).toContain('（一）各成员单位要严格落实行政机关负责人出庭应诉制度');
  });
});
