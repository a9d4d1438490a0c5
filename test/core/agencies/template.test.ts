import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AgencyImportPreview } from '../../../electron/contract/schemas/agencies';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import { agencyFixture, call, count, insertAgency } from './fixture';
import { HEADER, upload } from './import-files';

async function template(format: 'xlsx' | 'csv') {
  const f = await agencyFixture();
  const file = await call<ExportFile>(f, 'agencies.template', { format });
  const bytes = Buffer.from(file.contentBase64, 'base64');
  expect(bytes.byteLength).toBe(file.bytes);
  return { f, file, bytes };
}

describe('agency import template', () => {
  it('the XLSX template has a bold frozen header, widths, drop-downs, an example row and an instructions sheet', async () => {
    const { file, bytes } = await template('xlsx');
    expect(file).toMatchObject({ fileName: '单位名录导入模板.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['单位名录', '填写说明']);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(34);
    expect(String(sheet.getCell('A2').value)).toMatch(/^（示例）/);

    const kind = sheet.getCell('C2').dataValidation;
    expect(kind).toMatchObject({ type: 'list', formulae: ['"成员单位,区县政府,政府部门,法院,调解组织,其他"'] });
    expect(sheet.getCell('C1001').dataValidation).toEqual(kind);
    expect(sheet.getCell('E500').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(sheet.getCell('J2').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(sheet.getCell('B2').dataValidation).toBeUndefined();

    const help = workbook.getWorksheet('填写说明')!;
    const helpColumns = help.getColumn(1).values.slice(2, 2 + HEADER.length);
    expect(helpColumns).toEqual(HEADER);
    expect(help.getCell('B2').value).toBe('必填');
    expect(String(help.getCell('C4').value)).toContain('成员单位');
  });

  it('a filled XLSX template previews as importable (the example row is skipped) and imports', async () => {
    const { f, bytes } = await template('xlsx');
    insertAgency(f.core, '秦皇岛市自然资源和规划局');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('单位名录')!;
    sheet.getRow(3).values = ['秦皇岛市不动产登记中心', '市不动产登记中心', '政府部门', '秦皇岛市自然资源和规划局', '是', '冯某', '主任', '0335-3000007', '', '是', ''];
    sheet.getRow(4).values = ['秦皇岛市不动产登记中心海港分中心', '', '政府部门', '秦皇岛市不动产登记中心', '', '', '', '', '', '', ''];
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());

    const file = upload('单位名录导入模板.xlsx', filled);
    const preview = await call<AgencyImportPreview>(f, 'agencies.importPreview', file);
    expect(preview).toMatchObject({ importable: true, rejected: [], fileErrors: [] });
    expect(preview.rows.map((r) => [r.row, r.name, r.parentName])).toEqual([
      [3, '秦皇岛市不动产登记中心', '秦皇岛市自然资源和规划局'],
      [4, '秦皇岛市不动产登记中心海港分中心', '秦皇岛市不动产登记中心'],
    ]);
    expect(await call(f, 'agencies.import', file)).toEqual({ agencies: 2, contacts: 1 });
    expect(count(f.core, 'agencies', "name LIKE '%示例%'")).toBe(0);
  });

  it('the CSV template is UTF-8 with a BOM, the header and the example; filled, it imports', async () => {
    const { f, file, bytes } = await template('csv');
    expect(file).toMatchObject({ fileName: '单位名录导入模板.csv', mimeType: 'text/csv' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe(HEADER.join(','));
    expect(lines[1]).toMatch(/^（示例）秦皇岛市某某局,/);
    const filled = `${new TextDecoder().decode(bytes)}秦皇岛市城市管理综合行政执法局,市城管执法局,成员单位,,是,褚某,法制科科长,"0335-3000008,13800000008",,否,\r\n`;
    const preview = await call<AgencyImportPreview>(f, 'agencies.importPreview', upload('单位名录导入模板.csv', new TextEncoder().encode(filled)));
    expect(preview).toMatchObject({ importable: true, encoding: 'utf-8' });
    expect(preview.rows).toHaveLength(1);
    expect(preview.rows[0]).toMatchObject({ row: 3, contact: { phones: ['0335-3000008', '13800000008'] } });
  });
});
