import { describe, expect, it } from 'vitest';
import type { PeriodFigures } from '../../../../electron/contract/schemas/period-summary';
import { periodFigures } from '../../../../electron/core/summaries/period/figures';
import { periodFixture } from './fixture';

/**
 * Every figure of the period summary against values worked out by hand from the fixture's table
 * (fixture.ts). The sums are written next to each expectation.
 */

const ZERO = { received: 0, closed: 0, resolved: 0, resolutionRate: null };

describe('period figures for 2026Q3 on the fixed data set', () => {
  it('counts received, closed and open at the end, with both boundary days inside the period', async () => {
    const f = await periodFixture();
    const q3 = await f.call<PeriodFigures>('summary.periodFigures', { period: '2026Q3' });
    expect(q3.period).toEqual({
      key: '2026Q3',
      kind: 'quarter',
      from: '2026-07-01',
      to: '2026-09-30',
      asOf: '2026-09-30',
      label: { 'zh-CN': '2026年第三季度', en: 'Q3 2026' },
    });
    // Received: K2 (07-01, first day), K3, K4, K5, K6 (09-30, last day), K10, K12, K13 = 8; K11 is deleted, K8 after.
    // Closed: K1, K2, K3, K4 (09-30, last day), K10, K12 = 6; resolved K1, K2, K3, K12 = 4; withdrawn/settled K1, K2, K12 = 3.
    // Open at the end: K5 (closed 10-05), K6, K9, K13 (closed 11-01) = 4.
    expect(q3.totals).toEqual({ received: 8, closed: 6, openAtEnd: 4, resolved: 4, withdrawnOrSettled: 3 });
    expect(q3.resolutionRate).toBeCloseTo(4 / 6, 10);
    expect(q3.withdrawalRate).toBe(0.5);
  });

  it('days to close: median of [19, 20, 26, 30, 52, 60] is (26 + 30) / 2, the 90th percentile is rank ⌈5.4⌉ = 6', async () => {
    const f = await periodFixture();
    const q3 = periodFigures(f.core, '2026Q3');
    expect(q3.daysToClose).toEqual({ count: 6, median: 28, p90: 60 });
  });

  it('open cases at the end by the stage they were in then, not now', async () => {
    const f = await periodFixture();
    const q3 = periodFigures(f.core, '2026Q3');
    // K6 intake (pre only from 10-08), K9 pre (during only from 10-10), K5 post (closed 10-05);
    // K13 has no stage history and is closed now: unrecorded.
    expect(q3.byStage).toEqual([
      { stage: 'intake', count: 1 },
      { stage: 'pre', count: 1 },
      { stage: 'during', count: 0 },
      { stage: 'post', count: 1 },
    ]);
    expect(q3.stageUnrecorded).toBe(1);
  });

  it('by category, source, respondent agency and outcome', async () => {
    const f = await periodFixture();
    const q3 = periodFigures(f.core, '2026Q3');
    const cat = Object.fromEntries(q3.byCategory.map((c) => [c.name, c]));
    // 征收: received K2, K5; closed K1, K2, both resolved.
    expect(cat['土地房屋征收补偿']).toMatchObject({ received: 2, closed: 2, resolved: 2, resolutionRate: 1 });
    // 劳动: received and closed K3, K4, K12; resolved K3, K12.
    expect(cat['劳动和社会保障']).toMatchObject({ received: 3, closed: 3, resolved: 2 });
    expect(cat['劳动和社会保障']!.resolutionRate).toBeCloseTo(2 / 3, 10);
    // 市场监管: received K6, K10; closed K10 (terminated): a 0 % rate, not "no rate".
    expect(cat['市场监管']).toMatchObject({ received: 2, closed: 1, resolved: 0, resolutionRate: 0 });
    expect(cat['未分类']).toMatchObject({ categoryId: null, received: 1, ...{ closed: 0, resolved: 0, resolutionRate: null } });
    expect(cat['环境治理']).toMatchObject(ZERO);
    // Every active category in the center's order, 未分类 last.
    expect(q3.byCategory.map((c) => c.name)).toEqual([
      '土地房屋征收补偿',
      '劳动和社会保障',
      '不动产登记',
      '公民人身权、财产权保护',
      '违法建设查处',
      '环境治理',
      '市场监管',
      '其他',
      '未分类',
    ]);

    expect(q3.bySource.map(({ source, received, closed, resolved }) => [source, received, closed, resolved])).toEqual([
      ['court_delegated', 1, 2, 2], // K2 received; K1, K2 closed and resolved
      ['court_entrusted', 1, 1, 1], // K12
      ['invited', 1, 0, 0], // K13
      ['admin_review', 1, 0, 0], // K5
      ['petition', 2, 2, 1], // K3, K4
      ['party_application', 1, 0, 0], // K6
      ['agency_referral', 1, 1, 0], // K10
    ]);

    // A: received K2, K5, K10; closed K1, K2, K10; resolved K1, K2. B: K3, K4, K12 all three; resolved K3, K12.
    // C: received K6, K10, K13; closed K10. A and B tie on 3/3: by name (人 before 自); the supporting role on K3 does not count.
    expect(q3.byAgency.map(({ agencyName, received, closed, resolved }) => [agencyName, received, closed, resolved])).toEqual([
      ['市人力资源和社会保障局', 3, 3, 2],
      ['市自然资源和规划局', 3, 3, 2],
      ['市市场监督管理局', 3, 1, 0],
    ]);
    expect(q3.byAgency[2]!.resolutionRate).toBe(0);

    expect(q3.byOutcome).toEqual([
      { outcome: 'withdrawn', count: 2 }, // K1, K12
      { outcome: 'settlement', count: 1 }, // K2
      { outcome: 'agency_corrected', count: 1 }, // K3
      { outcome: 'judicial_confirmation', count: 0 }, // K5 closed after the quarter
      { outcome: 'transferred_to_filing', count: 1 }, // K4
      { outcome: 'terminated', count: 1 }, // K10
    ]);
  });

  it('received and closed per month', async () => {
    const f = await periodFixture();
    expect(periodFigures(f.core, '2026Q3').monthly).toEqual([
      { month: '2026-07', received: 3, closed: 2 }, // K2, K3, K10 | K1, K2
      { month: '2026-08', received: 2, closed: 1 }, // K4, K5 | K3
      { month: '2026-09', received: 3, closed: 3 }, // K6, K12, K13 | K4, K10, K12
    ]);
  });

  it('overdue clocks and tasks at the end, judged by dates', async () => {
    const f = await periodFixture();
    const { overdue } = periodFigures(f.core, '2026Q3');
    // K9's open clock (due 04-15: 15 + 31 + 30 + 31 + 31 + 30 = 168 days) and K5's, completed late on 10-05.
    // Not: due on the last day (K12), not yet due (K6, K4), met (K3), cancelled (K10), suspended (K13), deleted case (K11).
    expect(overdue.clocks.map((c) => [c.caseNumber, c.kind, c.dueOn, c.daysOverdue])).toEqual([
      ['测〔2026〕9号', 'resolution', '2026-04-15', 168],
      ['测〔2026〕5号', 'resolution', '2026-09-11', 19],
    ]);
    // A's task answered only on 10-10 and C's unanswered one due 09-29; not the one answered in time,
    // the one due on the last day, or the one the center closed before the end.
    expect(overdue.tasks.map((t) => [t.agencyName, t.caseNumber, t.dueOn, t.daysOverdue])).toEqual([
      ['市自然资源和规划局', '测〔2026〕9号', '2026-09-10', 20],
      ['市市场监督管理局', '测〔2026〕6号', '2026-09-29', 1],
    ]);
    // The same rule as the quarterly notice: its count of overdue tasks agrees.
    const notice = await f.call<{ entries: { overdueTasks: number }[] }>('quarterly.get', { quarter: '2026Q3' });
    expect(notice.entries.reduce((n, e) => n + e.overdueTasks, 0)).toBe(overdue.tasks.length);
  });

  it('head appearance rate over the hearings held in the period, and the typical cases closed in it', async () => {
    const f = await periodFixture();
    const q3 = periodFigures(f.core, '2026Q3');
    // A: 07-15 ×2 (head), 08-15 (not); B: 09-30 (head), 09-30 (not) = 3 of 5; 10-01 and 06-30 are outside.
    expect(q3.appearance).toEqual({ hearings: 5, headAppearances: 3, rate: 0.6, target: 0.7, belowTarget: true });
    // K2 and K12; K7 is typical but closed in June.
    expect(q3.typicalCases.map((c) => [c.caseNumber, c.category, c.outcome, c.receivedOn, c.closedOn])).toEqual([
      ['测〔2026〕2号', '土地房屋征收补偿', 'settlement', '2026-07-01', '2026-07-31'],
      ['测〔2026〕12号', '劳动和社会保障', 'withdrawn', '2026-09-01', '2026-09-20'],
    ]);
  });
});

describe('period figures for other periods', () => {
  it('percentiles of one value and of two values', async () => {
    const f = await periodFixture();
    // August: K3 alone (26 days). July: K1 (20) and K2 (30): median the mean, p90 rank ⌈1.8⌉ = 2.
    expect(periodFigures(f.core, '2026-08').daysToClose).toEqual({ count: 1, median: 26, p90: 26 });
    expect(periodFigures(f.core, '2026-07').daysToClose).toEqual({ count: 2, median: 25, p90: 30 });
  });

  it('an empty period has zero counts and no rates, durations or appearance rate', async () => {
    const f = await periodFixture();
    const empty = periodFigures(f.core, '2020-02');
    expect(empty.totals).toEqual({ received: 0, closed: 0, openAtEnd: 0, resolved: 0, withdrawnOrSettled: 0 });
    expect(empty.resolutionRate).toBeNull();
    expect(empty.withdrawalRate).toBeNull();
    expect(empty.daysToClose).toEqual({ count: 0, median: null, p90: null });
    expect(empty.byOutcome.every((o) => o.count === 0)).toBe(true);
    expect(empty.byAgency).toEqual([]);
    expect(empty.bySource.every((s) => s.received === 0 && s.resolutionRate === null)).toBe(true);
    expect(empty.monthly).toEqual([]);
    expect(empty.overdue).toEqual({ clocks: [], tasks: [] });
    expect(empty.appearance).toMatchObject({ hearings: 0, rate: null, belowTarget: false });
    expect(empty.typicalCases).toEqual([]);
    expect(empty.period.label).toEqual({ 'zh-CN': '2020年2月', en: 'February 2020' });
  });

  it('a month: the case received on its last day counts, and a month has no monthly line', async () => {
    const f = await periodFixture();
    const sept = periodFigures(f.core, '2026-09');
    expect(sept.period).toMatchObject({ kind: 'month', from: '2026-09-01', to: '2026-09-30' });
    expect(sept.totals).toMatchObject({ received: 3, closed: 3 }); // K6 (09-30), K12, K13 | K4 (09-30), K10, K12
    expect(sept.monthly).toEqual([]);
  });

  it('a custom range counts only its own days of the months it cuts', async () => {
    const f = await periodFixture();
    const range = await f.call<PeriodFigures>('summary.periodFigures', { period: '2026-07-15..2026-08-14' });
    expect(range.period).toMatchObject({ kind: 'range', from: '2026-07-15', to: '2026-08-14', asOf: '2026-08-14' });
    expect(range.period.label['zh-CN']).toBe('2026年7月15日至2026年8月14日');
    // Received K3 (07-15), K10, K4, K5; closed K2 (07-31), K3 (08-10).
    expect(range.totals).toMatchObject({ received: 4, closed: 2 });
    expect(range.monthly).toEqual([
      { month: '2026-07', received: 2, closed: 1 },
      { month: '2026-08', received: 2, closed: 1 },
    ]);
  });

  it('a running period is judged as of today, by the current stages', async () => {
    const f = await periodFixture();
    const nov = periodFigures(f.core, '2026-11');
    expect(nov.period.asOf).toBe('2026-11-27');
    // Open on 11-27: K6 (pre), K8 (intake), K9 (during); K13 closed on 11-01.
    expect(nov.totals.openAtEnd).toBe(3);
    expect(nov.byStage.map((s) => s.count)).toEqual([1, 1, 1, 0]);
    expect(nov.stageUnrecorded).toBe(0);
    const year = periodFigures(f.core, '2026');
    expect(year.period).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-27' });
    expect(year.monthly.map((m) => m.month)).toHaveLength(12);
    // Received in 2026, deleted K11 aside: K1–K10, K12, K13.
    expect(year.totals.received).toBe(12);
  });
});

describe('the period key', () => {
  it('accepts a year, a quarter (any case), a month and a range, leap days included', async () => {
    const f = await periodFixture();
    for (const [period, from, to] of [
      ['2026', '2026-01-01', '2026-12-31'],
      ['2026q4', '2026-10-01', '2026-12-31'],
      ['2028-02', '2028-02-01', '2028-02-29'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2028-02-29..2028-03-01', '2028-02-29', '2028-03-01'],
      ['2026-09-30..2026-09-30', '2026-09-30', '2026-09-30'],
    ] as const) {
      const figures = await f.call<PeriodFigures>('summary.periodFigures', { period });
      expect(figures.period, period).toMatchObject({ from, to });
    }
  });

  it('refuses what is not a period, as a validation error on the field', async () => {
    const f = await periodFixture();
    for (const period of ['2026-13', '2026Q5', '2026-00', '2026-02-29..2026-03-01', '2026-09-30..2026-07-01', '1999', 'Q3', '2026-7', '2026-07-01..', '']) {
      const error = await f.fail('summary.periodFigures', { period });
      expect(error.code, period).toBe('VALIDATION');
      expect(error.fields?.[0]?.path, period).toBe('period');
    }
    expect((await f.fail('summary.period', { period: '2026Q3', format: 'pptx' })).code).toBe('VALIDATION');
  });
});
