import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { qb } from '../../../electron/core/db/query';
import { loadDemoData } from '../../../electron/core/demo/load-demo';
import { matchingDocs, searchCases } from '../../../electron/core/search/search';
import { optimizeSearchIndex, rebuildSearchIndex, syncSearchIndex } from '../../../electron/core/search/search-index';
import { ftsQuery, highlight, searchTerms, segment } from '../../../electron/core/search/search-text';
import { defaultOperator } from '../../../electron/core/services/setup';
import { SearchHitSchema } from '../../../electron/contract/schemas/case-list';
import { fileCore, memoryCore, setUpCore, tempDir } from '../helpers/core';
import { insertActivity, insertCase, insertParty, softDelete } from './fixtures';

const ids = (hits: { caseId: string }[]) => hits.map((h) => h.caseId).sort();
const hitText = (snippet: { text: string; hit: boolean }[]) => snippet.filter((s) => s.hit).map((s) => s.text);

describe('searching cases', () => {
  let core: Core;
  let expropriation: string;
  let labour: string;
  let registration: string;

  beforeEach(async () => {
    core = (await setUpCore()).core;
    expropriation = insertCase(core, {
      caseNumber: '行化〔2026〕15号',
      courtNumber: '（2026）冀03行初27号',
      title: '王建国诉海港区人民政府房屋征收补偿决定案',
      disputeFocus: '被征收房屋面积认定及评估价格是否合理；征收补偿标准',
      claims: '请求撤销房屋征收补偿决定',
    });
    insertParty(core, expropriation, '王建国');
    insertParty(core, expropriation, '李秀兰');
    labour = insertCase(core, {
      caseNumber: '行化〔2026〕16号',
      title: '赵明诉市人力资源和社会保障局工伤认定案',
      disputeFocus: '受伤是否发生在工作时间和工作场所内',
      notes: '申请人多次来访',
    });
    insertParty(core, labour, '赵明');
    insertActivity(core, labour, '赴用人单位实地查看，了解事故经过', '形成调查笔录');
    registration = insertCase(core, {
      caseNumber: '行化〔2025〕3号',
      title: '秦皇岛澄屿食品有限公司诉市不动产登记中心抵押权注销登记案',
      disputeFocus: '抵押权注销登记申请材料是否齐全',
    });
    insertParty(core, registration, '秦皇岛澄屿食品有限公司');
  });

  it('finds one-, two- and three-or-more-character Chinese words, and only the cases holding them', () => {
    for (const word of ['征', '征收', '征收补偿', '被征收房屋面积']) {
      expect(ids(searchCases(core, word)), word).toEqual([expropriation]);
    }
    expect(ids(searchCases(core, '认定'))).toEqual([expropriation, labour].sort());
    expect(ids(searchCases(core, '登'))).toEqual([registration]);
    expect(searchCases(core, '拆迁')).toEqual([]);
  });

  it('finds a party by full name or part of it and reports the party field', () => {
    for (const word of ['李秀兰', '秀兰', '兰']) {
      const hits = searchCases(core, word);
      expect(ids(hits), word).toEqual([expropriation]);
      expect(hits[0]!.field).toBe('party');
      expect(hitText(hits[0]!.snippet)).toEqual([word]);
    }
  });

  it('finds case and court numbers, digits and all, and ranks the number match first', () => {
    const byNumber = searchCases(core, '〔2026〕15号');
    expect(ids(byNumber)).toEqual([expropriation]);
    expect(byNumber[0]).toMatchObject({ field: 'case_number', rank: 1, caseNumber: '行化〔2026〕15号' });
    expect(ids(searchCases(core, '2026'))).toEqual([expropriation, labour].sort());
    expect(ids(searchCases(core, '15'))).toEqual([expropriation]);
    expect(ids(searchCases(core, '3'))).toEqual([expropriation, registration].sort()); // 冀03, 〔2025〕3号
    const byCourt = searchCases(core, '冀03行初');
    expect(ids(byCourt)).toEqual([expropriation]);
    expect(byCourt[0]!.field).toBe('court_number');
  });

  it('orders hits by tier: number, then party or title, then case texts, then activities', () => {
    const a = insertCase(core, { caseNumber: '行化〔2026〕30号', title: '甲', notes: '关于回访的说明' });
    const b = insertCase(core, { caseNumber: '行化〔2026〕31号', title: '回访不满意投诉案' });
    const c = insertCase(core, { caseNumber: '行化〔2026〕32号', title: '丙' });
    insertActivity(core, c, '电话回访申请人');
    const hits = searchCases(core, '回访');
    expect(hits.map((h) => [h.caseId, h.rank, h.field])).toEqual([
      [b, 2, 'title'],
      [a, 3, 'notes'],
      [c, 4, 'activity'],
    ]);
  });

  it('marks exactly the words found in the snippet, every occurrence, in their original case', () => {
    const id = insertCase(core, { caseNumber: '行化〔2026〕40号', title: 'ABC公司诉市场监管局案', notes: '关于abc公司的abc产品' });
    const hits = searchCases(core, 'abc');
    expect(ids(hits)).toEqual([id]);
    expect(hits[0]!.field).toBe('title');
    expect(hits[0]!.snippet).toEqual([
      { text: 'ABC', hit: true },
      { text: '公司诉市场监管局案', hit: false },
    ]);

    const focus = searchCases(core, '征收补偿').find((h) => h.caseId === expropriation)!;
    expect(focus.field).toBe('title');
    expect(focus.snippet.map((s) => s.text).join('')).toBe('王建国诉海港区人民政府房屋征收补偿决定案');
    expect(focus.snippet.filter((s) => s.hit)).toEqual([{ text: '征收补偿', hit: true }]);
  });

  it('cuts long texts around the first hit with ellipses and keeps every hit inside whole', () => {
    const text = `${'甲'.repeat(100)}征收${'乙'.repeat(10)}征收${'丙'.repeat(100)}`;
    const segments = highlight(text, ['征收'], 40);
    expect(segments[0]).toEqual({ text: '…' + '甲'.repeat(13), hit: false });
    expect(hitText(segments)).toEqual(['征收', '征收']);
    expect(segments.at(-1)!.text.endsWith('…')).toBe(true);
    const joined = segments.map((s) => s.text).join('');
    expect(text.includes(joined.replaceAll('…', ''))).toBe(true);
  });

  it('requires every word (AND), across different fields too', () => {
    expect(ids(searchCases(core, '征收 王建国'))).toEqual([expropriation]);
    expect(ids(searchCases(core, '征收 赵明'))).toEqual([]);
    // 赵明 is a party, 笔录 is in an activity result: spread over two fields, still one case.
    const spread = searchCases(core, '赵明 笔录');
    expect(ids(spread)).toEqual([labour]);
    expect(spread[0]!.rank).toBe(4);
    expect(hitText(spread[0]!.snippet).length).toBeGreaterThan(0);
  });

  it('returns nothing for empty or blank text', () => {
    expect(searchCases(core, '')).toEqual([]);
    expect(searchCases(core, '   \u3000\t')).toEqual([]);
  });

  it('treats FTS5 syntax in the user text as plain characters, never as query syntax', () => {
    const notes = 'a"b NEAR(征收 OR x* {title}: -c ^d AND NOT \\ \'q';
    const tricky = insertCase(core, { caseNumber: '行化〔2026〕50号', title: '特殊字符', notes });
    const inputs = ['"', '""', '"征收', '*', 'OR', 'AND', 'NOT', 'NEAR(', 'NEAR(征收', ')(', '{title}:', '-c', '^d', 'x*', "'", '\\', 'a"b', '(', ':'];
    for (const input of inputs) {
      const hits = (() => {
        try {
          return searchCases(core, input);
        } catch (error) {
          throw new Error(`search for ${input} threw`, { cause: error });
        }
      })();
      for (const h of hits) SearchHitSchema.parse(h);
      const holds = notes.toLowerCase().includes(input.toLowerCase());
      expect(ids(hits).includes(tricky), input).toBe(holds);
    }
    // 'OR' is a word, not an operator: 征收 OR finds the one case holding both, not either.
    expect(ids(searchCases(core, '征收 OR'))).toEqual([tricky]);
    expect(ids(searchCases(core, '征收'))).toEqual([expropriation, tricky].sort());
    expect(searchCases(core, '"征收')).toEqual([]);
  });

  it('follows updates: changed text, new and soft-deleted activities and parties, deleted cases', () => {
    expect(ids(searchCases(core, '工伤'))).toEqual([labour]);
    core.q.run(qb.updateTable('cases').set({ title: '赵明诉市人社局待遇核定案' }).where('id', '=', labour));
    expect(searchCases(core, '工伤')).toEqual([]);
    expect(ids(searchCases(core, '待遇核定'))).toEqual([labour]);

    const activity = insertActivity(core, registration, '召开协调会研究注销方案', '双方达成和解');
    const found = searchCases(core, '和解');
    expect(ids(found)).toEqual([registration]);
    expect(found[0]).toMatchObject({ field: 'activity', activityId: activity });
    softDelete(core, 'activities', activity);
    expect(searchCases(core, '和解')).toEqual([]);

    const party = insertParty(core, registration, '钱多多');
    expect(ids(searchCases(core, '多多'))).toEqual([registration]);
    core.q.run(qb.updateTable('parties').set({ name: '孙某' }).where('id', '=', party));
    expect(searchCases(core, '多多')).toEqual([]);
    softDelete(core, 'parties', party);
    expect(searchCases(core, '孙某')).toEqual([]);

    softDelete(core, 'cases', expropriation);
    expect(searchCases(core, '征收')).toEqual([]);
    expect(searchCases(core, '王建国')).toEqual([]);
    core.q.run(qb.updateTable('cases').set({ deleted_at: null }).where('id', '=', expropriation));
    expect(ids(searchCases(core, '王建国'))).toEqual([expropriation]);
  });

  it('queues changes by trigger, whoever writes, and empties the queue when read', () => {
    const pending = () => core.q.all(qb.selectFrom('search_dirty').select('case_id')).map((r) => r.case_id);
    syncSearchIndex(core);
    expect(pending()).toEqual([]);
    // A raw statement (another connection, the CLI, a future service) is caught all the same.
    core.sqlite.prepare('UPDATE activities SET result = ? WHERE case_id = ?').run('已签收', labour);
    expect(pending()).toEqual([labour]);
    // A stage move does not touch searchable text, so it does not queue anything.
    core.sqlite.prepare("UPDATE cases SET stage = 'pre' WHERE id = ?").run(registration);
    expect(pending()).toEqual([labour]);
    expect(ids(searchCases(core, '签收'))).toEqual([labour]);
    expect(pending()).toEqual([]);
  });

  it('limits the number of hits', () => {
    for (let i = 0; i < 30; i += 1) insertCase(core, { caseNumber: `行化〔2024〕${i + 100}号`, title: `第${i}件信访事项` });
    expect(searchCases(core, '信访').length).toBe(20);
    expect(searchCases(core, '信访', { limit: 5 }).length).toBe(5);
    expect(searchCases(core, '信访', { limit: 500 }).length).toBe(30);
  });

  it('answers a two-character word from the unigram index, never by scanning activities', () => {
    const fts = ftsQuery(searchTerms('征收'));
    expect(fts.table).toBe('search_unigram');
    const { sql, parameters } = matchingDocs(fts, 20).compile();
    const plan = (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(parameters as unknown[])) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/SCAN search_unigram VIRTUAL TABLE INDEX/);
    expect(plan).not.toMatch(/activities|cases/);
    expect(ftsQuery(searchTerms('征收补偿')).table).toBe('search_trigram');
  });

  it('rebuilds and compacts the whole index on request with the same answers', () => {
    const before = searchCases(core, '认定');
    expect(rebuildSearchIndex(core)).toBe(3);
    expect(ids(searchCases(core, '认定'))).toEqual(ids(before));
    optimizeSearchIndex(core);
    expect(ids(searchCases(core, '认定'))).toEqual(ids(before));
    expect(ids(searchCases(core, '认'))).toEqual(ids(before));
  });
});

describe('search text helpers', () => {
  it('segment one token per character, whitespace becoming a boundary', () => {
    expect(segment('征收 补偿')).toBe('征 收 \uE000 补 偿');
    expect(segment('  A-1\n')).toBe('A - 1');
  });

  it('split the user text into distinct words, dropping characters the index cannot hold', () => {
    expect(searchTerms(' 征收  王建国 征收 ')).toEqual(['征收', '王建国']);
    expect(searchTerms('\u0001\uE000')).toEqual([]);
    expect(searchTerms('ABC abc')).toEqual(['ABC']);
  });

  it('quote every word, so the MATCH string has no operator but AND', () => {
    expect(ftsQuery(['a"b', 'NEAR(x']).match).toBe('"a""b" AND "NEAR(x"');
    expect(ftsQuery(['征收', 'OR']).match).toBe('"征 收" AND "O R"');
    expect(ftsQuery(['征收'], ['title', 'notes']).match).toBe('{title notes} : ("征 收")');
  });
});

describe('the search index over the demo data and across a migration', () => {
  it('finds demo cases by words from their texts and every hit has a marked snippet', async () => {
    const { core } = await setUpCore();
    loadDemoData(core, defaultOperator(core)!);
    const words = ['征', '征收', '工伤', '回访', '协调会', '释法说理', '登记', '海港区', '2026'];
    let found = 0;
    for (const word of words) {
      const hits = searchCases(core, word, { limit: 200 });
      found += hits.length;
      for (const hit of hits) {
        SearchHitSchema.parse(hit);
        expect(hitText(hit.snippet), `${word} in ${hit.caseNumber}`).toContain(word);
      }
      // Every case holding the word in one of its fields is found (checked by a scan here).
      const scanned = core.sqlite
        .prepare(
          `SELECT DISTINCT c.id FROM cases c
           WHERE c.deleted_at IS NULL AND (
             instr(c.case_number || ' ' || coalesce(c.court_number, '') || ' ' || c.title || ' ' || coalesce(c.dispute_focus, '') || ' ' || coalesce(c.claims, '') || ' ' || coalesce(c.notes, ''), ?) > 0
             OR EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.deleted_at IS NULL AND instr(p.name, ?) > 0)
             OR EXISTS (SELECT 1 FROM activities a WHERE a.case_id = c.id AND a.deleted_at IS NULL AND (instr(a.description, ?) > 0 OR instr(coalesce(a.result, ''), ?) > 0)))`,
        )
        .pluck()
        .all(word, word, word, word) as string[];
      expect(ids(hits), word).toEqual(scanned.sort());
    }
    expect(found).toBeGreaterThan(50);
  });

  it('backfills cases that existed before migration 0003', async () => {
    const dir = tempDir();
    const old = await fileCore(dir, MIGRATIONS.slice(0, 2));
    const id = insertCase(old, { caseNumber: '行化〔2025〕9号', disputeFocus: '违法建设认定及强制拆除程序' });
    insertParty(old, id, '周海涛');
    old.close();
    const core = await fileCore(dir);
    expect(core.q.all(qb.selectFrom('search_dirty').select('case_id'))).toEqual([]);
    expect(ids(searchCases(core, '拆除'))).toEqual([id]);
    expect(ids(searchCases(core, '海涛'))).toEqual([id]);
    core.close();
  });

  it('is empty and harmless on a fresh database', async () => {
    const core = await memoryCore();
    expect(searchCases(core, '征收')).toEqual([]);
    core.close();
  });
});
