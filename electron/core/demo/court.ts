import { qb } from '../db/query';
import { headOf, liaisonOf, type AgencyDirectory, type AgencyKey } from './agencies';
import type { CasePlan } from './case-plan';
import type { DemoContext } from './context';
import { addDays, weekdayOnOrAfter, weekdayOnOrBefore, yearOf } from './dates';

/**
 * Linkage records the statistics pages read: hearings where the agency's head did or did not
 * appear (负责人出庭应诉, target 70%), judicial suggestions (司法建议) and hearing attendance
 * (旁听庭审). Some hearings belong to demo cases that were transferred to the court, the others
 * to lawsuits that never came through the center.
 */
export function insertCourtRecords(ctx: DemoContext, plans: readonly CasePlan[], directory: AgencyDirectory): void {
  const { core, rnd, today, stamps } = ctx;
  const yesterday = addDays(today, -1);

  const hearing = (caseId: string | null, courtNumber: string, agencyKey: AgencyKey, heldOn: string, headAppeared: boolean) => {
    const agency = directory[agencyKey];
    const who = headAppeared ? headOf(agency) : liaisonOf(agency);
    core.q.run(
      qb.insertInto('court_hearings').values({
        id: core.newId(),
        case_id: caseId,
        court_number: courtNumber,
        agency_id: agency.id,
        held_on: heldOn,
        appeared_name: who?.name ?? null,
        appeared_title: who?.title ?? null,
        head_appeared: headAppeared ? 1 : 0,
        deleted_at: null,
        ...stamps,
      }),
    );
  };

  for (const plan of plans) {
    if (plan.outcome !== 'transferred_to_filing' || !plan.courtNumber) continue;
    const heldOn = weekdayOnOrAfter(addDays(plan.closedOn!, rnd.int(20, 40)));
    if (heldOn <= yesterday) hearing(plan.id, plan.courtNumber, plan.respondent.key, heldOn, rnd.chance(0.65));
  }
  // Five of eight heads appeared: close to the 70% target, so the statistics have both sides.
  const others: AgencyKey[] = ['zrzy', 'hg', 'rsj', 'cgj', 'shg', 'zjj', 'scjg', 'fn'];
  const appeared = rnd.shuffle([true, true, true, true, true, false, false, false]);
  let number = rnd.int(120, 160);
  others.forEach((key, i) => {
    const heldOn = weekdayOnOrBefore(addDays(today, -rnd.int(5, 300)));
    number += rnd.int(3, 12);
    const court = directory[key].kind === 'district_government' ? '冀03' : '冀0302';
    hearing(null, `（${yearOf(heldOn)}）${court}行初${number}号`, key, heldOn, appeared[i]!);
  });

  let suggestionNumber = rnd.int(2, 6);
  const suggestion = (agencyKey: AgencyKey, daysAgo: number, content: string, feedback: string | null) => {
    suggestionNumber += rnd.int(1, 4);
    const receivedOn = weekdayOnOrBefore(addDays(today, -daysAgo));
    const agency = directory[agencyKey];
    const related = plans.find((p) => p.respondent.id === agency.id && p.courtNumber);
    core.q.run(
      qb.insertInto('judicial_suggestions').values({
        id: core.newId(),
        case_id: related?.id ?? null,
        reference: `（${yearOf(receivedOn)}）冀03司建${suggestionNumber}号`,
        agency_id: agency.id,
        received_on: receivedOn,
        content,
        reply_due_on: addDays(receivedOn, 60),
        feedback,
        feedback_on: feedback ? weekdayOnOrBefore(addDays(receivedOn, rnd.int(30, 50))) : null,
        deleted_at: null,
        ...stamps,
      }),
    );
  };
  suggestion(
    'cgj',
    rnd.int(80, 120),
    '建议进一步规范违法建设强制拆除程序，严格履行催告、公告义务，做好拆除物品的登记和保管工作。',
    '已印发《关于规范违法建设强制拆除程序的通知》，并组织全系统执法人员开展专题培训。',
  );
  suggestion(
    'bdc',
    rnd.int(20, 40),
    '建议在办理委托代理的转移登记时加强对授权委托书真实性的核验，必要时采取视频核验或电话回访方式。',
    null,
  );

  for (const key of ['hg', 'zrzy', 'rsj'] as const) {
    const agency = directory[key];
    const attendedOn = weekdayOnOrBefore(addDays(today, -rnd.int(20, 240)));
    const lead = headOf(agency);
    core.q.run(
      qb.insertInto('hearing_attendance').values({
        id: core.newId(),
        agency_id: agency.id,
        attended_on: attendedOn,
        court_number: `（${yearOf(attendedOn)}）冀03行初${rnd.int(60, 110)}号`,
        attendees: lead ? `${lead.name}等${rnd.int(4, 12)}人` : `${rnd.int(4, 12)}人`,
        ...stamps,
      }),
    );
  }
}
