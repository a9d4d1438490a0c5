import { expect, it } from 'vitest';
import { caseListStatements, listCases } from '../../electron/core/cases/case-list';
import { qb } from '../../electron/core/db/query';
import { searchCases } from '../../electron/core/search/search';
import { syncSearchIndex } from '../../electron/core/search/search-index';
import { dashboardSummary } from '../../electron/core/services/dashboard';
import { getCaseDetail } from '../../electron/core/cases/case-detail';
import { dispatch } from '../../electron/core/handlers/registry';
import { newSession } from '../../electron/core/session';
import { defaultOperator } from '../../electron/core/services/setup';
import { CaseListQuerySchema, type CaseListQueryInput } from '../../electron/contract/schemas/case-list';
import type { Core } from '../../electron/core/core';
import { measure, report, type Measurement } from './measure';
import { BIG_CASE_ACTIVITIES, BIG_CASE_NUMBER, syntheticDatabase } from './synthetic-data';

/** The statements listCases runs, compiled once and run straight on better-sqlite3. */
function bareList(core: Core, input: CaseListQueryInput): () => unknown {
  const query = CaseListQuerySchema.parse(input);
  const { page, count } = caseListStatements(core, query);
  const p = page.compile();
  const c = count.compile();
  const pageStatement = core.sqlite.prepare(p.sql);
  const countStatement = core.sqlite.prepare(c.sql);
  return () => {
    const rows = pageStatement.all(...(p.parameters as unknown[]));
    // listCases skips the count when the first page is not full; so does the bare run.
    const total = query.page.offset === 0 && rows.length < query.page.limit ? rows.length : countStatement.get(...(c.parameters as unknown[]));
    return [rows, total];
  };
}

/**
 * Two variants timed alternately, call by call, so machine noise (GC, another process) falls on
 * both alike: sub-millisecond medians measured one after the other drift by ±50% between runs.
 */
function measurePair(nameA: string, a: () => unknown, nameB: string, b: () => unknown, runs = 300, warmup = 30): [Measurement, Measurement] {
  for (let i = 0; i < warmup; i += 1) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let start = performance.now();
    a();
    ta.push(performance.now() - start);
    start = performance.now();
    b();
    tb.push(performance.now() - start);
  }
  const stats = (name: string, times: number[]): Measurement => {
    times.sort((x, y) => x - y);
    const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 1000) / 1000;
    return { name, runs, medianMs: at(0.5), p90Ms: at(0.9) };
  };
  return [stats(nameA, ta), stats(nameB, tb)];
}

/** Minimal "open a case": the case, its parties, agencies, activities and clocks. */
function openCase(core: Core, caseNumber: string) {
  const c = core.q.first(qb.selectFrom('cases').selectAll().where('case_number', '=', caseNumber))!;
  return {
    c,
    parties: core.q.all(qb.selectFrom('parties').selectAll().where('case_id', '=', c.id).where('deleted_at', 'is', null)),
    agencies: core.q.all(
      qb
        .selectFrom('case_agencies')
        .innerJoin('agencies', 'agencies.id', 'case_agencies.agency_id')
        .select(['case_agencies.id', 'case_agencies.role', 'agencies.name'])
        .where('case_agencies.case_id', '=', c.id)
        .where('case_agencies.deleted_at', 'is', null),
    ),
    activities: core.q.all(
      qb.selectFrom('activities').selectAll().where('case_id', '=', c.id).where('deleted_at', 'is', null).orderBy('occurred_at').orderBy('id'),
    ),
    clocks: core.q.all(qb.selectFrom('clocks').selectAll().where('case_id', '=', c.id)),
  };
}

it('cases: list, search, open, dashboard on 20,000 cases / 400,000 activities', async () => {
  const { core, stats } = await syntheticDatabase();
  console.log(
    `synthetic data ${stats.cached ? '(cached)' : '(generated)'}: insert ${stats.insertMs} ms, search index ${stats.indexMs} ms, ` +
      `${(stats.bytes / 1e6).toFixed(0)} MB`,
    stats.rows,
  );
  const land = core.q.first(qb.selectFrom('dispute_categories').select('id').where('name', '=', '土地房屋征收补偿'))!.id;
  const busyAgency = core.q.first(
    qb.selectFrom('case_agencies').select('agency_id').groupBy('agency_id').orderBy((eb) => eb.fn.countAll(), 'desc').limit(1),
  )!.agency_id;

  const lists: [string, CaseListQueryInput][] = [
    ['open cases, newest first', { filters: { status: 'open' }, sort: { field: 'received_on', direction: 'desc' }, page: { offset: 0, limit: 50 } }],
    ['all cases, newest first', { sort: { field: 'received_on', direction: 'desc' }, page: { offset: 0, limit: 50 } }],
    ['land category, open, by stage', { filters: { categoryIds: [land], status: 'open' }, sort: { field: 'stage', direction: 'asc' }, page: { offset: 0, limit: 50 } }],
    ['overdue, by case number', { filters: { overdue: true }, sort: { field: 'case_number', direction: 'asc' }, page: { offset: 0, limit: 50 } }],
    ['one agency, updated first', { filters: { agencyId: busyAgency }, sort: { field: 'updated_at', direction: 'desc' }, page: { offset: 0, limit: 50 } }],
    ['closed 2025, by closing date', { filters: { status: 'closed', closedFrom: '2025-01-01', closedTo: '2025-12-31' }, sort: { field: 'closed_on', direction: 'desc' }, page: { offset: 0, limit: 50 } }],
    ['text 征收 + open, newest first', { filters: { text: '征收', status: 'open' }, sort: { field: 'received_on', direction: 'desc' }, page: { offset: 0, limit: 50 } }],
    ['all cases, page 200 (offset 10,000)', { sort: { field: 'received_on', direction: 'desc' }, page: { offset: 10_000, limit: 50 } }],
  ];

  const results: Measurement[] = [];
  const ratios: { list: string; listCasesMs: number; bareSqlMs: number; overheadMs: number; ratio: number; total: number }[] = [];
  for (const [name, input] of lists) {
    const total = listCases(core, input).total;
    const [viaCore, bare] = measurePair(`listCases: ${name}`, () => listCases(core, input), `  bare SQL: ${name}`, bareList(core, input));
    results.push(viaCore, bare);
    ratios.push({
      list: name,
      listCasesMs: viaCore.medianMs,
      bareSqlMs: bare.medianMs,
      overheadMs: Math.round((viaCore.medianMs - bare.medianMs) * 1000) / 1000,
      ratio: Math.round((viaCore.medianMs / bare.medianMs) * 100) / 100,
      total,
    });
  }

  const searches = ['征', '征收', '王建', '征收补偿', '房屋征收补偿决定', '征收 回访', '〔2024〕15号', '不存在的词语'];
  const searchCounts: Record<string, number> = {};
  for (const word of searches) {
    searchCounts[word] = listCases(core, { filters: { text: word }, page: { offset: 0, limit: 1 } }).total;
    results.push(await measure(`searchCases '${word}' (limit 20)`, () => searchCases(core, word, { limit: 20 }), 100, 10));
  }

  const opened = openCase(core, BIG_CASE_NUMBER);
  expect(opened.activities.length).toBe(BIG_CASE_ACTIVITIES);
  results.push(await measure(`open one case with ${BIG_CASE_ACTIVITIES} activities (case, parties, agencies, activities, clocks)`, () => openCase(core, BIG_CASE_NUMBER), 200, 20));
  // What the case page really calls: the full detail (steps with status, clocks with live state,
  // history), through the IPC dispatch with input and output validation.
  const bigCaseId = opened.c.id;
  expect(getCaseDetail(core, bigCaseId).activities).toHaveLength(BIG_CASE_ACTIVITIES);
  results.push(await measure(`getCaseDetail, ${BIG_CASE_ACTIVITIES} activities`, () => getCaseDetail(core, bigCaseId), 200, 20));
  const benchSession = newSession();
  expect((await dispatch(core, benchSession, 'cases.get', { id: bigCaseId })).ok).toBe(true);
  results.push(
    await measure(`cases.get through dispatch, ${BIG_CASE_ACTIVITIES} activities`, () => dispatch(core, benchSession, 'cases.get', { id: bigCaseId }), 200, 20),
  );

  const operatorId = defaultOperator(core)?.id ?? null;
  results.push(await measure('dashboardSummary', () => dashboardSummary(core, operatorId), 50, 5));

  // The write path: one activity added to the 100-activity case, then its document rebuilt. Rolled
  // back so the cached database stays as generated.
  const bigId = opened.c.id;
  results.push(
    await measure('add an activity + re-index its 100-activity case (rolled back)', () => {
      core.sqlite.exec('SAVEPOINT bench');
      try {
        core.q.run(
          qb.insertInto('activities').values({
            id: core.newId(), case_id: bigId, stage: 'during', occurred_at: core.now(), place: null,
            description: '电话联系申请人，告知协调会时间', result: '申请人表示按时参加', operator_id: null,
            step_id: null, deleted_at: null, created_at: core.now(), updated_at: core.now(),
          }),
        );
        syncSearchIndex(core);
      } finally {
        core.sqlite.exec('ROLLBACK TO bench; RELEASE bench');
      }
    }, 50, 5),
  );

  console.table(ratios);
  console.table(searchCounts);
  report('cases', [...results, ...ratios.map((r) => ({ name: `ratio listCases/bare: ${r.list}`, runs: 0, medianMs: r.ratio, p90Ms: r.ratio }))]);
  core.close();
});
