import { describe, expect, it } from 'vitest';
import type { AgencyDetail, AgencyFigures } from '../../../electron/contract/schemas/agencies';
import { median, rate } from '../../../electron/core/agencies/agency-figures';
import { agencyFixture, call, insertAgency, insertAttendance, insertCase, insertHearing, insertSuggestion, insertTask, type AgencyFixture } from './fixture';

async function figures(f: AgencyFixture, id: string): Promise<AgencyFigures> {
  return (await call<AgencyDetail>(f, 'agencies.get', { id })).figures;
}

describe('median and rate', () => {
  it('median takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([10, 1, 4, 2])).toBe(3);
    expect(median([3, 2])).toBe(2.5);
  });
  it('rate is null with nothing to divide by', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(0, 4)).toBe(0);
    expect(rate(3, 4)).toBe(0.75);
  });
});

describe('agency figures', () => {
  it('median reply time in calendar days over replied tasks, odd then even count', async () => {
    const f = await agencyFixture();
    const id = insertAgency(f.core, '秦皇岛市住房和城乡建设局');
    expect((await figures(f, id)).medianReplyDays).toBeNull();
    // 1, 5 and 2 calendar days (across a month end and a weekend: calendar days, not working days).
    insertTask(f.core, id, { sentOn: '2026-10-30', dueOn: '2026-11-06', status: 'answered', repliedOn: '2026-10-31' });
    insertTask(f.core, id, { sentOn: '2026-10-29', dueOn: '2026-11-06', status: 'closed', repliedOn: '2026-11-03' });
    insertTask(f.core, id, { sentOn: '2026-11-06', dueOn: '2026-11-13', status: 'answered', repliedOn: '2026-11-08' });
    // Not replied, or deleted: not counted.
    insertTask(f.core, id, { sentOn: '2026-11-01', dueOn: '2026-11-20', status: 'sent' });
    insertTask(f.core, id, { sentOn: '2026-11-01', dueOn: '2026-11-20', status: 'answered', repliedOn: '2026-11-25', deleted: true });
    let fig = await figures(f, id);
    expect(fig).toMatchObject({ answeredTasks: 3, medianReplyDays: 2, openTasks: 1, overdueTasks: 1 });
    insertTask(f.core, id, { sentOn: '2026-11-01', dueOn: '2026-11-20', status: 'answered', repliedOn: '2026-11-11' }); // 10 days
    fig = await figures(f, id);
    expect(fig).toMatchObject({ answeredTasks: 4, medianReplyDays: 3.5 });
  });

  it('resolution rate counts closed cases where the agency is respondent: withdrawn, settlement, corrected, confirmed are resolved', async () => {
    const f = await agencyFixture();
    const id = insertAgency(f.core, '秦皇岛市自然资源和规划局');
    const other = insertAgency(f.core, '秦皇岛市海港区人民政府', 'district_government');
    expect(await figures(f, id)).toMatchObject({ respondentClosed: 0, respondentResolved: 0, resolutionRate: null });
    const respondent = [{ agencyId: id, role: 'respondent' as const }];
    for (const outcome of ['withdrawn', 'settlement', 'agency_corrected', 'judicial_confirmation', 'transferred_to_filing', 'terminated', 'terminated', 'transferred_to_filing']) {
      insertCase(f.core, respondent, { outcome });
    }
    insertCase(f.core, respondent); // open: not counted
    insertCase(f.core, [{ agencyId: id, role: 'lead' }, { agencyId: other, role: 'respondent' }], { outcome: 'withdrawn' }); // lead only
    insertCase(f.core, [{ agencyId: id, role: 'respondent', deleted: true }], { outcome: 'terminated' }); // link removed
    insertCase(f.core, respondent, { outcome: 'terminated', deleted: true }); // case deleted
    const fig = await figures(f, id);
    expect(fig).toMatchObject({ respondentClosed: 8, respondentResolved: 4, resolutionRate: 0.5 });
    expect(fig.casesByRole).toEqual([
      { role: 'respondent', count: 9 },
      { role: 'lead', count: 1 },
      { role: 'supporting', count: 0 },
      { role: 'related', count: 0 },
    ]);
    expect(await figures(f, other)).toMatchObject({ respondentClosed: 1, respondentResolved: 1, resolutionRate: 1 });
  });

  it('court figures are this calendar year: zero hearings give no rate; head appearances over hearings otherwise', async () => {
    const f = await agencyFixture(); // today 2026-11-27
    const id = insertAgency(f.core, '秦皇岛市人力资源和社会保障局');
    insertHearing(f.core, id, '2025-12-31', true); // last year
    insertAttendance(f.core, id, '2025-06-01');
    let fig = await figures(f, id);
    expect(fig).toMatchObject({ year: 2026, hearings: 0, headAppearances: 0, appearanceRate: null, attendances: 0, openSuggestions: 0 });

    insertHearing(f.core, id, '2026-01-01', true);
    insertHearing(f.core, id, '2026-05-10', false);
    insertHearing(f.core, id, '2026-08-10', true);
    insertHearing(f.core, id, '2026-12-31', true); // later this year (already scheduled) still this year
    insertHearing(f.core, id, '2026-09-01', false, true); // deleted
    insertAttendance(f.core, id, '2026-04-01');
    insertAttendance(f.core, id, '2026-10-01');
    insertSuggestion(f.core, id, null);
    insertSuggestion(f.core, id, '2026-06-01'); // feedback given
    insertSuggestion(f.core, id, null, true); // deleted
    fig = await figures(f, id);
    expect(fig).toMatchObject({ year: 2026, hearings: 4, headAppearances: 3, appearanceRate: 0.75, attendances: 2, openSuggestions: 1 });

    const noHead = insertAgency(f.core, '秦皇岛市交通运输局');
    insertHearing(f.core, noHead, '2026-03-03', false);
    expect(await figures(f, noHead)).toMatchObject({ hearings: 1, headAppearances: 0, appearanceRate: 0 });
  });
});
