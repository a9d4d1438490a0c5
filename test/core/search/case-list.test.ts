import { beforeAll, describe, expect, it } from 'vitest';
import { listCases } from '../../../electron/core/cases/case-list';
import type { Core } from '../../../electron/core/core';
import { loadDemoData } from '../../../electron/core/demo/load-demo';
import { defaultOperator } from '../../../electron/core/services/setup';
import { insertOperator } from '../../../electron/core/services/operators';
import {
  CaseListQuerySchema,
  CaseListResultSchema,
  type CaseListQueryInput,
  type CaseListRow,
} from '../../../electron/contract/schemas/case-list';
import { setUpCore } from '../helpers/core';
import {
  categoryId,
  insertActivity,
  insertAgency,
  insertCase,
  insertClock,
  insertParty,
  linkAgency,
  softDelete,
} from './fixtures';

// The helpers' clock: 2026-11-27 10:00 in China.
const TODAY = '2026-11-27';

interface World {
  core: Core;
  id: Record<string, string>;
  all: CaseListRow[];
}

/**
 * Eight cases spread over every dimension the list filters and sorts on, plus one soft-deleted
 * case that must never appear.
 */
async function world(): Promise<World> {
  const { core } = await setUpCore();
  const zhang = defaultOperator(core)!;
  const li = insertOperator(core, '李协调', 'coordinator');
  const land = categoryId(core, '土地房屋征收补偿');
  const labour = categoryId(core, '劳动和社会保障');
  const hg = insertAgency(core, '海港区人民政府');
  const rsj = insertAgency(core, '市人力资源和社会保障局');
  const zjj = insertAgency(core, '市住房和城乡建设局');
  const id: Record<string, string> = {};
  const add = (key: string, seed: Parameters<typeof insertCase>[1]) => (id[key] = insertCase(core, seed));

  add('a', { caseNumber: '行化〔2026〕1号', stage: 'intake', source: 'party_application', categoryId: land, coordinatorId: zhang.id, receivedOn: '2026-01-05', updatedAt: '2026-11-20T00:00:00.000Z', disputeFocus: '征收补偿标准' });
  add('b', { caseNumber: '行化〔2026〕2号', stage: 'pre', source: 'court_delegated', categoryId: land, coordinatorId: li.id, receivedOn: '2026-02-10', updatedAt: '2026-11-21T00:00:00.000Z' });
  add('c', { caseNumber: '行化〔2026〕3号', stage: 'during', source: 'petition', categoryId: labour, coordinatorId: zhang.id, receivedOn: '2026-03-15', updatedAt: '2026-11-22T00:00:00.000Z' });
  add('d', { caseNumber: '行化〔2026〕4号', stage: 'post', source: 'court_entrusted', categoryId: labour, coordinatorId: li.id, receivedOn: '2026-04-20', updatedAt: '2026-11-19T00:00:00.000Z' });
  add('e', { caseNumber: '行化〔2026〕5号', stage: 'closed', outcome: 'settlement', source: 'party_application', categoryId: land, coordinatorId: zhang.id, receivedOn: '2026-05-25', closedOn: '2026-07-01', updatedAt: '2026-11-18T00:00:00.000Z' });
  add('f', { caseNumber: '行化〔2025〕9号', stage: 'closed', outcome: 'transferred_to_filing', source: 'admin_review', categoryId: null, coordinatorId: null, receivedOn: '2025-12-01', closedOn: '2026-03-01', updatedAt: '2026-11-17T00:00:00.000Z' });
  add('g', { caseNumber: '行化〔2026〕6号', stage: 'pre', source: 'petition', categoryId: land, coordinatorId: zhang.id, receivedOn: '2026-06-30', updatedAt: '2026-11-23T00:00:00.000Z' });
  add('h', { caseNumber: '行化〔2026〕7号', stage: 'closed', outcome: 'withdrawn', source: 'invited', categoryId: labour, coordinatorId: li.id, receivedOn: '2026-06-30', closedOn: '2026-10-15', updatedAt: '2026-11-24T00:00:00.000Z' });
  add('gone', { caseNumber: '行化〔2026〕8号', stage: 'pre', categoryId: land, receivedOn: '2026-06-01', disputeFocus: '征收补偿标准' });
  softDelete(core, 'cases', id.gone!);

  linkAgency(core, id.a!, hg, 'respondent');
  linkAgency(core, id.a!, zjj, 'supporting');
  linkAgency(core, id.b!, hg, 'respondent');
  linkAgency(core, id.c!, rsj, 'respondent');
  linkAgency(core, id.d!, rsj, 'respondent');
  linkAgency(core, id.d!, hg, 'related');
  linkAgency(core, id.gone!, zjj, 'respondent');

  // Four applicants on a: only the first three by entry time are listed (rows written out of order).
  insertParty(core, id.a!, '孙丽', 'applicant', '2026-01-05T04:00:00.000Z');
  insertParty(core, id.a!, '赵明', 'applicant', '2026-01-05T03:00:00.000Z');
  insertParty(core, id.a!, '王建国', 'applicant', '2026-01-05T01:00:00.000Z');
  insertParty(core, id.a!, '李秀兰', 'applicant', '2026-01-05T02:00:00.000Z');
  insertParty(core, id.a!, '钱律师', 'representative', '2026-01-05T00:00:00.000Z');
  const removed = insertParty(core, id.b!, '周某', 'applicant');
  softDelete(core, 'parties', removed);
  insertParty(core, id.b!, '吴某', 'applicant');

  // Clocks: a and c overdue (an open clock due before today), b due later, e's clock met long ago.
  insertClock(core, id.a!, '2026-11-20');
  insertClock(core, id.a!, '2026-12-30');
  insertClock(core, id.b!, '2026-12-10');
  insertClock(core, id.b!, '2026-11-01', 'met');
  insertClock(core, id.c!, '2026-11-26');
  insertClock(core, id.e!, '2026-06-01', 'missed');

  insertActivity(core, id.d!, '组织双方召开协调会', '达成和解意向');

  const all = listCases(core, { page: { offset: 0, limit: 200 } }).rows;
  return { core, id, all };
}

describe('the case list', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  const list = (input: CaseListQueryInput) => {
    const result = listCases(w.core, input);
    CaseListResultSchema.parse(result);
    return result;
  };
  const keys = (rows: { id: string }[]) => rows.map((r) => Object.entries(w.id).find(([, v]) => v === r.id)![0]);
  const filtered = (filters: CaseListQueryInput['filters']) =>
    keys(list({ filters, sort: { field: 'case_number', direction: 'asc' }, page: { offset: 0, limit: 200 } }).rows).sort();

  it('lists every live case and never a soft-deleted one, with a total', () => {
    const result = list({});
    expect(result.total).toBe(8);
    expect(keys(result.rows).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('fills each row with the names and deadline state a list shows', () => {
    const a = w.all.find((r) => r.id === w.id.a)!;
    expect(a).toEqual({
      id: w.id.a,
      caseNumber: '行化〔2026〕1号',
      courtNumber: null,
      title: '案件行化〔2026〕1号',
      source: 'party_application',
      category: '土地房屋征收补偿',
      complexity: 'simple',
      stage: 'intake',
      status: 'open',
      coordinator: '张协调',
      respondent: '海港区人民政府',
      applicants: '王建国、李秀兰、赵明',
      applicantCount: 4,
      receivedOn: '2026-01-05',
      closedOn: null,
      outcome: null,
      nextDueOn: '2026-11-20',
      overdue: true,
      // Never sent to the court: every case starts unsynced.
      unsynced: true,
    });
    const b = w.all.find((r) => r.id === w.id.b)!;
    expect(b).toMatchObject({ applicants: '吴某', applicantCount: 1, nextDueOn: '2026-12-10', overdue: false, coordinator: '李协调' });
    const f = w.all.find((r) => r.id === w.id.f)!;
    expect(f).toMatchObject({ category: null, coordinator: null, respondent: null, applicants: '', applicantCount: 0, nextDueOn: null, overdue: false, closedOn: '2026-03-01', outcome: 'transferred_to_filing' });
  });

  it('filters by stage, status, category, source, coordinator and agency (any role)', () => {
    expect(filtered({ stages: ['pre'] })).toEqual(['b', 'g']);
    expect(filtered({ stages: ['intake', 'during'] })).toEqual(['a', 'c']);
    expect(filtered({ stages: [] })).toHaveLength(8); // nothing ticked = no restriction
    expect(filtered({ status: 'closed' })).toEqual(['e', 'f', 'h']);
    expect(filtered({ status: 'open' })).toEqual(['a', 'b', 'c', 'd', 'g']);
    const land = categoryId(w.core, '土地房屋征收补偿');
    expect(filtered({ categoryIds: [land] })).toEqual(['a', 'b', 'e', 'g']);
    expect(filtered({ sources: ['petition', 'invited'] })).toEqual(['c', 'g', 'h']);
    const li = w.all.find((r) => r.id === w.id.b)!;
    expect(li.coordinator).toBe('李协调');
    const liId = w.core.sqlite.prepare("SELECT id FROM operators WHERE name = '李协调'").pluck().get() as string;
    expect(filtered({ coordinatorId: liId })).toEqual(['b', 'd', 'h']);
    const hg = w.core.sqlite.prepare("SELECT id FROM agencies WHERE name = '海港区人民政府'").pluck().get() as string;
    expect(filtered({ agencyId: hg })).toEqual(['a', 'b', 'd']);
    const zjj = w.core.sqlite.prepare("SELECT id FROM agencies WHERE name = '市住房和城乡建设局'").pluck().get() as string;
    expect(filtered({ agencyId: zjj })).toEqual(['a']); // the deleted case is not listed
  });

  it('filters overdue cases (an open clock due before today) and the rest', () => {
    expect(filtered({ overdue: true })).toEqual(['a', 'c']);
    expect(filtered({ overdue: false })).toEqual(['b', 'd', 'e', 'f', 'g', 'h']);
    expect(w.all.filter((r) => r.overdue).map((r) => r.id).sort()).toEqual([w.id.a, w.id.c].sort());
    expect(w.all.every((r) => r.overdue === (r.nextDueOn !== null && r.nextDueOn < TODAY))).toBe(true);
  });

  it('filters by received and closed date ranges, both ends inclusive', () => {
    expect(filtered({ receivedFrom: '2026-02-10', receivedTo: '2026-04-20' })).toEqual(['b', 'c', 'd']);
    expect(filtered({ receivedTo: '2025-12-31' })).toEqual(['f']);
    expect(filtered({ closedFrom: '2026-07-01' })).toEqual(['e', 'h']);
    expect(filtered({ closedFrom: '2026-01-01', closedTo: '2026-07-01' })).toEqual(['e', 'f']);
  });

  it('filters by text through the search index, and ignores blank text', () => {
    expect(filtered({ text: '征收' })).toEqual(['a']);
    expect(filtered({ text: '王建国' })).toEqual(['a']);
    expect(filtered({ text: '和解' })).toEqual(['d']);
    expect(filtered({ text: '2025' })).toEqual(['f']);
    expect(filtered({ text: '  ' })).toHaveLength(8);
    expect(filtered({ text: '不存在的词' })).toEqual([]);
  });

  it('combines filters (all must hold)', () => {
    const land = categoryId(w.core, '土地房屋征收补偿');
    expect(filtered({ categoryIds: [land], status: 'open', stages: ['pre'] })).toEqual(['b', 'g']);
    expect(filtered({ categoryIds: [land], overdue: true, text: '征收' })).toEqual(['a']);
    expect(filtered({ status: 'closed', sources: ['petition'] })).toEqual([]);
  });

  it('sorts by each field both ways, ties broken by id', () => {
    const ordered = (field: 'received_on' | 'case_number' | 'updated_at' | 'closed_on' | 'stage', direction: 'asc' | 'desc') =>
      list({ sort: { field, direction }, page: { offset: 0, limit: 200 } }).rows;
    const ids = (rows: CaseListRow[]) => rows.map((r) => r.id);
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const byId = (x: CaseListRow, y: CaseListRow) => cmp(x.id, y.id);

    const received = [...w.all].sort((x, y) => cmp(x.receivedOn, y.receivedOn) || byId(x, y));
    expect(ids(ordered('received_on', 'asc'))).toEqual(ids(received));
    expect(ids(ordered('received_on', 'desc'))).toEqual(ids(received).reverse());
    expect(keys(ordered('received_on', 'desc')).slice(0, 2).sort()).toEqual(['g', 'h']); // same day

    const numbers = [...w.all].sort((x, y) => cmp(x.caseNumber, y.caseNumber));
    expect(ids(ordered('case_number', 'asc'))).toEqual(ids(numbers));
    expect(ids(ordered('case_number', 'desc'))).toEqual(ids(numbers).reverse());

    expect(keys(ordered('updated_at', 'desc'))).toEqual(['h', 'g', 'c', 'b', 'a', 'd', 'e', 'f']);
    expect(keys(ordered('updated_at', 'asc'))).toEqual(['f', 'e', 'd', 'a', 'b', 'c', 'g', 'h']);

    // Open cases have no closing date and come last both ways.
    expect(keys(ordered('closed_on', 'asc')).slice(0, 3)).toEqual(['f', 'e', 'h']);
    expect(keys(ordered('closed_on', 'desc')).slice(0, 3)).toEqual(['h', 'e', 'f']);
    expect(ordered('closed_on', 'desc').slice(3).every((r) => r.closedOn === null)).toBe(true);

    // Stage in workflow order (not alphabetical), then received date in the same direction.
    const stages = ['intake', 'pre', 'during', 'post', 'closed'];
    const byStage = [...w.all].sort(
      (x, y) => stages.indexOf(x.stage) - stages.indexOf(y.stage) || cmp(x.receivedOn, y.receivedOn) || byId(x, y),
    );
    expect(ids(ordered('stage', 'asc'))).toEqual(ids(byStage));
    expect(ids(ordered('stage', 'desc'))).toEqual(ids(byStage).reverse());
    expect(keys(ordered('stage', 'asc'))).toEqual(['a', 'b', 'g', 'c', 'd', 'f', 'e', 'h']);
  });

  it('pages: consecutive pages partition the sorted list and each reports the full total', () => {
    const sort = { field: 'received_on', direction: 'desc' } as const;
    const whole = list({ sort, page: { offset: 0, limit: 200 } }).rows.map((r) => r.id);
    const pages: string[] = [];
    for (let offset = 0; offset < 8; offset += 3) {
      const page = list({ sort, page: { offset, limit: 3 } });
      expect(page.total).toBe(8);
      expect(page.rows.length).toBe(Math.min(3, 8 - offset));
      pages.push(...page.rows.map((r) => r.id));
    }
    expect(pages).toEqual(whole);
    const past = list({ sort, page: { offset: 8, limit: 3 } });
    expect(past).toEqual({ rows: [], total: 8 });
    const filteredPage = list({ filters: { status: 'open' }, sort, page: { offset: 2, limit: 2 } });
    expect(filteredPage.total).toBe(5);
    expect(filteredPage.rows.map((r) => r.id)).toEqual(whole.filter((id) => w.all.find((r) => r.id === id)!.status === 'open').slice(2, 4));
  });

  it('refuses a page larger than 200 and unknown filters', () => {
    expect(() => listCases(w.core, { page: { offset: 0, limit: 201 } })).toThrow();
    expect(() => listCases(w.core, { filters: { colour: 'red' } as never })).toThrow();
    expect(CaseListQuerySchema.parse({})).toEqual({
      filters: {},
      sort: { field: 'received_on', direction: 'desc' },
      page: { offset: 0, limit: 50 },
    });
  });
});

describe('the case list over the demo data', () => {
  it('lists every demo case, rows valid, totals matching counts by filter', async () => {
    const { core } = await setUpCore();
    loadDemoData(core, defaultOperator(core)!);
    const count = (where: string) => core.sqlite.prepare(`SELECT count(*) FROM cases WHERE deleted_at IS NULL ${where}`).pluck().get() as number;
    const all = listCases(core, { page: { offset: 0, limit: 200 } });
    CaseListResultSchema.parse(all);
    expect(all.total).toBe(count(''));
    expect(all.rows.length).toBe(all.total);
    expect(listCases(core, { filters: { status: 'open' }, page: { offset: 0, limit: 5 } }).total).toBe(count("AND status = 'open'"));
    expect(listCases(core, { filters: { stages: ['during'] } }).total).toBe(count("AND stage = 'during'"));
    const overdue = core.sqlite
      .prepare("SELECT count(DISTINCT case_id) FROM clocks WHERE status = 'open' AND due_on < ?")
      .pluck()
      .get(TODAY) as number;
    expect(listCases(core, { filters: { overdue: true } }).total).toBe(overdue);
    expect(all.rows.every((r) => r.respondent !== null && r.applicants.length > 0)).toBe(true);
  });

  it('reads the first page from the sort index instead of sorting every case', async () => {
    const { core } = await setUpCore();
    loadDemoData(core, defaultOperator(core)!);
    const { caseListStatements } = await import('../../../electron/core/cases/case-list');
    const plan = (field: 'received_on' | 'case_number' | 'updated_at' | 'stage') => {
      const query = CaseListQuerySchema.parse({ sort: { field, direction: 'desc' } });
      const { sql, parameters } = caseListStatements(core, query).page.compile();
      return (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(parameters as unknown[])) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    };
    expect(plan('received_on')).toMatch(/cases_list_received/);
    expect(plan('case_number')).toMatch(/cases_list_number/);
    expect(plan('updated_at')).toMatch(/cases_list_updated/);
    expect(plan('stage')).toMatch(/cases_list_stage/);
    const text = CaseListQuerySchema.parse({ filters: { text: '征收' } });
    const withText = caseListStatements(core, text).count.compile();
    const textPlan = (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${withText.sql}`).all(...(withText.parameters as unknown[])) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(textPlan).toMatch(/SCAN search_unigram VIRTUAL TABLE INDEX/);
    expect(textPlan).not.toMatch(/activities|parties/);
    for (const field of ['received_on', 'case_number', 'updated_at', 'stage'] as const) {
      // The CTE's ORDER BY is served by the index; only the ≤200-row page is sorted again.
      const lines = plan(field).split('\n');
      const cte = lines.slice(0, lines.findIndex((l) => /SCAN page/.test(l)));
      expect(cte.join('\n'), field).not.toMatch(/TEMP B-TREE/);
    }
  });
});
