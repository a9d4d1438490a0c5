import { describe, expect, it } from 'vitest';
import type { QuarterlyReport } from '../../../electron/contract/schemas/linkage';
import { linkageFixture, type LinkageFixture } from './fixture';

/** Agencies at 69.9%, exactly 70%, 100%, with no hearings, and ones named only for overdue work. */
async function quarterFixture(): Promise<LinkageFixture & { ids: Record<string, string> }> {
  const f = await linkageFixture();
  const ids = {
    almost: f.agency('市自然资源和规划局'),
    exact: f.agency('市住房和城乡建设局'),
    full: f.agency('市城市管理综合执法局'),
    noHearings: f.agency('市人力资源和社会保障局'),
    lateReply: f.agency('市生态环境局'),
    inTime: f.agency('市市场监督管理局'),
    dueAtEnd: f.agency('市交通运输局'),
    closedEarly: f.agency('市财政局'),
    suggestion: f.agency('海港区人民政府'),
  };
  f.hearings(ids.almost, '2026-07-15', 103, 72);
  f.hearings(ids.exact, '2026-09-30', 10, 7);
  f.hearings(ids.full, '2026-08-03', 3, 3);
  // Hearings outside the quarter do not make the agency part of it.
  f.hearings(ids.noHearings, '2026-10-12', 4, 0);
  // Answered on 2026-10-08, after the quarter ended: it was overdue at the quarter's end.
  f.task(ids.lateReply, { sentOn: '2026-08-01', dueOn: '2026-08-20', repliedOn: '2026-10-08' });
  // Answered within the quarter, although late: not owed at the end.
  f.task(ids.inTime, { sentOn: '2026-08-01', dueOn: '2026-08-20', repliedOn: '2026-09-01' });
  // Due on the last day of the quarter: not yet overdue then.
  f.task(ids.dueAtEnd, { sentOn: '2026-09-01', dueOn: '2026-09-30' });
  // Withdrawn (closed) by the center before the end.
  f.task(ids.closedEarly, { sentOn: '2026-07-01', dueOn: '2026-07-10', closedOn: '2026-07-20' });
  // Sent after the quarter: belongs to the next one.
  f.task(ids.full, { sentOn: '2026-10-02', dueOn: '2026-10-09' });
  await f.call('suggestions.save', {
    agencyId: ids.suggestion,
    receivedOn: '2026-06-01',
    content: '建议规范征收补偿程序',
    replyDueOn: '2026-07-31',
    feedback: '已整改',
    feedbackOn: '2026-10-15',
  });
  // The almost agency is also late with a task: one entry, both reasons.
  f.task(ids.almost, { sentOn: '2026-09-01', dueOn: '2026-09-10' });
  f.task(ids.almost, { sentOn: '2026-09-01', dueOn: '2026-09-11' });
  return { ...f, ids };
}

describe('quarterly notification (季度通报)', () => {
  it('names exactly the agencies below 70% and those with work overdue at the quarter end, sorted by name', async () => {
    const f = await quarterFixture();
    const report = await f.call<QuarterlyReport>('quarterly.get', { quarter: '2026Q3' });
    expect(report).toMatchObject({ quarter: '2026Q3', from: '2026-07-01', to: '2026-09-30', target: 0.7, centerName: '秦皇岛市行政争议化解中心' });
    expect(report.totals).toEqual({ hearings: 116, headAppearances: 82, rate: 82 / 116 });
    expect(report.appearance.map((a) => a.agencyName)).toEqual(['市城市管理综合执法局', '市住房和城乡建设局', '市自然资源和规划局']);

    const names = report.entries.map((e) => e.agencyName);
    // zh-CN collation: 海 (hai), 生 (sheng), 自 (zi).
    expect(names).toEqual(['海港区人民政府', '市生态环境局', '市自然资源和规划局']);

    const almost = report.entries.find((e) => e.agencyId === f.ids.almost)!;
    expect(almost).toMatchObject({ hearings: 103, headAppearances: 72, overdueTasks: 2, rectification: null, rectificationOn: null });
    expect(almost.reasons).toEqual([
      {
        kind: 'below_target',
        text: { 'zh-CN': '负责人出庭应诉率 69.9%（72/103），低于70%的目标', en: 'Head appearance rate 69.9% (72/103), below the 70% target' },
      },
      { kind: 'overdue_tasks', text: { 'zh-CN': '协调事项逾期未答复 2 项', en: '2 coordination tasks overdue without an answer' } },
    ]);
    expect(report.entries.find((e) => e.agencyId === f.ids.lateReply)).toMatchObject({
      hearings: 0,
      headAppearances: 0,
      rate: null,
      overdueTasks: 1,
      reasons: [{ kind: 'overdue_tasks', text: { 'zh-CN': '协调事项逾期未答复 1 项' } }],
    });
    expect(report.entries.find((e) => e.agencyId === f.ids.suggestion)).toMatchObject({
      overdueTasks: 0,
      reasons: [{ kind: 'overdue_suggestions', text: { 'zh-CN': '司法建议逾期未反馈 1 件', en: '1 judicial suggestion overdue without feedback' } }],
    });
  });

  it('the next quarter judges the same tasks at its own end', async () => {
    const f = await quarterFixture();
    const q4 = await f.call<QuarterlyReport>('quarterly.get', { quarter: '2026Q4' });
    // Today is 2026-11-27: judged as of today. The late reply came on 10-08; the task sent 10-02
    // and due 10-09 is still open, the task due 09-30 too.
    expect(q4.entries.map((e) => e.agencyName).sort()).toEqual(['市交通运输局', '市城市管理综合执法局', '市自然资源和规划局', '市人力资源和社会保障局'].sort());
    expect(q4.entries.find((e) => e.agencyId === f.ids.noHearings)!.reasons.map((r) => r.kind)).toEqual(['below_target']);
    expect(q4.entries.find((e) => e.agencyId === f.ids.almost)!.reasons.map((r) => r.kind)).toEqual(['overdue_tasks']);
  });

  it('stores rectification feedback per agency with the reasons it answered to, and shows it', async () => {
    const f = await quarterFixture();
    const report = await f.call<QuarterlyReport>('quarterly.saveRectification', {
      quarter: '2026Q3',
      agencyId: f.ids.almost,
      rectification: '已制定负责人出庭应诉工作规则，明确分管负责人轮流出庭。',
      rectificationOn: '2026-10-20',
    });
    expect(report.entries.find((e) => e.agencyId === f.ids.almost)).toMatchObject({
      rectification: '已制定负责人出庭应诉工作规则，明确分管负责人轮流出庭。',
      rectificationOn: '2026-10-20',
    });
    expect(report.entries.find((e) => e.agencyId === f.ids.lateReply)).toMatchObject({ rectification: null });
    const again = await f.call<QuarterlyReport>('quarterly.get', { quarter: '2026Q3' });
    expect(again.entries.find((e) => e.agencyId === f.ids.almost)!.rectification).toContain('轮流出庭');
    // Another quarter has its own notice.
    const q4 = await f.call<QuarterlyReport>('quarterly.get', { quarter: '2026Q4' });
    expect(q4.entries.find((e) => e.agencyId === f.ids.almost)!.rectification).toBeNull();

    // Updating replaces the feedback in the same row.
    await f.call('quarterly.saveRectification', { quarter: '2026Q3', agencyId: f.ids.almost, rectification: '已整改完毕', rectificationOn: '2026-10-25' });
    const rows = f.core.sqlite.prepare('SELECT quarter, rectification, rectification_on, reasons FROM quarterly_notices').all() as {
      quarter: string;
      rectification: string;
      rectification_on: string;
      reasons: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ quarter: '2026Q3', rectification: '已整改完毕', rectification_on: '2026-10-25' });
    expect((JSON.parse(rows[0]!.reasons) as { kind: string }[]).map((r) => r.kind)).toEqual(['below_target', 'overdue_tasks']);
    const audit = f.core.sqlite.prepare("SELECT entity_id FROM audit_log WHERE action = 'quarterly.rectification'").pluck().all();
    expect(audit).toEqual([`2026Q3/${f.ids.almost}`, `2026Q3/${f.ids.almost}`]);
  });

  it('refuses feedback from an agency the notice does not name, a future date, or a date without text', async () => {
    const f = await quarterFixture();
    const notNamed = await f.fail('quarterly.saveRectification', { quarter: '2026Q3', agencyId: f.ids.exact, rectification: '无' });
    expect(notNamed).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'agencyId' }] });
    const future = await f.fail('quarterly.saveRectification', { quarter: '2026Q3', agencyId: f.ids.almost, rectification: '无', rectificationOn: '2026-11-28' });
    expect(future.fields!.map((x) => x.path)).toEqual(['rectificationOn']);
    const noText = await f.fail('quarterly.saveRectification', { quarter: '2026Q3', agencyId: f.ids.almost, rectificationOn: '2026-11-01' });
    expect(noText.fields!.map((x) => x.path)).toEqual(['rectification']);
    expect(f.core.sqlite.prepare('SELECT count(*) FROM quarterly_notices').pluck().get()).toBe(0);
    expect(await f.fail('quarterly.get', { quarter: '2026Q5' })).toMatchObject({ code: 'VALIDATION' });
  });
});
