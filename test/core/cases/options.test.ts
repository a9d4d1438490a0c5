import { describe, expect, it } from 'vitest';
import { listCategories, saveCategories } from '../../../electron/core/cases/categories';
import { agencyOptions, operatorOptions } from '../../../electron/core/cases/options';
import { snapshot } from '../helpers/snapshot';
import { auditEntries, caseFixture, caught } from './fixture';

describe('the intake form options', () => {
  it('categories: rename, retire, add and reorder by list order, audited', async () => {
    const f = await caseFixture();
    const before = listCategories(f.core);
    expect(before.map((c) => c.name)).toEqual(['土地房屋征收补偿', '劳动和社会保障', '不动产登记', '公民人身权、财产权保护', '违法建设查处', '环境治理', '市场监管', '其他']);
    const [land, labour, ...rest] = before;
    const saved = saveCategories(f.core, f.actor, {
      items: [
        { id: labour!.id, name: '劳动和社会保障', active: true },
        { id: land!.id, name: '房屋征收补偿', active: true },
        { name: '政府信息公开', active: true },
        ...rest.map((c) => ({ id: c.id, name: c.name, active: c.name !== '市场监管' })),
      ],
    });
    expect(saved.slice(0, 3).map((c) => [c.name, c.sort, c.active])).toEqual([
      ['劳动和社会保障', 10, true],
      ['房屋征收补偿', 20, true],
      ['政府信息公开', 30, true],
    ]);
    expect(saved.find((c) => c.name === '市场监管')?.active).toBe(false);
    const [audit] = auditEntries(f.core, 'categories.save');
    expect(audit?.detail.added).toEqual(['政府信息公开']);

    // Saving the same list again changes nothing and writes nothing.
    const unchanged = snapshot(f.core);
    saveCategories(f.core, f.actor, { items: saved.map((c) => ({ id: c.id, name: c.name, active: c.active })) });
    expect(snapshot(f.core)).toEqual(unchanged);
  });

  it('categories: swapping two names works; a duplicate name or an unknown id is refused on its field', async () => {
    const f = await caseFixture();
    const [a, b, ...rest] = listCategories(f.core);
    const swapped = saveCategories(f.core, f.actor, {
      items: [{ id: a!.id, name: b!.name, active: true }, { id: b!.id, name: a!.name, active: true }, ...rest.map((c) => ({ id: c.id, name: c.name, active: true }))],
    });
    expect(swapped.find((c) => c.id === a!.id)?.name).toBe(b!.name);
    const dup = caught(() => saveCategories(f.core, f.actor, { items: [{ name: '其他', active: true }, { name: '其他', active: true }] }));
    expect(dup.fields?.map((x) => x.path)).toContain('items.1.name');
    const unknown = caught(() => saveCategories(f.core, f.actor, { items: [{ id: 'nope', name: '新类型', active: true }] }));
    expect(unknown.fields?.map((x) => x.path)).toEqual(['items.0.id']);
  });

  it('operators (active) and agencies (active, not deleted, by kind then name)', async () => {
    const f = await caseFixture();
    f.core.sqlite.prepare("INSERT INTO operators (id, name, role, active, created_at, updated_at) VALUES ('o2', '离职者', 'coordinator', 0, 'x', 'x')").run();
    expect(operatorOptions(f.core)).toEqual([{ id: f.operatorId, name: '张协调', role: 'administrator' }]);
    f.core.sqlite.prepare("INSERT INTO agencies (id, name, kind, active, created_at, updated_at) VALUES ('a-old', '已撤销单位', 'department', 0, 'x', 'x')").run();
    f.core.sqlite.prepare("INSERT INTO agencies (id, name, kind, deleted_at, created_at, updated_at) VALUES ('a-del', '已删除单位', 'department', 'x', 'x', 'x')").run();
    expect(agencyOptions(f.core).map((a) => [a.kind, a.name])).toEqual([
      ['member_unit', '秦皇岛市住房和城乡建设局'],
      ['member_unit', '秦皇岛市自然资源和规划局'],
      ['district_government', '秦皇岛市海港区人民政府'],
      ['court', '秦皇岛市中级人民法院'],
    ]);
  });
});
