import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CourtImportPreview } from '../../../electron/contract/schemas/court';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { getCaseDetail } from '../../../electron/core/cases/case-detail';
import { createCase } from '../../../electron/core/cases/intake';
import type { Core } from '../../../electron/core/core';
import { applyCourtImport } from '../../../electron/core/court/import/court-import';
import { searchCases } from '../../../electron/core/search/search';
import { csvText, gb18030 } from '../agencies/import-files';
import { VALID_ID } from '../cases/fixture';
import { EXAMPLES, apply, applyFails, audits, exampleUpload, importFixture, insertAgency, jsonUpload, preview, snapshot, upload, type ImportFixture } from './import-fixture';

type ReferralsPreview = Extract<CourtImportPreview, { kind: 'referrals' }>;

/** The cases as the court would recognise them: what a referral file fills in, nothing generated. */
function importedCases(core: Core) {
  const cases = core.sqlite
    .prepare(
      `SELECT c.id, c.court_number, c.title, c.source, c.received_on, c.claims, c.dispute_focus, c.stage, c.complexity, d.name AS category, a.name AS respondent
       FROM cases c JOIN dispute_categories d ON d.id = c.category_id
       JOIN case_agencies ca ON ca.case_id = c.id AND ca.role = 'respondent' JOIN agencies a ON a.id = ca.agency_id
       WHERE c.court_number IS NOT NULL ORDER BY c.court_number`,
    )
    .all() as ({ id: string; court_number: string } & Record<string, unknown>)[];
  const parties = core.sqlite.prepare('SELECT role, kind, name, id_type, id_number, phone, address FROM parties WHERE case_id = ? ORDER BY created_at, rowid');
  return cases.map(({ id, ...c }) => ({ ...c, parties: parties.all(id) }));
}

const EXAMPLE_NUMBERS = ['（2026）冀0302诉前调9901号', '（2026）冀0302诉前调9903号', '（2026）冀03行初9902号'];

interface Referral {
  courtNumber: string;
  kind: string;
  respondentAgency: string;
  referredOn: string;
  [key: string]: unknown;
}

function referralFile(referrals: unknown[]) {
  return { format: 'adr-court-referrals', version: 1, court: '秦皇岛市海港区人民法院', referrals };
}

function referral(courtNumber: string, extra: Partial<Referral> = {}): Referral {
  return {
    courtNumber,
    kind: 'delegated',
    respondentAgency: '秦皇岛市住房和城乡建设局',
    referredOn: '2026-11-20',
    category: '违法建设查处',
    parties: [{ kind: 'person', name: `申请人${courtNumber.slice(-5, -1)}`, idType: 'resident_id', idNumber: VALID_ID }],
    ...extra,
  };
}

const CSV_HEADER = ['法院案号', '委派/委托', '案件名称', '争议类别', '被申请行政机关', '委派日期', '诉讼请求', '争议焦点', '当事人角色', '当事人类型', '当事人姓名或名称', '证件类型', '证件号码', '联系电话', '地址'];

function csvUpload(rows: string[][], fileName = '委派案件.csv') {
  return upload(fileName, `\uFEFF${csvText([CSV_HEADER, ...rows])}`);
}

async function rejected(f: ImportFixture, file: ReturnType<typeof upload>) {
  const p = (await preview(f, file)) as ReferralsPreview;
  expect(p.importable).toBe(false);
  const before = snapshot(f.core);
  const error = await applyFails(f, file);
  expect(error.code).toBe('IMPORT_REJECTED');
  expect(snapshot(f.core)).toEqual(before);
  return { preview: p, error };
}

function reasons(p: CourtImportPreview): Record<number, string> {
  return Object.fromEntries(p.rejected.map((r) => [r.row, r.reasons.map((x) => x['zh-CN']).join(' | ')]));
}

describe('referral import: the example files', () => {
  it('the JSON example registers each referral as a case through case registration, with one court.import record and audit entry', async () => {
    const f = await importFixture();
    const file = exampleUpload('referrals.json');
    const p = (await preview(f, file)) as ReferralsPreview;
    expect(p).toMatchObject({ kind: 'referrals', format: 'json', fileName: 'referrals.json', rejected: [], fileErrors: [], alreadyImportedAt: null, importable: true });
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(p.rows.map((r) => [r.row, r.action, r.courtNumber, r.source, r.respondentAgency, r.category])).toEqual([
      [1, 'create', '（2026）冀0302诉前调9901号', 'court_delegated', '秦皇岛市海港区房屋征收管理办公室', '土地房屋征收补偿'],
      [2, 'create', '（2026）冀03行初9902号', 'court_entrusted', '秦皇岛市人力资源和社会保障局', '劳动和社会保障'],
      [3, 'create', '（2026）冀0302诉前调9903号', 'court_delegated', '秦皇岛市自然资源和规划局', '其他'],
    ]);
    expect(p.rows[2]!.title).toBe('孙某与秦皇岛市自然资源和规划局行政争议');
    expect(p.rows[1]!.parties).toEqual([
      { name: '秦皇岛某商贸有限公司', kind: 'organisation' },
      { name: '李某', kind: 'person' },
      { name: '赵某', kind: 'person' },
    ]);
    expect(snapshot(f.core).cases).toBe(0); // the preview writes nothing

    const progress: number[] = [];
    const result = await applyCourtImport(f.core, f.actor, file, (percent) => progress.push(percent));
    expect(result).toEqual({ kind: 'referrals', created: 3, unchanged: 0, attached: 0, acknowledgedBatch: null, noChange: false });
    expect(progress.length).toBeGreaterThanOrEqual(3);

    const cases = importedCases(f.core);
    expect(cases.map((c) => c.court_number)).toEqual(EXAMPLE_NUMBERS);
    expect(cases[0]).toMatchObject({
      title: '王某某诉海港区房屋征收管理办公室房屋征收补偿决定案',
      source: 'court_delegated',
      received_on: '2026-11-02',
      category: '土地房屋征收补偿',
      respondent: '秦皇岛市海港区房屋征收管理办公室',
      claims: '请求撤销《房屋征收补偿决定书》，重新作出补偿决定',
      dispute_focus: '被征收房屋面积认定及评估价格是否合理',
      stage: 'intake',
      complexity: 'simple',
      parties: [
        { role: 'applicant', kind: 'person', name: '王某某', id_type: 'resident_id', id_number: '130302198506152314', phone: '13800000001', address: '秦皇岛市海港区某某路1号' },
        { role: 'third_party', kind: 'organisation', name: '秦皇岛某房地产评估有限公司', id_type: 'uscc', id_number: '91130302MA0E1234XF', phone: null, address: null },
      ],
    });

    // Registered as at the intake form: case numbers in order, the register step, one case.create each, findable.
    const numbers = f.core.sqlite.prepare('SELECT case_number FROM cases ORDER BY case_number').pluck().all();
    expect(numbers).toEqual(['行化〔2026〕1号', '行化〔2026〕2号', '行化〔2026〕3号']);
    expect(audits(f.core, 'case.create')).toHaveLength(3);
    const first = f.core.sqlite.prepare("SELECT id FROM cases WHERE court_number = '（2026）冀0302诉前调9901号'").pluck().get() as string;
    const detail = getCaseDetail(f.core, first);
    expect(detail.activities.map((a) => a.description)).toEqual([expect.stringContaining('登记立案')]);
    expect(searchCases(f.core, '房地产评估').map((h) => h.caseId)).toEqual([first]);

    const batch = f.core.sqlite.prepare("SELECT * FROM court_batches WHERE direction = 'import'").all() as Record<string, unknown>[];
    expect(batch).toHaveLength(1);
    expect(batch[0]).toMatchObject({ kind: 'referrals', file_name: 'referrals.json', sha256: p.sha256, record_count: 3, case_count: 3, batch_number: null });
    expect(JSON.parse(batch[0]!.summary as string)).toMatchObject({ format: 'json', court: '秦皇岛市海港区人民法院', existing: [] });
    const audit = audits(f.core, 'court.import');
    expect(audit).toEqual([
      {
        entity_id: batch[0]!.id,
        detail: expect.objectContaining({ kind: 'referrals', fileName: 'referrals.json', sha256: p.sha256, created: 3, unchanged: 0, courtNumbers: [EXAMPLE_NUMBERS[0], EXAMPLE_NUMBERS[2], EXAMPLE_NUMBERS[1]] }),
      },
    ]);
    expect(verifyAuditChain(f.core.q).ok).toBe(true);
  });

  it.each([
    ['the CSV example (UTF-8 with BOM)', () => exampleUpload('referrals.csv'), 'csv'],
    ['the CSV example saved as GB18030 (Excel on a Chinese Windows)', () => upload('委派案件.csv', gb18030(fs.readFileSync(path.join(EXAMPLES, 'referrals.csv'), 'utf8').replace(/^\uFEFF/u, ''))), 'csv'],
    ['the XLSX example (date cells, blank case columns on a referral’s later rows)', () => exampleUpload('referrals.xlsx'), 'xlsx'],
  ] as const)('%s creates exactly the cases the JSON example creates', async (_name, file, format) => {
    const fromJson = await importFixture();
    await apply(fromJson, exampleUpload('referrals.json'));
    const f = await importFixture();
    const p = (await preview(f, file())) as ReferralsPreview;
    expect(p).toMatchObject({ format, rejected: [], fileErrors: [], importable: true });
    // One referral per court number, named by its first spreadsheet row (the header is row 1).
    expect(p.rows.map((r) => [r.row, r.courtNumber])).toEqual([
      [2, EXAMPLE_NUMBERS[0]],
      [4, EXAMPLE_NUMBERS[2]],
      [7, EXAMPLE_NUMBERS[1]],
    ]);
    expect(await apply(f, file())).toMatchObject({ created: 3, noChange: false });
    expect(importedCases(f.core)).toEqual(importedCases(fromJson.core));
  });

  it('the XLSX example carries its instructions sheet after the data sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(EXAMPLES, 'referrals.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['委派案件', '填写说明']);
    expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(CSV_HEADER);
  });
});

describe('referral import: the same file twice, overlapping files', () => {
  it('importing the same file again changes nothing: no case, no row, no audit entry, no change counter step', async () => {
    const f = await importFixture();
    const file = exampleUpload('referrals.json');
    await apply(f, file);
    const before = snapshot(f.core);
    const p = (await preview(f, file)) as ReferralsPreview;
    expect(p.alreadyImportedAt).toBe('2026-11-27T02:00:00.000Z');
    expect(p.rows.map((r) => [r.action, r.existingCaseNumber])).toEqual([
      ['existing', '行化〔2026〕1号'],
      ['existing', '行化〔2026〕2号'],
      ['existing', '行化〔2026〕3号'],
    ]);
    expect(await apply(f, file)).toEqual({ kind: 'referrals', created: 0, unchanged: 3, attached: 0, acknowledgedBatch: null, noChange: true });
    expect(snapshot(f.core)).toEqual(before);
  });

  it('the same referrals in another file (the CSV after the JSON) change nothing either, and leave no import record', async () => {
    const f = await importFixture();
    await apply(f, exampleUpload('referrals.json'));
    const before = snapshot(f.core);
    const p = (await preview(f, exampleUpload('referrals.csv'))) as ReferralsPreview;
    expect(p.alreadyImportedAt).toBeNull();
    expect(p.rows.every((r) => r.action === 'existing')).toBe(true);
    expect(await apply(f, exampleUpload('referrals.csv'))).toMatchObject({ created: 0, unchanged: 3, noChange: true });
    expect(snapshot(f.core)).toEqual(before);
  });

  it('a file overlapping an earlier one creates only the referrals whose court numbers are new', async () => {
    const f = await importFixture();
    const a = referral('（2026）冀03行初1001号');
    const b = referral('（2026）冀03行初1002号');
    const c = referral('（2026）冀03行初1003号');
    await apply(f, jsonUpload('第一批.json', referralFile([a, b])));
    const p = (await preview(f, jsonUpload('第二批.json', referralFile([b, c])))) as ReferralsPreview;
    expect(p.rows.map((r) => [r.courtNumber, r.action, r.existingCaseNumber])).toEqual([
      ['（2026）冀03行初1002号', 'existing', '行化〔2026〕2号'],
      ['（2026）冀03行初1003号', 'create', null],
    ]);
    const before = snapshot(f.core);
    expect(await apply(f, jsonUpload('第二批.json', referralFile([b, c])))).toEqual({ kind: 'referrals', created: 1, unchanged: 1, attached: 0, acknowledgedBatch: null, noChange: false });
    expect(snapshot(f.core).cases).toBe(before.cases + 1);
    expect(f.core.sqlite.prepare("SELECT case_number FROM cases WHERE court_number = '（2026）冀03行初1003号'").pluck().get()).toBe('行化〔2026〕3号');
    expect(audits(f.core, 'court.import').map((e) => e.detail.courtNumbers)).toEqual([[a.courtNumber, b.courtNumber], [c.courtNumber]]);
  });

  it('a court number typed by hand with half-width brackets is the same case as the court’s full-width one', async () => {
    const f = await importFixture();
    const category = f.core.sqlite.prepare("SELECT id FROM dispute_categories WHERE name = '其他'").pluck().get() as string;
    createCase(f.core, f.actor, {
      title: '手工登记的委派案件',
      source: 'court_delegated',
      courtNumber: '(2026)冀03行初9902号',
      categoryId: category,
      mediabilityFlags: [],
      complexity: 'simple',
      receivedOn: '2026-11-09',
      parties: [{ role: 'applicant', kind: 'person', name: '某某' }],
      agencies: [{ agencyId: f.agencies.hrss, role: 'respondent' }],
    });
    const p = (await preview(f, exampleUpload('referrals.json'))) as ReferralsPreview;
    expect(p.rows.find((r) => r.row === 2)).toMatchObject({ courtNumber: '（2026）冀03行初9902号', action: 'existing', existingCaseNumber: '行化〔2026〕1号' });
    expect(await apply(f, exampleUpload('referrals.json'))).toMatchObject({ created: 2, unchanged: 1 });
  });
});

describe('referral import: a bad file imports nothing and says which rows and why', () => {
  it('one referral with an unknown respondent agency among good ones: nothing is written, the referral is named', async () => {
    const f = await importFixture();
    const file = jsonUpload('委派.json', referralFile([referral('（2026）冀03行初1001号'), referral('（2026）冀03行初1002号'), referral('（2026）冀03行初1003号', { respondentAgency: '秦皇岛市不存在局' })]));
    const { preview: p, error } = await rejected(f, file);
    expect(p.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(reasons(p)).toEqual({ 3: expect.stringContaining('被申请行政机关「秦皇岛市不存在局」不在单位名录中') });
    expect(error.message['zh-CN']).toContain('第 3 行');
    expect(error.fields).toEqual([{ path: 'rows.3', message: expect.objectContaining({ en: expect.stringContaining('"秦皇岛市不存在局" is not in the agency directory') }) }]);
  });

  it('one bad row in a CSV among good ones names its spreadsheet row and the reason', async () => {
    const f = await importFixture();
    const good = (n: string, name: string) => [n, '委派', '', '违法建设查处', '市住建局', '2026/11/3', '', '', '', '', name, '身份证', VALID_ID, '', ''];
    const bad = [...good('（2026）冀03行初1003号', '钱某')];
    bad[12] = VALID_ID.slice(0, 17) + (VALID_ID.endsWith('1') ? '2' : '1');
    const { preview: p } = await rejected(f, csvUpload([good('（2026）冀03行初1001号', '周某'), good('（2026）冀03行初1002号', '吴某'), bad]));
    expect(p.rows.map((r) => [r.row, r.referredOn])).toEqual([
      [2, '2026-11-03'],
      [3, '2026-11-03'],
    ]);
    expect(reasons(p)).toEqual({ 4: '居民身份证号码无效：应为18位，出生日期真实，且校验码符合 GB 11643' });
  });

  it('rows of one court number that disagree on the referral’s columns are refused on the disagreeing row', async () => {
    const f = await importFixture();
    const rows = [
      ['（2026）冀03行初1001号', '委派', '', '', '市住建局', '2026-11-03', '', '', '申请人', '', '周某', '', '', '', ''],
      ['（2026）冀03行初1001号', '', '', '', '', '', '', '', '第三人', '', '吴某', '', '', '', ''],
      ['(2026)冀03行初1001号', '委托', '', '', '市住建局', '2026-11-04', '', '', '第三人', '', '郑某', '', '', '', ''],
    ];
    const { preview: p } = await rejected(f, csvUpload(rows));
    expect(reasons(p)).toEqual({
      4: '「委派/委托」与第 2 行不一致（同一法院案号的各行应相同） | 「委派日期」与第 2 行不一致（同一法院案号的各行应相同）',
    });
  });

  it.each([
    ['a malformed court number', { courtNumber: '冀03行初1001' }, '法院案号「冀03行初1001」格式不正确，应如「（2026）冀03行初15号」'],
    ['an unknown category', { category: '交通事故' }, '争议类别「交通事故」不存在'],
    ['a date that does not exist', { referredOn: '2026-02-30' }, '委派日期「2026-02-30」不是有效日期（格式 YYYY-MM-DD）'],
    ['a date after today', { referredOn: '2026-11-28' }, '委派日期 2026-11-28 晚于今天'],
    ['an unknown kind', { kind: 'invited' }, '「委派/委托」的值「invited」无效，应为：delegated、entrusted'],
    ['a missing respondent agency', { respondentAgency: undefined }, '缺少「被申请行政机关」'],
    ['a misspelt field', { courtNo: 'x' }, '未知的字段：courtNo'],
    ['no applicant', { parties: [{ role: 'third_party', kind: 'person', name: '吴某' }] }, '至少要有一名申请人（原告）'],
    ['a party without a name', { parties: [{ kind: 'person', name: '周某' }, { kind: 'person', name: ' ' }] }, '第 2 名当事人：「当事人姓名或名称」不能为空'],
    ['an ID number of no recognisable type', { parties: [{ kind: 'person', name: '周某', idNumber: 'E12345678' }] }, '填写了「证件号码」但未填写「证件类型」'],
    ['a retired agency', { respondentAgency: '市退休局' }, '被申请行政机关「秦皇岛市退休局」已停用'],
    ['a short name two agencies share', { respondentAgency: '区住建局' }, '「被申请行政机关」简称「区住建局」对应多个单位'],
  ])('%s is refused with its reason', async (_name, change, reason) => {
    const f = await importFixture();
    insertAgency(f.core, '秦皇岛市退休局', '市退休局', 0);
    insertAgency(f.core, '秦皇岛市海港区住房和城乡建设局', '区住建局');
    insertAgency(f.core, '秦皇岛市山海关区住房和城乡建设局', '区住建局');
    const { preview: p } = await rejected(f, jsonUpload('委派.json', referralFile([referral('（2026）冀03行初1001号'), referral('（2026）冀03行初1002号', change)])));
    expect(Object.keys(reasons(p))).toEqual(['2']);
    expect(reasons(p)[2]).toContain(reason);
  });

  it('a spreadsheet row without a court number continues the referral above only when all its referral columns are blank', async () => {
    const f = await importFixture();
    const { preview: p } = await rejected(
      f,
      csvUpload([
        ['（2026）冀03行初1001号', '委派', '', '', '市住建局', '2026-11-03', '', '', '', '', '周某', '', '', '', ''],
        ['', '', '', '', '', '', '', '', '第三人', '', '吴某', '', '', '', ''],
        ['', '委派', '', '', '市住建局', '2026-11-03', '', '', '', '', '郑某', '', '', '', ''],
      ]),
    );
    expect(p.rows.map((r) => [r.row, r.parties.map((x) => x.name)])).toEqual([[2, ['周某', '吴某']]]);
    expect(reasons(p)).toEqual({ 4: '缺少「法院案号」' });
  });

  it('an ID number without its type takes the type its check character proves (resident ID, credit code)', async () => {
    const f = await importFixture();
    const file = csvUpload([
      ['（2026）冀03行初1001号', '委派', '', '', '市住建局', '2026-11-03', '', '', '', '', '周某', '', VALID_ID.toLowerCase(), '', ''],
      ['（2026）冀03行初1001号', '委派', '', '', '市住建局', '2026-11-03', '', '', '第三人', '', '某某评估有限公司', '', '91130302MA0E1234XF', '', ''],
    ]);
    expect(await apply(f, file)).toMatchObject({ created: 1 });
    expect(f.core.sqlite.prepare('SELECT kind, id_type, id_number FROM parties ORDER BY rowid').all()).toEqual([
      { kind: 'person', id_type: 'resident_id', id_number: VALID_ID },
      { kind: 'organisation', id_type: 'uscc', id_number: '91130302MA0E1234XF' },
    ]);
  });

  it('a court number twice in a JSON file refuses the later referral', async () => {
    const f = await importFixture();
    const { preview: p } = await rejected(f, jsonUpload('委派.json', referralFile([referral('（2026）冀03行初1001号'), referral('(2026)冀03行初1001号')])));
    expect(reasons(p)).toEqual({ 2: '法院案号「（2026）冀03行初1001号」与第 1 条重复' });
  });

  it('a spreadsheet word that is not one of the allowed ones is refused naming the allowed words', async () => {
    const f = await importFixture();
    const { preview: p } = await rejected(f, csvUpload([['（2026）冀03行初1001号', '邀请', '', '', '市住建局', '2026-11-03', '', '', '', '公民', '周某', '', '', '', '']]));
    expect(reasons(p)).toEqual({
      2: '「委派/委托」的值「邀请」无效，应为：委派、委托 | 「当事人类型」的值「公民」无效，应为：自然人、法人或其他组织',
    });
  });

  it.each([
    ['a spreadsheet without a required column', () => upload('委派.csv', csvText([['法院案号', '当事人姓名或名称'], ['（2026）冀03行初1001号', '周某']])), '缺少必填列「委派/委托」'],
    ['a file of another type', () => upload('委派.txt', 'hello'), '不支持的文件类型「委派.txt」'],
    ['JSON that is not a referral file', () => jsonUpload('x.json', { format: 'something-else', referrals: [] }), '不是法院委派案件文件'],
    ['a referral file of a later version', () => jsonUpload('x.json', { format: 'adr-court-referrals', version: 2, referrals: [{}] }), '不支持的文件版本「2」'],
    ['broken JSON', () => upload('x.json', '{"format": "adr-court-referrals",'), 'JSON 格式有误'],
    ['an empty referral list', () => jsonUpload('x.json', referralFile([])), '文件中没有委派案件'],
  ])('%s is refused as a whole', async (_name, file, message) => {
    const f = await importFixture();
    const { preview: p, error } = await rejected(f, file());
    expect(p.fileErrors.map((e) => e['zh-CN'])).toContainEqual(expect.stringContaining(message));
    expect(error.message['zh-CN']).toContain(message);
  });

  it('a referral whose court number is already a case is not checked against the directory again', async () => {
    const f = await importFixture();
    await apply(f, jsonUpload('第一批.json', referralFile([referral('（2026）冀03行初1001号')])));
    f.core.sqlite.prepare('UPDATE agencies SET active = 0 WHERE id = ?').run(f.agencies.housing);
    const p = (await preview(f, jsonUpload('累计.json', referralFile([referral('（2026）冀03行初1001号'), referral('（2026）冀03行初1002号', { respondentAgency: '市人社局' })])))) as ReferralsPreview;
    expect(p).toMatchObject({ importable: true, rejected: [] });
    expect(p.rows.map((r) => r.action)).toEqual(['existing', 'create']);
  });
});
