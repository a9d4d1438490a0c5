import { describe, expect, it } from 'vitest';
import { createCase } from '../../../electron/core/cases/intake';
import { loadDemoData } from '../../../electron/core/demo/load-demo';
import { putSetting } from '../../../electron/core/services/settings';
import { defaultOperator } from '../../../electron/core/services/setup';
import { snapshot } from '../helpers/snapshot';
import { BAD_ID, VALID_ID, VALID_USCC, all, auditEntries, caseFixture, caught, intake, one } from './fixture';

describe('registering a case (intake)', () => {
  it('creates the case in intake on the current template, with its history, the register step and an audit entry', async () => {
    const f = await caseFixture();
    const result = createCase(f.core, f.actor, intake(f));
    expect(result).toEqual({ id: expect.any(String), caseNumber: '行化〔2026〕1号', warnings: [] });

    const row = one<Record<string, unknown>>(f.core, 'SELECT * FROM cases WHERE id = ?', result.id);
    expect(row).toMatchObject({ stage: 'intake', status: 'open', received_on: '2026-11-20', accepted_on: null, amount_cents: 88000050, mediability_flags: '["indemnity"]' });
    const template = one<{ id: string; version: number }>(f.core, 'SELECT id, version FROM workflow_templates WHERE is_current = 1');
    expect(row.template_id).toBe(template.id);
    expect(template.version).toBe(1);

    expect(all(f.core, 'SELECT from_stage, to_stage, kind, operator_id FROM stage_transitions WHERE case_id = ?', result.id)).toEqual([
      { from_stage: null, to_stage: 'intake', kind: 'create', operator_id: f.operatorId },
    ]);
    const activities = all<{ code: string; stage: string }>(
      f.core,
      'SELECT s.code, a.stage FROM activities a JOIN workflow_steps s ON s.id = a.step_id WHERE a.case_id = ?',
      result.id,
    );
    expect(activities).toEqual([{ code: 'register', stage: 'intake' }]);
    expect(all(f.core, 'SELECT role FROM case_agencies WHERE case_id = ? ORDER BY role', result.id)).toEqual([{ role: 'lead' }, { role: 'respondent' }]);

    const [audit] = auditEntries(f.core, 'case.create');
    expect(audit).toMatchObject({ entity_id: result.id, operator_name: '张协调', detail: { caseNumber: '行化〔2026〕1号', templateCreated: true } });
    // The append-only log must not keep a full ID number (it could never be anonymised).
    expect(JSON.stringify(audit!.detail)).not.toContain(VALID_ID);
    expect(JSON.stringify(audit!.detail)).toContain('1303**********');
  });

  it('refuses a resident ID number with a wrong GB 11643 check character on its field, writing nothing', async () => {
    const f = await caseFixture();
    const before = snapshot(f.core);
    const error = caught(() =>
      createCase(f.core, f.actor, intake(f, { parties: [{ role: 'applicant', kind: 'person', name: '王某', idType: 'resident_id', idNumber: BAD_ID }] })),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([
      { path: 'parties.0.idNumber', message: { 'zh-CN': expect.stringContaining('GB 11643'), en: expect.stringContaining('GB 11643') } },
    ]);
    expect(snapshot(f.core)).toEqual(before);
  });

  it('accepts a lower-case x check character and a valid credit code, and refuses a bad credit code', async () => {
    const f = await caseFixture();
    const first17 = '11010519491231002';
    const { residentIdCheckChar } = await import('../../../electron/core/validation/resident-id');
    const check = residentIdCheckChar(first17);
    const ok = createCase(
      f.core,
      f.actor,
      intake(f, {
        parties: [
          { role: 'applicant', kind: 'organisation', name: '某公司', idType: 'uscc', idNumber: VALID_USCC.toLowerCase() },
          { role: 'representative', kind: 'person', name: '李某', idType: 'resident_id', idNumber: first17 + check.toLowerCase() },
        ],
      }),
    );
    expect(all(f.core, 'SELECT id_number FROM parties WHERE case_id = ? ORDER BY created_at, id', ok.id)).toEqual([
      { id_number: VALID_USCC },
      { id_number: first17 + check },
    ]);
    const error = caught(() =>
      createCase(
        f.core,
        f.actor,
        intake(f, {
          parties: [
            { role: 'applicant', kind: 'person', name: '王某', idType: 'resident_id', idNumber: VALID_ID },
            { role: 'applicant', kind: 'organisation', name: '某公司', idType: 'uscc', idNumber: `${VALID_USCC.slice(0, 17)}${VALID_USCC[17] === '0' ? '1' : '0'}` },
          ],
        }),
      ),
    );
    expect(error.fields?.map((x) => x.path)).toEqual(['parties.1.idNumber']);
  });

  it('refuses a court number another case already has', async () => {
    const f = await caseFixture();
    const first = createCase(f.core, f.actor, intake(f, { courtNumber: '（2026）冀03行初15号' }));
    const error = caught(() => createCase(f.core, f.actor, intake(f, { courtNumber: ' （2026）冀03行初15号 ' })));
    expect(error.fields).toEqual([
      { path: 'courtNumber', message: { 'zh-CN': `法院案号已被案件 ${first.caseNumber} 使用`, en: `The court number is already used by case ${first.caseNumber}` } },
    ]);
    // No court number at all is fine any number of times.
    expect(() => createCase(f.core, f.actor, intake(f, { courtNumber: '' }))).not.toThrow();
    expect(() => createCase(f.core, f.actor, intake(f, { courtNumber: null }))).not.toThrow();
  });

  it('needs exactly one respondent and no agency twice in the same role', async () => {
    const f = await caseFixture();
    const two = caught(() =>
      createCase(f.core, f.actor, intake(f, { agencies: [{ agencyId: f.agencies.respondent, role: 'respondent' }, { agencyId: f.agencies.lead, role: 'respondent' }] })),
    );
    expect(two.fields).toEqual([{ path: 'agencies', message: { 'zh-CN': '被申请行政机关只能有一个', en: 'A case has exactly one respondent agency' } }]);
    const none = caught(() => createCase(f.core, f.actor, intake(f, { agencies: [{ agencyId: f.agencies.lead, role: 'lead' }] })));
    expect(none.fields?.map((x) => x.path)).toEqual(['agencies']);
    const twice = caught(() =>
      createCase(
        f.core,
        f.actor,
        intake(f, {
          agencies: [
            { agencyId: f.agencies.respondent, role: 'respondent' },
            { agencyId: f.agencies.lead, role: 'lead' },
            { agencyId: f.agencies.lead, role: 'lead' },
          ],
        }),
      ),
    );
    expect(twice.fields?.map((x) => x.path)).toEqual(['agencies.2.agencyId']);
    const unknown = caught(() => createCase(f.core, f.actor, intake(f, { agencies: [{ agencyId: 'nope', role: 'respondent' }] })));
    expect(unknown.fields?.map((x) => x.path)).toEqual(['agencies.0.agencyId']);
  });

  it('checks the category, the coordinator and the received date', async () => {
    const f = await caseFixture();
    f.core.sqlite.prepare('UPDATE dispute_categories SET active = 0 WHERE id = ?').run(f.categoryId);
    f.core.sqlite.prepare("UPDATE operators SET active = 0 WHERE id = ?").run(f.operatorId);
    const error = caught(() => createCase(f.core, f.actor, intake(f, { receivedOn: '2026-11-28' })));
    expect(error.fields?.map((x) => x.path)).toEqual(['categoryId', 'coordinatorId', 'receivedOn']);
    expect(error.fields?.[2]?.message).toEqual({ 'zh-CN': '收案日期不能晚于今天', en: 'The received date cannot be in the future' });
    const bad = caught(() => createCase(f.core, f.actor, intake(f, { categoryId: 'none', coordinatorId: null, receivedOn: '2026-02-30' })));
    expect(bad.fields?.map((x) => x.path)).toEqual(['categoryId', 'receivedOn']);
  });

  it('warns, without blocking, when no art. 60 ground is ticked', async () => {
    const f = await caseFixture();
    const result = createCase(f.core, f.actor, intake(f, { mediabilityFlags: [] }));
    expect(result.warnings).toEqual([
      {
        code: 'MEDIABILITY_NONE',
        message: { 'zh-CN': expect.stringContaining('行政诉讼法第六十条'), en: expect.stringContaining('art. 60') },
      },
    ]);
    expect(one<{ n: number }>(f.core, 'SELECT count(*) AS n FROM cases').n).toBe(1);
    expect(createCase(f.core, f.actor, intake(f, { mediabilityFlags: ['discretion', 'compensation'] })).warnings).toEqual([]);
  });
});

describe('case numbers', () => {
  it('follow the pattern with a yearly sequence taken from the received date', async () => {
    const f = await caseFixture({ clockIso: '2027-01-10T02:00:00.000Z' });
    const numbers = [
      createCase(f.core, f.actor, intake(f, { receivedOn: '2026-12-01' })).caseNumber,
      createCase(f.core, f.actor, intake(f, { receivedOn: '2026-12-30' })).caseNumber,
      createCase(f.core, f.actor, intake(f, { receivedOn: '2027-01-04' })).caseNumber,
      createCase(f.core, f.actor, intake(f, { receivedOn: '2026-12-31' })).caseNumber,
      createCase(f.core, f.actor, intake(f, { receivedOn: '2027-01-09' })).caseNumber,
    ];
    expect(numbers).toEqual(['行化〔2026〕1号', '行化〔2026〕2号', '行化〔2027〕1号', '行化〔2026〕3号', '行化〔2027〕2号']);
    expect(all(f.core, 'SELECT year, last_value FROM case_number_sequences ORDER BY year')).toEqual([
      { year: 2026, last_value: 3 },
      { year: 2027, last_value: 2 },
    ]);
  });

  it('use the configured prefix and pattern', async () => {
    const f = await caseFixture();
    putSetting(f.core, 'case_number.prefix', '秦行化');
    expect(createCase(f.core, f.actor, intake(f)).caseNumber).toBe('秦行化〔2026〕1号');
    putSetting(f.core, 'case_number.pattern', '{prefix}调字〔{year}〕第{seq}号');
    expect(createCase(f.core, f.actor, intake(f)).caseNumber).toBe('秦行化调字〔2026〕第2号');
  });

  it('a registration that fails after taking its number gives the number back (no gap)', async () => {
    const f = await caseFixture();
    createCase(f.core, f.actor, intake(f));
    // Fail the very last insert of the transaction, after the counter was bumped.
    f.core.sqlite.exec("CREATE TRIGGER fail_history BEFORE INSERT ON stage_transitions BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    expect(() => createCase(f.core, f.actor, intake(f))).toThrow(/disk on fire/);
    expect(one<{ last_value: number }>(f.core, 'SELECT last_value FROM case_number_sequences WHERE year = 2026').last_value).toBe(1);
    f.core.sqlite.exec('DROP TRIGGER fail_history');
    caught(() => createCase(f.core, f.actor, intake(f, { receivedOn: '2030-01-01' })));
    expect(createCase(f.core, f.actor, intake(f)).caseNumber).toBe('行化〔2026〕2号');
    expect(one<{ n: number }>(f.core, 'SELECT count(*) AS n FROM cases').n).toBe(2);
  });

  it("continue after the demo data set's last number of the year", async () => {
    const f = await caseFixture();
    loadDemoData(f.core, defaultOperator(f.core)!);
    const last = one<{ last_value: number }>(f.core, 'SELECT last_value FROM case_number_sequences WHERE year = 2026');
    const demoNumbers = all<{ case_number: string }>(f.core, "SELECT case_number FROM cases WHERE case_number LIKE '%〔2026〕%'").map((r) => r.case_number);
    expect(demoNumbers).toContain(`行化〔2026〕${last.last_value}号`);
    const created = createCase(f.core, f.actor, intake(f));
    expect(created.caseNumber).toBe(`行化〔2026〕${last.last_value + 1}号`);
    // The demo's template is the one the new case starts on (no second version was created).
    expect(one<{ n: number }>(f.core, 'SELECT count(*) AS n FROM workflow_templates').n).toBe(1);
  });

  it('skip a number a case already holds (imported beyond the counter) instead of failing', async () => {
    const f = await caseFixture();
    const first = createCase(f.core, f.actor, intake(f));
    f.core.sqlite.prepare("UPDATE cases SET case_number = '行化〔2026〕2号' WHERE id = ?").run(first.id);
    expect(createCase(f.core, f.actor, intake(f)).caseNumber).toBe('行化〔2026〕3号');
  });
});
