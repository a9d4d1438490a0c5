import { describe, expect, it } from 'vitest';
import type { AgencyImportPreview, AgencyListItem } from '../../../electron/contract/schemas/agencies';
import type { UploadedFile } from '../../../electron/contract/schemas/files';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { agencyFixture, audit, call, count, fail, insertAgency, type AgencyFixture } from './fixture';
import { HEADER, csvText, gb18030, upload, utf16le, xlsxUpload } from './import-files';

interface Counts {
  agencies: number;
  contacts: number;
  audit: number;
}

function counts(f: AgencyFixture): Counts {
  return { agencies: count(f.core, 'agencies'), contacts: count(f.core, 'agency_contacts'), audit: count(f.core, 'audit_log') };
}

/** Previews the file, then tries the import and checks that it wrote nothing at all. */
async function rejectedImport(f: AgencyFixture, file: UploadedFile) {
  const preview = await call<AgencyImportPreview>(f, 'agencies.importPreview', file);
  expect(preview.importable).toBe(false);
  const before = counts(f);
  const error = await fail(f, 'agencies.import', file);
  expect(error.code).toBe('IMPORT_REJECTED');
  expect(counts(f)).toEqual(before);
  return { preview, error };
}

function reasonsByRow(preview: AgencyImportPreview): Record<number, string[]> {
  return Object.fromEntries(preview.rejected.map((r) => [r.row, r.reasons.map((x) => x['zh-CN'])]));
}

function agencyRow(f: AgencyFixture, name: string) {
  return f.core.sqlite.prepare('SELECT * FROM agencies WHERE name = ?').get(name) as { id: string; short_name: string | null; kind: string; parent_id: string | null; active: number };
}

describe('agency import: good files', () => {
  it('an XLSX imports agencies, contacts and parent links (in-file and directory parents) in one write with one audit entry', async () => {
    const f = await agencyFixture();
    const land = insertAgency(f.core, '秦皇岛市自然资源和规划局');
    const file = await xlsxUpload([
      HEADER,
      ['秦皇岛市海港区房屋征收管理办公室', '海港区征收办', '政府部门', '秦皇岛市海港区人民政府', '是', '刘某', '主任', '0335-3000001、13800000001，13800000001', { text: 'liu@example.gov.cn', hyperlink: 'mailto:liu@example.gov.cn' }, '是', '日常联络人'],
      ['秦皇岛市不动产登记中心', null, 'department', '秦皇岛市自然资源和规划局', null, null, null, null, null, null, null],
      ['秦皇岛市海港区人民政府', '海港区政府', '区县政府', null, '否', '陈某', '区长', 13800000002, null, '是', null],
      [null, null, null, null, null, null, null, null, null, null, null],
      ['秦皇岛市人民调解委员会', null, '调解组织', null, null, '周某', null, '13800000003 13800000004', null, null, null],
    ]);
    const preview = await call<AgencyImportPreview>(f, 'agencies.importPreview', file);
    expect(preview).toMatchObject({ format: 'xlsx', encoding: null, rejected: [], fileErrors: [], importable: true });
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    expect(preview.rows[0]).toEqual({
      row: 2,
      name: '秦皇岛市海港区房屋征收管理办公室',
      shortName: '海港区征收办',
      kind: 'department',
      parentName: '秦皇岛市海港区人民政府',
      active: true,
      contact: { name: '刘某', title: '主任', phones: ['0335-3000001', '13800000001'], email: 'liu@example.gov.cn', isHead: true, notes: '日常联络人' },
    });
    expect(preview.rows[2]).toMatchObject({ active: false, contact: { phones: ['13800000002'], isHead: true } });
    // The preview writes nothing.
    expect(count(f.core, 'agencies')).toBe(1);

    const auditBefore = count(f.core, 'audit_log');
    expect(await call(f, 'agencies.import', file)).toEqual({ agencies: 4, contacts: 3 });
    expect(count(f.core, 'audit_log')).toBe(auditBefore + 1);
    expect(audit(f.core, 'agencies.import')).toEqual([
      { entity_id: null, detail: { fileName: '单位名录.xlsx', format: 'xlsx', encoding: null, agencies: 4, contacts: 3 } },
    ]);

    const district = agencyRow(f, '秦皇岛市海港区人民政府');
    expect(district).toMatchObject({ kind: 'district_government', parent_id: null, active: 0, short_name: '海港区政府' });
    expect(agencyRow(f, '秦皇岛市海港区房屋征收管理办公室').parent_id).toBe(district.id);
    expect(agencyRow(f, '秦皇岛市不动产登记中心')).toMatchObject({ parent_id: land, active: 1, short_name: null });
    const contacts = f.core.sqlite.prepare('SELECT name, phones, email, is_head FROM agency_contacts ORDER BY name').all();
    expect(contacts).toEqual([
      { name: '刘某', phones: '["0335-3000001","13800000001"]', email: 'liu@example.gov.cn', is_head: 1 },
      { name: '周某', phones: '["13800000003","13800000004"]', email: null, is_head: 0 },
      { name: '陈某', phones: '["13800000002"]', email: null, is_head: 1 },
    ]);
    const list = await call<AgencyListItem[]>(f, 'agencies.list', { includeInactive: true });
    expect(list).toHaveLength(5);
    expect(verifyAuditChain(f.core.q).ok).toBe(true);

    // The same file again: every name is now taken, so nothing more is written.
    const { preview: again } = await rejectedImport(f, file);
    expect(again.rejected.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    expect(reasonsByRow(again)[3]).toEqual(['名录中已有同名单位「秦皇岛市不动产登记中心」']);
  });

  it('a GB18030-encoded CSV (Excel’s “CSV” on Chinese Windows) imports; so does UTF-8 with or without a BOM', async () => {
    const rows = [HEADER, ['秦皇岛市生态环境局', '市生态环境局', '成员单位', '', '', '吴某', '法规与标准科科长', '0335-3000005；13800000005', '', '否', '']];
    const f = await agencyFixture();
    const gbFile = upload('名录.CSV', gb18030(csvText(rows)));
    // The bytes really are GBK: they are not valid UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(gbFile.contentBase64, 'base64'))).toThrow();
    const preview = await call<AgencyImportPreview>(f, 'agencies.importPreview', gbFile);
    expect(preview).toMatchObject({ format: 'csv', encoding: 'gb18030', importable: true });
    expect(preview.rows[0]).toMatchObject({ name: '秦皇岛市生态环境局', kind: 'member_unit', contact: { name: '吴某', phones: ['0335-3000005', '13800000005'] } });
    expect(await call(f, 'agencies.import', gbFile)).toEqual({ agencies: 1, contacts: 1 });
    expect(agencyRow(f, '秦皇岛市生态环境局')).toMatchObject({ kind: 'member_unit', short_name: '市生态环境局' });

    for (const [name, bom] of [['秦皇岛市交通运输局', true], ['秦皇岛市公安局', false]] as const) {
      const text = csvText([HEADER.slice(0, 3), [name, '', 'member_unit']]);
      const file = upload('名录.csv', new TextEncoder().encode(bom ? `\uFEFF${text}` : text));
      const p = await call<AgencyImportPreview>(f, 'agencies.importPreview', file);
      expect(p).toMatchObject({ encoding: 'utf-8', importable: true, rows: [{ row: 2, name, contact: null }] });
      await call(f, 'agencies.import', file);
    }
    expect(count(f.core, 'agencies')).toBe(3);
  });

  it('accepts English headers and kind codes, finds the header under a title row and numbers rows as Excel does', async () => {
    const f = await agencyFixture();
    const file = await xlsxUpload([
      ['秦皇岛市行政争议化解委员会成员单位名录'],
      ['Name', 'Kind', 'Parent', 'Contact', 'Phone'],
      ['秦皇岛市司法局', 'member_unit', '', '郑某', '0335-3000006'],
      ['秦皇岛市人民调解委员会', 'mediation_org', '秦皇岛市司法局', '', ''],
    ]);
    const preview = await call<AgencyImportPreview>(f, 'agencies.importPreview', file);
    expect(preview.importable).toBe(true);
    expect(preview.rows.map((r) => [r.row, r.name, r.kind, r.parentName])).toEqual([
      [3, '秦皇岛市司法局', 'member_unit', null],
      [4, '秦皇岛市人民调解委员会', 'mediation_org', '秦皇岛市司法局'],
    ]);
  });
});

describe('agency import: bad files import nothing and say which rows and why', () => {
  it('a missing required column is a file error naming it', async () => {
    const f = await agencyFixture();
    const file = await xlsxUpload([['单位名称', '简称', '联系人'], ['秦皇岛市司法局', '市司法局', '郑某']]);
    const { preview, error } = await rejectedImport(f, file);
    expect(preview.fileErrors.map((e) => e['zh-CN'])).toEqual(['缺少必填列「类型」']);
    expect(preview.rows).toEqual([]);
    expect(error.message['zh-CN']).toBe('导入未执行，文件中的数据均未写入：缺少必填列「类型」');
    expect(error.message.en).toBe('Nothing was imported: The required column "类型" (kind) is missing');
    expect(error.fields).toEqual([{ path: '', message: preview.fileErrors[0] }]);
  });

  it('duplicate names within the file reject both rows, even when written with other brackets or spaces', async () => {
    const f = await agencyFixture();
    const file = await xlsxUpload([
      HEADER.slice(0, 3),
      ['秦皇岛市公安局（海港分局）', '', '政府部门'],
      ['秦皇岛市司法局', '', '成员单位'],
      ['秦皇岛市公安局 (海港分局)', '', '政府部门'],
    ]);
    const { preview, error } = await rejectedImport(f, file);
    expect(reasonsByRow(preview)).toEqual({
      2: ['单位名称「秦皇岛市公安局（海港分局）」与第 4 行重复'],
      4: ['单位名称「秦皇岛市公安局 (海港分局)」与第 2 行重复'],
    });
    // The good row is previewed but, all or nothing, not written.
    expect(preview.rows.map((r) => r.name)).toEqual(['秦皇岛市司法局']);
    expect(error.fields?.map((x) => x.path)).toEqual(['rows.2', 'rows.4']);
    expect(error.message['zh-CN']).toBe(
      '导入未执行，文件中的数据均未写入：2 行被拒绝：第 2 行（单位名称「秦皇岛市公安局（海港分局）」与第 4 行重复）；第 4 行（单位名称「秦皇岛市公安局 (海港分局)」与第 2 行重复）',
    );
  });

  it('a name already in the directory is rejected', async () => {
    const f = await agencyFixture();
    insertAgency(f.core, '秦皇岛市司法局');
    const file = await xlsxUpload([HEADER.slice(0, 3), ['秦皇岛市住房和城乡建设局', '', '成员单位'], ['秦皇岛市司法局', '', '成员单位']]);
    const { preview, error } = await rejectedImport(f, file);
    expect(reasonsByRow(preview)).toEqual({ 3: ['名录中已有同名单位「秦皇岛市司法局」'] });
    expect(error.fields).toEqual([{ path: 'rows.3', message: { 'zh-CN': '名录中已有同名单位「秦皇岛市司法局」', en: 'The directory already has an agency named "秦皇岛市司法局"' } }]);
  });

  it('a wrong encoding is a file error: bytes valid in neither UTF-8 nor GB18030, and UTF-16LE with or without a BOM', async () => {
    const f = await agencyFixture();
    const text = csvText([HEADER.slice(0, 3), ['秦皇岛市司法局', '', '成员单位']]);
    const invalid = new Uint8Array([...gb18030(text.slice(0, 10)), 0xff, 0xa1, 0xff, ...gb18030(text.slice(10))]);
    for (const bytes of [invalid, utf16le(text, true), utf16le(text, false)]) {
      const { preview } = await rejectedImport(f, upload('名录.csv', bytes));
      expect(preview.fileErrors).toEqual([{ 'zh-CN': '文件编码无法识别，请另存为 UTF-8 编码的 CSV', en: 'The file encoding is not recognised; save it as a UTF-8 encoded CSV' }]);
      expect(preview).toMatchObject({ format: 'csv', encoding: null, rows: [] });
    }
  });

  it('an unknown kind, a bad email, an over-long name, contact details without a name and bad 是/否 values name their row', async () => {
    const f = await agencyFixture();
    const file = await xlsxUpload([
      HEADER,
      ['秦皇岛市司法局', '', '局', '', '', '', '', '', '', '', ''],
      ['秦皇岛市公安局', '', '成员单位', '', '', '王某', '', '', 'wang@', '', ''],
      ['秦'.repeat(101), '', '成员单位', '', '', '', '', '', '', '', ''],
      ['秦皇岛市交通运输局', '', '成员单位', '', '', '', '科长', '13800000000', '', '', ''],
      ['秦皇岛市生态环境局', '', '', '', '停用', '李某', '', '', '', '不是', ''],
      ['', '市某局', '成员单位', '', '', '', '', '', '', '', ''],
    ]);
    const { preview } = await rejectedImport(f, file);
    expect(reasonsByRow(preview)).toEqual({
      2: ['类型「局」无法识别，应为成员单位、区县政府、政府部门、法院、调解组织、其他之一'],
      3: ['电子邮箱「wang@」格式不正确'],
      4: ['「单位名称」超过 100 个字（现有 101 个）'],
      5: ['填写了联系人信息，但「联系人」（姓名）为空'],
      6: ['「类型」为空，应为成员单位、区县政府、政府部门、法院、调解组织、其他之一', '「是否启用」应填「是」或「否」，而不是「停用」', '「是否负责人」应填「是」或「否」，而不是「不是」'],
      7: ['「单位名称」为空'],
    });
  });

  it('parents must be in the file or the directory, not the agency itself, and not a loop', async () => {
    const f = await agencyFixture();
    insertAgency(f.core, '已删除的局', 'other', { deletedAt: '2026-01-02T00:00:00.000Z' });
    const file = await xlsxUpload([
      HEADER.slice(0, 4),
      ['甲局', '', '成员单位', '乙局'],
      ['乙局', '', '成员单位', '甲局'],
      ['丙局', '', '成员单位', '丙局'],
      ['丁局', '', '成员单位', '不存在的局'],
      ['戊局', '', '成员单位', '已删除的局'],
    ]);
    const { preview } = await rejectedImport(f, file);
    const reasons = reasonsByRow(preview);
    expect(reasons[2]).toEqual(['「上级单位」关系形成循环']);
    expect(reasons[3]).toEqual(['「上级单位」关系形成循环']);
    expect(reasons[4]).toEqual(['「上级单位」不能是本单位']);
    expect(reasons[5]).toEqual(['上级单位「不存在的局」既不在本文件中，也不在名录中（请填写单位全称）']);
    expect(reasons[6]).toEqual(['上级单位「已删除的局」既不在本文件中，也不在名录中（请填写单位全称）']);
  });

  it('other file types, a damaged workbook and a file with only a header are refused', async () => {
    const f = await agencyFixture();
    const good = await xlsxUpload([HEADER.slice(0, 3), ['秦皇岛市司法局', '', '成员单位']]);
    const xls = await rejectedImport(f, { ...good, fileName: '名录.xls' });
    expect(xls.preview.fileErrors[0]!['zh-CN']).toBe('不支持的文件类型「名录.xls」，请使用 Excel 工作簿（.xlsx）或 CSV 文件（.csv）');
    expect(xls.preview.format).toBe('xlsx');
    const damaged = await rejectedImport(f, upload('名录.xlsx', new TextEncoder().encode('单位名称,类型\n')));
    expect(damaged.preview.fileErrors[0]!['zh-CN']).toMatch(/^无法读取该 Excel 文件/);
    const headerOnly = await rejectedImport(f, await xlsxUpload([HEADER]));
    expect(headerOnly.preview.fileErrors[0]!['zh-CN']).toBe('文件中没有可导入的数据行（表头以下均为空）');
    const blank = await rejectedImport(f, upload('空.csv', new TextEncoder().encode('\uFEFF\r\n,,\r\n')));
    expect(blank.preview.fileErrors[0]!['zh-CN']).toBe('文件是空的');
    // A file of no bytes at all never reaches the core: the contract refuses it.
    expect((await fail(f, 'agencies.importPreview', upload('空.csv', new Uint8Array()))).fields?.map((x) => x.path)).toEqual(['contentBase64']);
  });

  it('the import checks the file again when it writes: a name taken since the preview stops it', async () => {
    const f = await agencyFixture();
    const file = await xlsxUpload([HEADER.slice(0, 3), ['秦皇岛市司法局', '', '成员单位'], ['秦皇岛市公安局', '', '成员单位']]);
    expect((await call<AgencyImportPreview>(f, 'agencies.importPreview', file)).importable).toBe(true);
    await call(f, 'agencies.save', { name: '秦皇岛市公安局', kind: 'member_unit' });
    const before = counts(f);
    const error = await fail(f, 'agencies.import', file);
    expect(error).toMatchObject({ code: 'IMPORT_REJECTED', fields: [{ path: 'rows.3' }] });
    expect(counts(f)).toEqual(before);
  });
});
