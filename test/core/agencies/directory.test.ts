import { describe, expect, it } from 'vitest';
import type { Agency, AgencyDetail, AgencyListItem, Contact } from '../../../electron/contract/schemas/agencies';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { agencyFixture, audit, call, count, fail, insertAgency, insertCase, insertTask } from './fixture';

describe('agency directory: save, list, get', () => {
  it('creates an agency with a parent, lists it and reads it back with its sub-units; each write is audited', async () => {
    const f = await agencyFixture();
    const parent = await call<Agency>(f, 'agencies.save', { name: '秦皇岛市自然资源和规划局', shortName: '市自然资源和规划局', kind: 'member_unit' });
    expect(parent).toMatchObject({ name: '秦皇岛市自然资源和规划局', shortName: '市自然资源和规划局', kind: 'member_unit', parentId: null, parentName: null, active: true });
    const child = await call<Agency>(f, 'agencies.save', { name: '  秦皇岛市不动产登记中心 ', kind: 'department', parentId: parent.id });
    expect(child).toMatchObject({ name: '秦皇岛市不动产登记中心', shortName: null, parentId: parent.id, parentName: '秦皇岛市自然资源和规划局' });

    const detail = await call<AgencyDetail>(f, 'agencies.get', { id: parent.id });
    expect(detail.children).toEqual([{ id: child.id, name: '秦皇岛市不动产登记中心' }]);
    expect(detail.agency.id).toBe(parent.id);

    expect(audit(f.core, 'agency.create').map((a) => a.entity_id)).toEqual([parent.id, child.id]);
    expect(audit(f.core, 'agency.create')[1]!.detail).toMatchObject({ name: '秦皇岛市不动产登记中心', kind: 'department', parentId: parent.id });

    const renamed = await call<Agency>(f, 'agencies.save', { id: child.id, name: '秦皇岛市不动产登记服务中心', kind: 'department', active: false });
    // A missing parentId keeps the parent; active: false deactivates.
    expect(renamed).toMatchObject({ name: '秦皇岛市不动产登记服务中心', parentId: parent.id, active: false });
    expect(audit(f.core, 'agency.update')).toEqual([
      {
        entity_id: child.id,
        detail: {
          name: '秦皇岛市不动产登记服务中心',
          changes: { name: { before: '秦皇岛市不动产登记中心', after: '秦皇岛市不动产登记服务中心' }, active: { before: 1, after: 0 } },
        },
      },
    ]);
    // The same values again: nothing written, no audit entry.
    await call<Agency>(f, 'agencies.save', { id: child.id, name: '秦皇岛市不动产登记服务中心', kind: 'department', active: false });
    expect(audit(f.core, 'agency.update')).toHaveLength(1);
    // null detaches the parent.
    expect(await call<Agency>(f, 'agencies.save', { id: child.id, name: '秦皇岛市不动产登记服务中心', kind: 'department', parentId: null })).toMatchObject({ parentId: null, parentName: null });
    expect(verifyAuditChain(f.core.q).ok).toBe(true);
  });

  it('refuses a name already in the directory on `name`, in both languages, near-duplicates included', async () => {
    const f = await agencyFixture();
    await call<Agency>(f, 'agencies.save', { name: '秦皇岛市公安局（交警支队）', kind: 'department' });
    const before = count(f.core, 'agencies');
    for (const name of ['秦皇岛市公安局（交警支队）', '秦皇岛市公安局 (交警支队)']) {
      const error = await fail(f, 'agencies.save', { name, kind: 'department' });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields).toEqual([
        {
          path: 'name',
          message: { 'zh-CN': '名录中已有同名单位「秦皇岛市公安局（交警支队）」', en: 'The directory already has an agency named "秦皇岛市公安局（交警支队）"' },
        },
      ]);
    }
    expect(count(f.core, 'agencies')).toBe(before);
    // Renaming an agency to its own name is not a clash.
    const own = await call<Agency[]>(f, 'agencies.list');
    await call<Agency>(f, 'agencies.save', { id: own[0]!.id, name: '秦皇岛市公安局（交警支队）', kind: 'member_unit' });
  });

  it('refuses a parent that does not exist, the agency itself, or one of its own sub-units', async () => {
    const f = await agencyFixture();
    const a = await call<Agency>(f, 'agencies.save', { name: '甲局', kind: 'member_unit' });
    const b = await call<Agency>(f, 'agencies.save', { name: '乙中心', kind: 'department', parentId: a.id });
    const c = await call<Agency>(f, 'agencies.save', { name: '丙所', kind: 'department', parentId: b.id });
    const gone = insertAgency(f.core, '已删除单位', 'other', { deletedAt: '2026-01-02T00:00:00.000Z' });

    const paths = async (input: unknown) => (await fail(f, 'agencies.save', input)).fields?.map((x) => `${x.path}: ${x.message['zh-CN']}`);
    expect(await paths({ name: '丁', kind: 'other', parentId: 'no-such-id' })).toEqual(['parentId: 所选上级单位不存在']);
    expect(await paths({ name: '丁', kind: 'other', parentId: gone })).toEqual(['parentId: 所选上级单位不存在']);
    expect(await paths({ id: a.id, name: '甲局', kind: 'member_unit', parentId: a.id })).toEqual(['parentId: 上级单位不能是本单位']);
    expect(await paths({ id: a.id, name: '甲局', kind: 'member_unit', parentId: c.id })).toEqual(['parentId: 上级单位不能是本单位的下级单位（会形成循环）']);
    expect(await paths({ id: a.id, name: '乙中心', kind: 'member_unit', parentId: b.id })).toEqual([
      'name: 名录中已有同名单位「乙中心」',
      'parentId: 上级单位不能是本单位的下级单位（会形成循环）',
    ]);
    expect((await fail(f, 'agencies.save', { id: 'no-such-id', name: '戊', kind: 'other' })).code).toBe('NOT_FOUND');
    expect(audit(f.core, 'agency.update')).toHaveLength(0);
  });

  it('lists active agencies by kind then name with contacts, cases, open and overdue tasks; filters by query and kind', async () => {
    const f = await agencyFixture(); // today 2026-11-27
    const court = insertAgency(f.core, '秦皇岛市中级人民法院', 'court');
    const land = insertAgency(f.core, '秦皇岛市自然资源和规划局', 'member_unit');
    const district = insertAgency(f.core, '秦皇岛市海港区人民政府', 'district_government');
    insertAgency(f.core, '已停用单位', 'other', { active: 0 });
    insertAgency(f.core, '已删除单位', 'other', { deletedAt: '2026-01-02T00:00:00.000Z' });
    await call<Contact>(f, 'contacts.save', { agencyId: land, name: '王某', phones: ['13800000000'] });
    await call<Contact>(f, 'contacts.save', { agencyId: land, name: '李某' });
    await call<Contact>(f, 'contacts.save', { agencyId: land, name: '离任者', active: false });
    // Two roles in one case count as one case; a deleted link and a deleted case do not count.
    insertCase(f.core, [{ agencyId: land, role: 'respondent' }, { agencyId: land, role: 'lead' }, { agencyId: district, role: 'lead' }]);
    insertCase(f.core, [{ agencyId: land, role: 'respondent' }]);
    insertCase(f.core, [{ agencyId: land, role: 'related', deleted: true }]);
    insertCase(f.core, [{ agencyId: land, role: 'respondent' }], { deleted: true });
    insertTask(f.core, land, { sentOn: '2026-11-01', dueOn: '2026-11-26', status: 'sent' }); // overdue
    insertTask(f.core, land, { sentOn: '2026-11-01', dueOn: '2026-11-27', status: 'acknowledged' }); // due today: open, not overdue
    insertTask(f.core, land, { sentOn: '2026-11-01', dueOn: '2026-11-10', status: 'answered', repliedOn: '2026-11-05' });
    insertTask(f.core, land, { sentOn: '2026-11-01', dueOn: '2026-11-10', status: 'sent', deleted: true });

    const list = await call<AgencyListItem[]>(f, 'agencies.list');
    expect(list.map((a) => a.name)).toEqual(['秦皇岛市自然资源和规划局', '秦皇岛市海港区人民政府', '秦皇岛市中级人民法院']);
    expect(list[0]).toMatchObject({ id: land, contacts: 2, cases: 2, openTasks: 2, overdueTasks: 1 });
    expect(list[1]).toMatchObject({ id: district, contacts: 0, cases: 1, openTasks: 0, overdueTasks: 0 });
    expect(list[2]).toMatchObject({ id: court, cases: 0 });

    expect((await call<AgencyListItem[]>(f, 'agencies.list', { includeInactive: true })).map((a) => a.name)).toContain('已停用单位');
    expect((await call<AgencyListItem[]>(f, 'agencies.list', { includeInactive: true })).map((a) => a.name)).not.toContain('已删除单位');
    expect((await call<AgencyListItem[]>(f, 'agencies.list', { query: '海港' })).map((a) => a.id)).toEqual([district]);
    expect((await call<AgencyListItem[]>(f, 'agencies.list', { kind: 'court' })).map((a) => a.id)).toEqual([court]);
    expect(await call<AgencyListItem[]>(f, 'agencies.list', { query: '不存在' })).toEqual([]);
  });

  it('the agency page lists its contacts (active and head first) and its latest cases', async () => {
    const f = await agencyFixture();
    const land = insertAgency(f.core, '秦皇岛市自然资源和规划局');
    await call<Contact>(f, 'contacts.save', { agencyId: land, name: '赵科长', title: '法制科科长' });
    await call<Contact>(f, 'contacts.save', { agencyId: land, name: '钱局长', title: '局长', isHead: true });
    await call<Contact>(f, 'contacts.save', { agencyId: land, name: '孙某', active: false });
    for (let i = 0; i < 52; i += 1) insertCase(f.core, [{ agencyId: land, role: 'respondent' }], { receivedOn: `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}` });
    const detail = await call<AgencyDetail>(f, 'agencies.get', { id: land });
    expect(detail.contacts.map((c) => c.name)).toEqual(['钱局长', '赵科长', '孙某']);
    expect(detail.cases).toHaveLength(50);
    const received = detail.cases.map((c) => c.receivedOn);
    expect(received).toEqual([...received].sort().reverse());
    expect(detail.cases[0]).toMatchObject({ role: 'respondent', stage: 'during', status: 'open' });
    expect((await fail(f, 'agencies.get', { id: 'nope' })).code).toBe('NOT_FOUND');
  });
});

describe('contacts', () => {
  it('trims and deduplicates phones; the audit log keeps them masked', async () => {
    const f = await agencyFixture();
    const land = insertAgency(f.core, '秦皇岛市自然资源和规划局');
    const contact = await call<Contact>(f, 'contacts.save', {
      agencyId: land,
      name: '王某',
      title: '法制科科长',
      phones: [' 13800000000 ', '13800000000', '0335  3000000', '0335 3000000'],
      email: 'fzk@example.gov.cn',
      isHead: true,
    });
    expect(contact).toMatchObject({ agencyId: land, name: '王某', phones: ['13800000000', '0335 3000000'], email: 'fzk@example.gov.cn', isHead: true, active: true, notes: null });
    const created = audit(f.core, 'contact.create');
    expect(created).toHaveLength(1);
    expect(created[0]!.detail).toMatchObject({ agencyId: land, name: '王某', email: true, isHead: true });
    expect(JSON.stringify(created[0]!.detail)).not.toContain('13800000000');

    const updated = await call<Contact>(f, 'contacts.save', { id: contact.id, agencyId: land, name: '王某', phones: ['13900000000'], email: null });
    expect(updated).toMatchObject({ phones: ['13900000000'], email: null, isHead: false, title: null });
    const changes = audit(f.core, 'contact.update')[0]!.detail.changes as Record<string, unknown>;
    expect(Object.keys(changes).sort()).toEqual(['email', 'isHead', 'phones', 'title']);
    expect(JSON.stringify(changes)).not.toContain('13900000000');
    const detail = await call<AgencyDetail>(f, 'agencies.get', { id: land });
    expect(detail.contacts).toEqual([updated]);
  });

  it('refuses an unknown agency, a bad email, and moving a contact to another agency', async () => {
    const f = await agencyFixture();
    const land = insertAgency(f.core, '秦皇岛市自然资源和规划局');
    const other = insertAgency(f.core, '秦皇岛市住房和城乡建设局');
    const contact = await call<Contact>(f, 'contacts.save', { agencyId: land, name: '王某' });
    expect((await fail(f, 'contacts.save', { agencyId: 'nope', name: '李某' })).fields?.map((x) => x.path)).toEqual(['agencyId']);
    expect((await fail(f, 'contacts.save', { agencyId: land, name: '李某', email: 'not-an-email' })).fields?.map((x) => x.path)).toEqual(['email']);
    const moved = await fail(f, 'contacts.save', { id: contact.id, agencyId: other, name: '王某' });
    expect(moved.fields?.[0]).toMatchObject({ path: 'agencyId', message: { 'zh-CN': '联系人不能移到其他单位，请在该单位下新建联系人' } });
    expect((await fail(f, 'contacts.save', { id: 'nope', agencyId: land, name: '王某' })).code).toBe('NOT_FOUND');
    expect(count(f.core, 'agency_contacts')).toBe(1);
  });
});
