import { describe, expect, it } from 'vitest';
import type { LinkageStats } from '../../../electron/contract/schemas/linkage';
import { dueSuggestions } from '../../../electron/core/linkage/suggestions';
import { ATTENDANCE_THRESHOLD_KEY } from '../../../electron/core/linkage/stats';
import { putSetting } from '../../../electron/core/services/settings';
import { linkageFixture } from './fixture';

describe('judicial suggestions due and overdue', () => {
  it('dueSuggestions lists unanswered ones due within 10 calendar days or past, overdue first', async () => {
    const f = await linkageFixture();
    const a = f.agency('市自然资源和规划局');
    const save = (content: string, replyDueOn: string | null, feedback?: { text: string; on: string }) =>
      f.call('suggestions.save', {
        agencyId: a,
        receivedOn: '2026-09-01',
        content,
        replyDueOn,
        ...(feedback ? { feedback: feedback.text, feedbackOn: feedback.on } : {}),
      });
    await save('十天后到期', '2026-12-07');
    await save('十一天后到期', '2026-12-08');
    await save('今天到期', '2026-11-27');
    await save('昨天已超期', '2026-11-26');
    await save('早已超期', '2026-10-31');
    await save('已反馈', '2026-11-01', { text: '已落实', on: '2026-11-20' });
    await save('无期限', null);

    const due = dueSuggestions(f.core, '2026-11-27');
    expect(due.map((s) => s.content)).toEqual(['早已超期', '昨天已超期', '今天到期', '十天后到期']);
    expect(due.map((s) => [s.overdue, s.daysLeft])).toEqual([
      [true, -27],
      [true, -1],
      [false, 0],
      [false, 10],
    ]);
    // A later day moves the window.
    expect(dueSuggestions(f.core, '2026-11-28').map((s) => s.content)).toContain('十一天后到期');
  });

  it('counts received, answered, open and overdue for a period, judged at its end', async () => {
    const f = await linkageFixture();
    const a = f.agency('市自然资源和规划局');
    const save = (receivedOn: string, replyDueOn: string | null, feedbackOn?: string) =>
      f.call('suggestions.save', { agencyId: a, receivedOn, content: '建议', replyDueOn, ...(feedbackOn ? { feedback: '已落实', feedbackOn } : {}) });
    await save('2026-05-01', '2026-07-01'); // from Q2, overdue during Q3, never answered
    await save('2026-07-10', '2026-09-10', '2026-09-01'); // received and answered in Q3
    await save('2026-08-10', '2026-10-10', '2026-10-05'); // received in Q3, answered in Q4: open at Q3's end, not overdue
    await save('2026-09-01', '2026-09-20', '2026-10-02'); // overdue at Q3's end, answered later
    await save('2026-10-01', '2026-10-20'); // Q4

    const q3 = await f.call<LinkageStats>('linkage.stats', { quarter: '2026Q3' });
    expect(q3.suggestions).toEqual({ received: 3, answered: 1, open: 3, overdue: 2 });
    const q4 = await f.call<LinkageStats>('linkage.stats', { quarter: '2026Q4' });
    // Judged today (2026-11-27): the Q2 one and the Q4 one are open and overdue.
    expect(q4.suggestions).toEqual({ received: 1, answered: 2, open: 2, overdue: 2 });
  });
});

describe('hearing attendance (旁听庭审)', () => {
  it('flags agencies with at least the threshold of respondent cases in the year and no attendance', async () => {
    const f = await linkageFixture();
    const busy = f.agency('市自然资源和规划局');
    const attended = f.agency('市住房和城乡建设局');
    const few = f.agency('市生态环境局');
    for (let i = 0; i < 5; i += 1) f.caseFor(busy, `2026-0${i + 1}-10`);
    f.caseFor(busy, '2025-12-31'); // last year
    for (let i = 0; i < 6; i += 1) f.caseFor(attended, '2026-03-03');
    for (let i = 0; i < 4; i += 1) f.caseFor(few, '2026-03-03');
    await f.call('attendance.save', { agencyId: attended, attendedOn: '2026-06-18' });
    await f.call('attendance.save', { agencyId: busy, attendedOn: '2025-06-18' }); // last year does not count

    const stats = await f.call<LinkageStats>('linkage.stats', { quarter: '2026Q3' });
    expect(stats.attendanceYear).toBe(2026);
    expect(stats.attendanceThreshold).toBe(5);
    expect(stats.attendance).toEqual([
      { agencyId: busy, agencyName: '市自然资源和规划局', cases: 5, attendances: 0, flagged: true },
      { agencyId: attended, agencyName: '市住房和城乡建设局', cases: 6, attendances: 1, flagged: false },
      { agencyId: few, agencyName: '市生态环境局', cases: 4, attendances: 0, flagged: false },
    ]);

    // The threshold is a setting.
    f.core.q.tx(() => putSetting(f.core, ATTENDANCE_THRESHOLD_KEY, 4));
    const lower = await f.call<LinkageStats>('linkage.stats', { year: 2026 });
    expect(lower.attendanceThreshold).toBe(4);
    expect(lower.attendance.filter((r) => r.flagged).map((r) => r.agencyName)).toEqual(['市自然资源和规划局', '市生态环境局']);

    // 2025: the one case of last year and the one attendance.
    const last = await f.call<LinkageStats>('linkage.stats', { year: 2025 });
    expect(last.attendance).toEqual([{ agencyId: busy, agencyName: '市自然资源和规划局', cases: 1, attendances: 1, flagged: false }]);
  });
});
