import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../../electron/contract/schemas/files';
import { dispatch } from '../../../../electron/core/handlers/registry';
import { SIGNIFICANCE_PLACEHOLDER } from '../../../../electron/core/summaries/typical/typical-document';
import { bytesOf, docxParts, pdfPages, squeeze } from '../../meetings/pack-read';
import { call, sharedPrinter, summaryFixture, typicalCases, type SummaryFixture } from '../case/fixture';

/**
 * Typical cases (典型案例): the flag (closed cases only, audited) and the anonymised publicity
 * version, checked against every party's name, ID number, phone and address in the database.
 */

const printer = sharedPrinter();
let f: SummaryFixture;

interface PartyRow {
  name: string;
  id_number: string | null;
  phone: string | null;
  address: string | null;
}

function partiesOf(caseId: string): PartyRow[] {
  return f.core.sqlite.prepare('SELECT name, id_number, phone, address FROM parties WHERE case_id = ? AND deleted_at IS NULL').all(caseId) as PartyRow[];
}

/** Everything a reader of the file could find: the text of every XML part (metadata too), tags removed. */
function docxText(file: ExportFile): string {
  return [...docxParts(bytesOf(file)).values()].map((xml) => squeeze(xml.replace(/<[^>]+>/g, ''))).join('\n');
}

function pdfText(file: ExportFile): string {
  return squeeze(pdfPages(bytesOf(file), false).join('')).replace(/—\d+—/g, '');
}

/** Every personal detail of every party that must not be in the file. */
function secrets(caseId: string): string[] {
  return partiesOf(caseId).flatMap((p) => [
    p.name,
    ...(p.id_number ? [p.id_number] : []),
    ...(p.phone ? p.phone.split(/[,，、;；/\s]+/).filter(Boolean) : []),
    ...(p.address ? [p.address] : []),
  ]);
}

function expectNoSecrets(text: string, caseId: string) {
  const list = secrets(caseId);
  expect(list.length).toBeGreaterThan(2);
  for (const secret of list) expect(text.includes(squeeze(secret)), `"${secret}" is in the publicity version`).toBe(false);
  // Nothing shaped like a resident ID or a mobile number, whoever's it is.
  expect(text).not.toMatch(/\d{17}[\dX]/);
  expect(text).not.toMatch(/1[3-9]\d{9}/);
}

async function exportTypical(caseId: string, format: 'docx' | 'pdf'): Promise<ExportFile> {
  return call<ExportFile>(f, 'summary.typical', { caseId, format });
}

function auditOf(action: string, caseId: string): { operator_name: string; detail: string }[] {
  return f.core.sqlite.prepare('SELECT operator_name, detail FROM audit_log WHERE action = ? AND entity_id = ? ORDER BY seq').all(action, caseId) as {
    operator_name: string;
    detail: string;
  }[];
}

let tricky: { id: string; caseNumber: string; surname: string; agency: string };

/**
 * A demo typical case given the parties that trip anonymisers up: a second applicant with the
 * first one's surname, a 复姓 applicant, a company as third party; and all their names, ID
 * numbers, phones and addresses written into the title, dispute focus, claims, an activity, a
 * task's reply and the outcome, as a coordinator might.
 */
function makeTricky(caseId: string): typeof tricky {
  const db = f.core.sqlite;
  const first = (db.prepare("SELECT name FROM parties WHERE case_id = ? AND role = 'applicant' ORDER BY created_at LIMIT 1").pluck().get(caseId) as string)!;
  const surname = first[0]!;
  const add = db.prepare(
    `INSERT INTO parties (id, case_id, role, kind, name, id_type, id_number, phone, address, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-27T02:00:00.000Z', '2026-11-27T02:00:00.000Z')`,
  );
  add.run('p-same', caseId, 'applicant', 'person', `${surname}丽娟`, 'resident_id', '130303199002021236', '15903351111', '河北省秦皇岛市山海关区南关大街7号');
  add.run('p-compound', caseId, 'applicant', 'person', '欧阳建华', 'resident_id', '13030419750505123X', '13703352222', '河北省秦皇岛市北戴河区海宁路16号');
  add.run('p-org', caseId, 'third_party', 'organisation', '秦皇岛市海港区鑫源食品有限公司', 'uscc', '91130302MA0A1B2C3D', '0335-3012345', '河北省秦皇岛市海港区建设大街8号');
  const all = partiesOf(caseId);
  const mention = all.map((p) => `${p.name}（身份证号${p.id_number ?? '无'}，电话${p.phone ?? '无'}，住${p.address ?? '无'}）`).join('、');
  db.prepare("UPDATE cases SET title = title || '（' || ? || '等）', dispute_focus = ? || '对补偿标准有异议', claims = '请求为' || ? || '重新核定', outcome_summary = outcome_summary || ? WHERE id = ?").run(
    `${first}、${surname}丽娟、欧阳建华`,
    mention,
    `${surname}丽娟和鑫源公司`,
    `${first}与欧阳建华签收协议，鑫源食品有限公司同意`,
    caseId,
  );
  db.prepare('UPDATE activities SET description = description || ?, result = ? WHERE id = (SELECT id FROM activities WHERE case_id = ? AND stage = ? ORDER BY occurred_at LIMIT 1)').run(
    `，走访${mention}`,
    `鑫源称已停产，联系电话15903351111`,
    caseId,
    'pre',
  );
  const agency = db.prepare("SELECT a.name FROM case_agencies ca JOIN agencies a ON a.id = ca.agency_id WHERE ca.case_id = ? AND ca.role = 'respondent'").pluck().get(caseId) as string;
  const taskId = db.prepare('SELECT id FROM coordination_tasks WHERE case_id = ? LIMIT 1').pluck().get(caseId) as string | undefined;
  if (taskId) db.prepare('UPDATE coordination_tasks SET reply_text = ? WHERE id = ?').run(`已与${first}、欧阳建华当面沟通，地址${all[0]!.address ?? ''}`, taskId);
  const caseNumber = db.prepare('SELECT case_number FROM cases WHERE id = ?').pluck().get(caseId) as string;
  return { id: caseId, caseNumber, surname, agency };
}

beforeAll(async () => {
  f = await summaryFixture(printer);
  tricky = makeTricky(typicalCases(f.core)[0]!.id);
}, 120_000);

describe('the publicity version of a typical case', () => {
  it('DOCX: no party name, ID number, phone or address anywhere in the file, aliases instead, agencies named', async () => {
    const file = await exportTypical(tricky.id, 'docx');
    const text = docxText(file);
    expectNoSecrets(text, tricky.id);
    expect(text).toContain(`${tricky.surname}某甲`);
    expect(text).toContain(`${tricky.surname}某乙`);
    expect(text).toContain('欧阳某');
    expect(text).toContain('第三人某食品有限公司');
    expect(text).toContain(squeeze(tricky.agency));
    for (const heading of ['典型案例', '一、基本案情', '二、化解过程', '三、化解结果', '四、典型意义']) expect(text).toContain(heading);
    expect(text).toContain(squeeze(SIGNIFICANCE_PLACEHOLDER));
    expect(file.fileName).toBe(`典型案例-${tricky.caseNumber}.docx`);
  });

  it('PDF: no party name, ID number, phone or address in the printed text either', async () => {
    const text = pdfText(await exportTypical(tricky.id, 'pdf'));
    expectNoSecrets(text, tricky.id);
    expect(text).toContain('欧阳某');
    expect(text).toContain('四、典型意义');
  }, 60_000);

  it('every typical case of the demo data comes out clean, in both formats', async () => {
    const others = typicalCases(f.core).filter((c) => c.id !== tricky.id);
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (const c of others) {
      expectNoSecrets(docxText(await exportTypical(c.id, 'docx')), c.id);
      expectNoSecrets(pdfText(await exportTypical(c.id, 'pdf')), c.id);
    }
  }, 60_000);

  it('the export is audited as anonymised, with its SHA-256', async () => {
    const file = await exportTypical(tricky.id, 'docx');
    const last = auditOf('export', tricky.id).at(-1)!;
    const { createHash } = await import('node:crypto');
    expect(JSON.parse(last.detail)).toMatchObject({
      kind: 'typical_case',
      anonymised: true,
      fileName: file.fileName,
      sha256: createHash('sha256').update(bytesOf(file)).digest('hex'),
    });
  });
});

describe('flagging typical cases (cases.setTypical)', () => {
  const closedCase = () =>
    f.core.sqlite.prepare("SELECT id FROM cases WHERE status = 'closed' AND is_typical = 0 ORDER BY case_number LIMIT 1").pluck().get() as string;

  it('refuses an open case in both languages and changes nothing', async () => {
    const open = f.core.sqlite.prepare("SELECT id FROM cases WHERE status = 'open' LIMIT 1").pluck().get() as string;
    const result = await dispatch(f.core, f.session, 'cases.setTypical', { caseId: open, typical: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('CONFLICT');
    expect(result.error.message['zh-CN']).toContain('只有已结案的案件才能列为典型案例');
    expect(result.error.message.en).toContain('only closed cases can be flagged as typical');
    expect(f.core.sqlite.prepare('SELECT is_typical FROM cases WHERE id = ?').pluck().get(open)).toBe(0);
    expect(auditOf('case.typical', open)).toHaveLength(0);
  });

  it('flags a closed case, audited with who did it; the same again changes and logs nothing; the page is told of the write', async () => {
    const id = closedCase();
    const writes: string[] = [];
    const result = await dispatch(f.core, f.session, 'cases.setTypical', { caseId: id, typical: true }, { onWrite: (c) => writes.push(c) });
    expect(result).toEqual({ ok: true, value: { caseId: id, typical: true } });
    expect(writes).toEqual(['cases.setTypical']);
    expect(f.core.sqlite.prepare('SELECT is_typical FROM cases WHERE id = ?').pluck().get(id)).toBe(1);
    const entries = auditOf('case.typical', id);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.operator_name).toBe('张协调');
    expect(JSON.parse(entries[0]!.detail)).toMatchObject({ typical: true });
    await call(f, 'cases.setTypical', { caseId: id, typical: true });
    expect(auditOf('case.typical', id)).toHaveLength(1);
  });

  it('the publicity version is only for flagged cases, and not while a flagged case is reopened', async () => {
    const id = closedCase();
    const refused = await dispatch(f.core, f.session, 'summary.typical', { caseId: id, format: 'docx' });
    expect(!refused.ok && refused.error.code).toBe('CONFLICT');
    expect(!refused.ok && refused.error.message['zh-CN']).toContain('未列为典型案例');

    await call(f, 'cases.setTypical', { caseId: id, typical: true });
    expect((await exportTypical(id, 'docx')).bytes).toBeGreaterThan(0);
    await call(f, 'cases.reopen', { id, reason: '当事人反映协议未履行' });
    const reopened = await dispatch(f.core, f.session, 'summary.typical', { caseId: id, format: 'docx' });
    expect(!reopened.ok && reopened.error.code).toBe('CONFLICT');
    expect(!reopened.ok && reopened.error.message['zh-CN']).toContain('尚未结案');
  }, 60_000);

  it('clearing the flag is allowed on any case and audited', async () => {
    const id = typicalCases(f.core).at(-1)!.id;
    expect(await call(f, 'cases.setTypical', { caseId: id, typical: false })).toEqual({ caseId: id, typical: false });
    expect(JSON.parse(auditOf('case.typical', id).at(-1)!.detail)).toMatchObject({ typical: false });
    const result = await dispatch(f.core, f.session, 'summary.typical', { caseId: id, format: 'pdf' });
    expect(!result.ok && result.error.code).toBe('CONFLICT');
  });
});
