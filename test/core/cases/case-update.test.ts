import { describe, expect, it } from 'vitest';
import { updateCase } from '../../../electron/core/cases/case-update';
import { getCaseDetail } from '../../../electron/core/cases/case-detail';
import { createCase } from '../../../electron/core/cases/intake';
import { advanceCase } from '../../../electron/core/cases/stage-machine';
import { snapshot } from '../helpers/snapshot';
import { BAD_ID, VALID_ID, all, auditEntries, caseFixture, caught, intake, logStep, one } from './fixture';

describe('editing a case', () => {
  it('changes only the fields given and audits their before and after', async () => {
    const f = await caseFixture();
    const { id } = createCase(f.core, f.actor, intake(f));
    const result = updateCase(f.core, f.actor, { id, title: '王某诉某局征收补偿案', amountYuan: 900000, mediabilityFlags: [] });
    expect(result.warnings.map((w) => w.code)).toEqual(['MEDIABILITY_NONE']);
    expect(one(f.core, 'SELECT title, amount_cents, dispute_focus FROM cases WHERE id = ?', id)).toEqual({
      title: '王某诉某局征收补偿案', amount_cents: 90000000, dispute_focus: '被征收房屋面积认定及评估价格是否合理',
    });
    expect(auditEntries(f.core, 'case.update')).toEqual([
      expect.objectContaining({
        entity_id: id,
        detail: expect.objectContaining({
          changes: {
            title: { before: '王某诉市自然资源和规划局房屋征收补偿决定案', after: '王某诉某局征收补偿案' },
            mediabilityFlags: { before: '["indemnity"]', after: '[]' },
            amountCents: { before: 88000050, after: 90000000 },
          },
        }),
      }),
    ]);
    const before = snapshot(f.core);
    updateCase(f.core, f.actor, { id, title: '王某诉某局征收补偿案' });
    expect(snapshot(f.core)).toEqual(before);
  });

  it('keeps parties with an id, inserts new ones, soft-deletes the ones left out; ID numbers stay masked in the log', async () => {
    const f = await caseFixture();
    const { id } = createCase(
      f.core,
      f.actor,
      intake(f, {
        parties: [
          { role: 'applicant', kind: 'person', name: '王某', idType: 'resident_id', idNumber: VALID_ID },
          { role: 'applicant', kind: 'person', name: '李某', idType: null, idNumber: null },
        ],
      }),
    );
    const [wang, li] = getCaseDetail(f.core, id).parties;
    updateCase(f.core, f.actor, {
      id,
      parties: [
        { id: wang!.id, role: 'applicant', kind: 'person', name: '王某', idType: 'resident_id', idNumber: VALID_ID, phone: '13900000000' },
        { role: 'representative', kind: 'person', name: '赵律师', idType: 'other', idNumber: '律师执业证12345' },
      ],
    });
    const rows = all<{ id: string; name: string; phone: string | null; deleted_at: string | null }>(
      f.core, 'SELECT id, name, phone, deleted_at FROM parties WHERE case_id = ? ORDER BY created_at, id', id,
    );
    expect(rows).toEqual([
      { id: wang!.id, name: '王某', phone: '13900000000', deleted_at: null },
      { id: li!.id, name: '李某', phone: null, deleted_at: expect.any(String) },
      { id: expect.any(String), name: '赵律师', phone: null, deleted_at: null },
    ]);
    const audit = auditEntries(f.core, 'case.update')[0]!;
    expect(audit.detail.parties).toMatchObject({
      added: [{ name: '赵律师', role: 'representative' }],
      removed: [{ id: li!.id, name: '李某' }],
      updated: [{ id: wang!.id, fields: { phone: { before: null, after: '139*****000' } } }],
    });
    expect(JSON.stringify(audit.detail)).not.toContain(VALID_ID);
    expect(JSON.stringify(audit.detail)).not.toContain('13900000000');

    const bad = caught(() =>
      updateCase(f.core, f.actor, { id, parties: [{ id: wang!.id, role: 'applicant', kind: 'person', name: '王某', idType: 'resident_id', idNumber: BAD_ID }] }),
    );
    expect(bad.fields?.map((x) => x.path)).toEqual(['parties.0.idNumber']);
    const foreign = caught(() => updateCase(f.core, f.actor, { id, parties: [{ id: 'not-ours', role: 'applicant', kind: 'person', name: '某' }] }));
    expect(foreign.fields?.map((x) => x.path)).toEqual(['parties.0.id']);
  });

  it('replaces agencies by agency and role, brings a removed link back, and keeps exactly one respondent', async () => {
    const f = await caseFixture();
    const { id } = createCase(f.core, f.actor, intake(f));
    const respondent = { agencyId: f.agencies.respondent, role: 'respondent' as const };
    updateCase(f.core, f.actor, { id, agencies: [respondent, { agencyId: f.agencies.supporting, role: 'supporting' }] });
    updateCase(f.core, f.actor, { id, agencies: [respondent, { agencyId: f.agencies.lead, role: 'lead' }] });
    expect(getCaseDetail(f.core, id).agencies.map((a) => [a.name, a.role])).toEqual([
      ['秦皇岛市自然资源和规划局', 'respondent'],
      ['秦皇岛市海港区人民政府', 'lead'],
    ]);
    expect(one<{ n: number }>(f.core, 'SELECT count(*) AS n FROM case_agencies WHERE case_id = ?', id).n).toBe(3);
    const none = caught(() => updateCase(f.core, f.actor, { id, agencies: [{ agencyId: f.agencies.lead, role: 'lead' }] }));
    expect(none.fields?.map((x) => x.path)).toEqual(['agencies']);
  });

  it('a court number taken by another case is refused; the case keeps its own', async () => {
    const f = await caseFixture();
    const a = createCase(f.core, f.actor, intake(f, { courtNumber: '（2026）冀03行初1号' }));
    const b = createCase(f.core, f.actor, intake(f));
    expect(caught(() => updateCase(f.core, f.actor, { id: b.id, courtNumber: '（2026）冀03行初1号' })).fields?.map((x) => x.path)).toEqual(['courtNumber']);
    expect(() => updateCase(f.core, f.actor, { id: a.id, courtNumber: '（2026）冀03行初1号', title: '新' })).not.toThrow();
  });

  it('turning an accepted case complex moves the open resolution clock to the complex limit', async () => {
    const f = await caseFixture();
    const { id } = createCase(f.core, f.actor, intake(f, { receivedOn: '2026-11-27' }));
    await logStep(f, id, 'acceptance_review');
    advanceCase(f.core, f.actor, { id, toStage: 'pre' });
    updateCase(f.core, f.actor, { id, complexity: 'complex' });
    // 2026-11-27 + 60 = 2027-01-26 (Tuesday).
    expect(one(f.core, "SELECT limit_days, due_on, status FROM clocks WHERE case_id = ? AND kind = 'resolution'", id)).toEqual({
      limit_days: 60, due_on: '2027-01-26', status: 'open',
    });
  });
});
