import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { listCases } from '../../../electron/core/cases/case-list';
import { deleteSavedView, listSavedViews, saveSavedView } from '../../../electron/core/cases/saved-views';
import { qb } from '../../../electron/core/db/query';
import { CoreError } from '../../../electron/core/errors';
import { insertOperator } from '../../../electron/core/services/operators';
import { defaultOperator } from '../../../electron/core/services/setup';
import { SavedViewSchema } from '../../../electron/contract/schemas/case-list';
import { setUpCore } from '../helpers/core';
import { insertCase } from './fixtures';

async function twoOperators() {
  const { core } = await setUpCore();
  const zhang = defaultOperator(core)!;
  const li = insertOperator(core, '李协调', 'coordinator');
  return { core, zhang, li };
}

const audit = (core: Awaited<ReturnType<typeof twoOperators>>['core']) =>
  core.q.all(qb.selectFrom('audit_log').select(['action', 'entity_id', 'operator_id', 'detail']).where('entity', '=', 'saved_views').orderBy('seq'));

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof CoreError ? error.code : String(error);
  }
  return 'no error';
};

describe('saved views', () => {
  it('saves, lists, renames and deletes an operator’s views, auditing each write', async () => {
    const { core, zhang } = await twoOperators();
    const overdue = saveSavedView(core, zhang, {
      name: '我的逾期案件',
      filters: { overdue: true, coordinatorId: zhang.id },
      sort: { field: 'received_on', direction: 'asc' },
    });
    SavedViewSchema.parse(overdue);
    expect(overdue).toMatchObject({
      name: '我的逾期案件',
      filters: { overdue: true, coordinatorId: zhang.id },
      sort: { field: 'received_on', direction: 'asc' },
    });
    const land = saveSavedView(core, zhang, { name: '  征收类 ', filters: { text: '征收', status: 'open' } });
    expect(land.name).toBe('征收类');
    expect(land.sort).toBeNull();
    expect(listSavedViews(core, zhang.id).map((v) => v.name)).toEqual(['征收类', '我的逾期案件'].sort());

    const renamed = saveSavedView(core, zhang, { id: land.id, name: '征收（在办）', filters: { text: '征收', status: 'open', stages: ['pre'] } });
    expect(renamed).toMatchObject({ id: land.id, name: '征收（在办）', filters: { stages: ['pre'] } });
    expect(listSavedViews(core, zhang.id)).toHaveLength(2);

    expect(deleteSavedView(core, zhang, overdue.id)).toEqual({ ok: true });
    expect(listSavedViews(core, zhang.id).map((v) => v.id)).toEqual([land.id]);

    expect(audit(core).map((a) => [a.action, a.entity_id, a.operator_id])).toEqual([
      ['view.create', overdue.id, zhang.id],
      ['view.create', land.id, zhang.id],
      ['view.update', land.id, zhang.id],
      ['view.delete', overdue.id, zhang.id],
    ]);
    expect(verifyAuditChain(core.q).ok).toBe(true);
  });

  it('stamps a change sequence on insert and update', async () => {
    const { core, zhang } = await twoOperators();
    const view = saveSavedView(core, zhang, { name: '甲', filters: {} });
    const seq = () => core.q.first(qb.selectFrom('saved_views').select('change_seq').where('id', '=', view.id))!.change_seq;
    const first = seq();
    expect(first).toBeGreaterThan(0);
    saveSavedView(core, zhang, { id: view.id, name: '乙', filters: {} });
    expect(seq()).toBeGreaterThan(first);
  });

  it('refuses a second view with the same name for the same operator, but not for another', async () => {
    const { core, zhang, li } = await twoOperators();
    saveSavedView(core, zhang, { name: '在办', filters: { status: 'open' } });
    const before = audit(core).length;
    expect(code(() => saveSavedView(core, zhang, { name: '在办', filters: {} }))).toBe('CONFLICT');
    const other = saveSavedView(core, zhang, { name: '已结', filters: { status: 'closed' } });
    expect(code(() => saveSavedView(core, zhang, { id: other.id, name: '在办', filters: {} }))).toBe('CONFLICT');
    expect(audit(core).length).toBe(before + 1);
    expect(saveSavedView(core, li, { name: '在办', filters: {} }).name).toBe('在办');
  });

  it('keeps views private: another operator can neither see, change nor delete them', async () => {
    const { core, zhang, li } = await twoOperators();
    const mine = saveSavedView(core, zhang, { name: '我的', filters: {} });
    expect(listSavedViews(core, li.id)).toEqual([]);
    expect(code(() => saveSavedView(core, li, { id: mine.id, name: '偷改', filters: {} }))).toBe('NOT_FOUND');
    expect(code(() => deleteSavedView(core, li, mine.id))).toBe('NOT_FOUND');
    expect(listSavedViews(core, zhang.id).map((v) => v.name)).toEqual(['我的']);
  });

  it('refuses invalid filters and names before writing anything', async () => {
    const { core, zhang } = await twoOperators();
    expect(() => saveSavedView(core, zhang, { name: ' ', filters: {} })).toThrow();
    expect(() => saveSavedView(core, zhang, { name: '坏', filters: { stages: ['nope'] } as never })).toThrow();
    expect(listSavedViews(core, zhang.id)).toEqual([]);
  });

  it('gives back filters the case list accepts as they are', async () => {
    const { core, zhang } = await twoOperators();
    insertCase(core, { caseNumber: '行化〔2026〕1号', disputeFocus: '征收补偿', stage: 'pre' });
    insertCase(core, { caseNumber: '行化〔2026〕2号', disputeFocus: '工伤认定', stage: 'pre' });
    const view = saveSavedView(core, zhang, { name: '征收', filters: { text: '征收', stages: ['pre'] }, sort: { field: 'case_number', direction: 'asc' } });
    const [stored] = listSavedViews(core, zhang.id);
    const result = listCases(core, { filters: stored!.filters, sort: stored!.sort ?? undefined });
    expect(result.rows.map((r) => r.caseNumber)).toEqual(['行化〔2026〕1号']);
    expect(stored!.id).toBe(view.id);
  });

  it('reads a stored view leniently when its filters hold a key this version no longer knows', async () => {
    const { core, zhang } = await twoOperators();
    const view = saveSavedView(core, zhang, { name: '旧', filters: { status: 'open' } });
    core.q.run(qb.updateTable('saved_views').set({ filters: JSON.stringify({ status: 'open', retiredFilter: 1 }) }).where('id', '=', view.id));
    expect(listSavedViews(core, zhang.id)[0]!.filters).toEqual({ status: 'open' });
  });
});
