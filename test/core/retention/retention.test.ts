import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../../electron/core/cases/intake';
import { createActivity } from '../../../electron/core/cases/activities';
import { dispatch } from '../../../electron/core/handlers/registry';
import { runRetention } from '../../../electron/core/retention/retention-run';
import { retentionStatus, yearsBefore } from '../../../electron/core/retention/retention-status';
import { searchCases } from '../../../electron/core/search/search';
import { caseFixture, intake, VALID_ID, VALID_USCC, type CaseFixture } from '../cases/fixture';
import { tempDir } from '../helpers/core';

const PHONE = '13912345678';
const ADDRESS = '海港区文化路88号3单元';

function closeOn(f: CaseFixture, caseId: string, closedOn: string | null) {
  if (closedOn === null) return;
  f.core.sqlite.prepare("UPDATE cases SET status = 'closed', stage = 'closed', closed_on = ?, outcome = 'settlement' WHERE id = ?").run(closedOn, caseId);
}

/** Cases at 2026-11-27 with the default 10 years (cutoff 2016-11-27). */
async function fixture(dir?: string) {
  const f = await caseFixture(dir ? { dir } : {});
  const make = (title: string, person: string, closedOn: string | null) => {
    const { id, caseNumber } = createCase(
      f.core,
      f.actor,
      intake(f, {
        title,
        disputeFocus: `${person}认为补偿过低`,
        receivedOn: '2026-01-05',
        parties: [
          { role: 'applicant', kind: 'person', name: person, idType: 'resident_id', idNumber: VALID_ID, phone: PHONE, address: ADDRESS },
          { role: 'applicant', kind: 'person', name: `${person.slice(0, 1)}建军`, idType: null, idNumber: null, phone: null, address: null },
          { role: 'third_party', kind: 'organisation', name: '秦皇岛市鑫源食品有限公司', idType: 'uscc', idNumber: VALID_USCC, phone: '0335-1234567', address: '开发区某路' },
        ],
      }),
    );
    createActivity(f.core, f.actor, {
      caseId: id,
      stepId: null,
      stage: 'intake',
      occurredAt: '2026-01-06T02:00:00.000Z',
      place: null,
      participants: [{ kind: 'party', name: person }],
      description: `与${person}电话沟通（${PHONE}），其住${ADDRESS}`,
      result: null,
    } as never);
    closeOn(f, id, closedOn);
    return { id, caseNumber };
  };
  const cases = {
    old: make('王建国诉市自然资源和规划局征收补偿案', '王建国', '2015-06-01'),
    dayBefore: make('赵建华诉征收补偿案', '赵建华', '2016-11-26'),
    exactlyTen: make('钱建平诉征收补偿案', '钱建平', '2016-11-27'),
    recent: make('孙建设诉征收补偿案', '孙建设', '2025-03-01'),
    open: make('周建新诉征收补偿案', '周建新', null),
  };
  // An open case received long ago is never due, however old.
  f.core.sqlite.prepare("UPDATE cases SET received_on = '2009-01-01' WHERE id = ?").run(cases.open.id);
  return { f, cases };
}

const parties = (f: CaseFixture, caseId: string) =>
  f.core.sqlite.prepare('SELECT kind, name, id_type, id_number, phone, address, anonymised_at FROM parties WHERE case_id = ? ORDER BY created_at, id').all(caseId) as {
    kind: string; name: string; id_type: string | null; id_number: string | null; phone: string | null; address: string | null; anonymised_at: string | null;
  }[];

describe('retention (PIPL art. 19)', () => {
  it('counts a year back, 29 February to 28 February', () => {
    expect(yearsBefore('2026-11-27', 10)).toBe('2016-11-27');
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
  });

  it('reports the cases past the period, the oldest, and the default of 10 years', async () => {
    const { f } = await fixture();
    expect(retentionStatus(f.core)).toEqual({ years: 10, cutoff: '2016-11-27', due: 2, oldestClosedOn: '2015-06-01', anonymisedCases: 0 });
  });

  it('anonymises exactly the closed cases past the period and leaves open and recent ones alone', async () => {
    const { f, cases } = await fixture();
    const before = {
      exactlyTen: parties(f, cases.exactlyTen.id),
      recent: parties(f, cases.recent.id),
      open: parties(f, cases.open.id),
    };
    const result = runRetention(f.core, f.actor, {});
    expect(result).toMatchObject({ cutoff: '2016-11-27', cases: 2, parties: 6, caseNumbers: [cases.old.caseNumber, cases.dayBefore.caseNumber] });
    const old = parties(f, cases.old.id);
    expect(old.map((p) => p.name)).toEqual(['王某甲', '王某乙', '秦皇岛市鑫源食品有限公司']);
    expect(old[0]).toMatchObject({ id_type: null, id_number: null, phone: null, address: null });
    expect(old[2]).toMatchObject({ id_number: VALID_USCC, phone: null, address: null });
    expect(old.every((p) => p.anonymised_at !== null)).toBe(true);
    expect(parties(f, cases.dayBefore.id)[0]!.name).toBe('赵某甲');
    expect(parties(f, cases.exactlyTen.id)).toEqual(before.exactlyTen);
    expect(parties(f, cases.recent.id)).toEqual(before.recent);
    expect(parties(f, cases.open.id)).toEqual(before.open);
    // Copies in the case's own text go too.
    const row = f.core.sqlite.prepare('SELECT title, dispute_focus FROM cases WHERE id = ?').get(cases.old.id) as { title: string; dispute_focus: string };
    expect(row.title).toBe('王某甲诉市自然资源和规划局征收补偿案');
    expect(row.dispute_focus).toBe('王某甲认为补偿过低');
    const activity = f.core.sqlite.prepare('SELECT description, participants FROM activities WHERE case_id = ?').get(cases.old.id) as { description: string; participants: string };
    expect(activity.description).not.toMatch(/王建国|13912345678|文化路/);
    expect(activity.participants).not.toContain('王建国');
    expect(retentionStatus(f.core)).toMatchObject({ due: 0, oldestClosedOn: null, anonymisedCases: 2 });
  });

  it('is idempotent: a second run finds nothing and writes nothing', async () => {
    const { f, cases } = await fixture();
    runRetention(f.core, f.actor, {});
    const entries = f.core.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();
    const snapshot = parties(f, cases.old.id);
    expect(runRetention(f.core, f.actor, {})).toEqual({ cutoff: '2016-11-27', cases: 0, parties: 0, caseNumbers: [], auditSeq: null });
    expect(f.core.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(entries);
    expect(parties(f, cases.old.id)).toEqual(snapshot);
  });

  it('takes the case out of search results for the old name', async () => {
    const { f, cases } = await fixture();
    expect(searchCases(f.core, '王建国').map((h) => h.caseId)).toContain(cases.old.id);
    expect(searchCases(f.core, '建国').map((h) => h.caseId)).toContain(cases.old.id);
    runRetention(f.core, f.actor, {});
    expect(searchCases(f.core, '王建国')).toEqual([]);
    expect(searchCases(f.core, '建国')).toEqual([]);
    expect(searchCases(f.core, '王某甲').map((h) => h.caseId)).toEqual([cases.old.id]);
    expect(searchCases(f.core, '孙建设').map((h) => h.caseId)).toEqual([cases.recent.id]);
  });

  it('clears a party invited to a meeting, and the names in the title and minutes of meetings on the case', async () => {
    const { f, cases } = await fixture();
    const now = f.core.now();
    const partyId = f.core.sqlite.prepare("SELECT id FROM parties WHERE case_id = ? AND name = '王建国'").pluck().get(cases.old.id) as string;
    f.core.sqlite
      .prepare("INSERT INTO meetings (id, kind, title, starts_at, ends_at, created_at, updated_at) VALUES ('m1', 'resolution', '化解会', '2015-05-01T01:00:00.000Z', '2015-05-01T02:00:00.000Z', ?, ?)")
      .run(now, now);
    f.core.sqlite
      .prepare("INSERT INTO meeting_invitees (id, meeting_id, kind, party_id, name, email, created_at, updated_at) VALUES ('i1', 'm1', 'party', ?, '王建国', 'wjg@example.com', ?, ?)")
      .run(partyId, now, now);
    f.core.sqlite
      .prepare("INSERT INTO agenda_items (id, meeting_id, case_id, sort, created_at, updated_at) VALUES ('a1', 'm1', ?, 1, ?, ?)")
      .run(cases.old.id, now, now);
    f.core.sqlite.prepare("UPDATE meetings SET title = '王建国案化解会' WHERE id = 'm1'").run();
    f.core.sqlite
      .prepare("INSERT INTO minutes (id, meeting_id, summary, created_at, updated_at) VALUES ('n1', 'm1', '王建国同意调解方案；钱建平案另议', ?, ?)")
      .run(now, now);
    runRetention(f.core, f.actor, {});
    expect(f.core.sqlite.prepare("SELECT name, email FROM meeting_invitees WHERE id = 'i1'").get()).toEqual({ name: '王某甲', email: null });
    expect(f.core.sqlite.prepare("SELECT title FROM meetings WHERE id = 'm1'").pluck().get()).toBe('王某甲案化解会');
    // Only this case's parties: 钱建平's case is not past the period.
    expect(f.core.sqlite.prepare("SELECT summary FROM minutes WHERE id = 'n1'").pluck().get()).toBe('王某甲同意调解方案；钱建平案另议');
  });

  it('writes one audit entry with case numbers and counts and no personal data', async () => {
    const { f, cases } = await fixture();
    const { auditSeq } = runRetention(f.core, f.actor, {});
    const entry = f.core.sqlite.prepare('SELECT action, entity, detail FROM audit_log WHERE seq = ?').get(auditSeq) as { action: string; entity: string; detail: string };
    expect(entry.action).toBe('retention.anonymise');
    expect(JSON.parse(entry.detail)).toEqual({
      years: 10,
      cutoff: '2016-11-27',
      asOf: '2026-11-27',
      cases: 2,
      parties: 6,
      caseNumbers: [cases.old.caseNumber, cases.dayBefore.caseNumber],
    });
    for (const personal of ['王建国', '赵建华', VALID_ID, PHONE, ADDRESS, '建军']) expect(entry.detail).not.toContain(personal);
    expect(f.core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'retention.anonymise'").pluck().get()).toBe(1);
  });

  it('runs as of another date and with a saved period, through the handler layer', async () => {
    const { f, cases } = await fixture();
    const refused = await dispatch(f.core, f.session, 'retention.run', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const saved = await dispatch(f.core, f.session, 'retention.settings', { years: 1 });
    expect(saved).toMatchObject({ ok: true, value: { years: 1, cutoff: '2025-11-27', due: 4 } });
    const setting = f.core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'retention.settings'").pluck().get() as string;
    expect(JSON.parse(setting)).toEqual({ before: 10, after: 1 });
    const run = await dispatch(f.core, f.session, 'retention.run', { confirm: true, asOf: '2026-03-01' });
    // As of 2026-03-01 with 1 year: closed before 2025-03-01, so not the one closed on that day.
    expect(run).toMatchObject({ ok: true, value: { cutoff: '2025-03-01', cases: 3 } });
    expect(parties(f, cases.recent.id)[0]!.name).toBe('孙建设');
    expect(parties(f, cases.exactlyTen.id)[0]!.name).toBe('钱某甲');
  });

  it('renames the attachments of the case and removes their view copies named after the party', async () => {
    const dir = tempDir();
    const { f, cases } = await fixture(dir);
    const sha = 'a'.repeat(64);
    const now = f.core.now();
    f.core.sqlite
      .prepare("INSERT INTO attachments (id, case_id, sha256, file_name, size_bytes, created_at, updated_at) VALUES ('at1', ?, ?, '王建国身份证.jpg', 3, ?, ?)")
      .run(cases.old.id, sha, now, now);
    const copy = path.join(dir, 'open', sha, '王建国身份证.jpg');
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.writeFileSync(copy, 'jpg');
    runRetention(f.core, f.actor, {});
    expect(f.core.sqlite.prepare("SELECT file_name FROM attachments WHERE id = 'at1'").pluck().get()).toBe('王某甲身份证.jpg');
    expect(fs.existsSync(path.join(dir, 'open', sha))).toBe(false);
    f.core.close();
  });
});
