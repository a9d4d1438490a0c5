import type { MeetingKind } from '../db/schema';
import { qb } from '../db/query';
import { headOf, liaisonOf, type AgencyDirectory, type AgencyRef, type ContactRef } from './agencies';
import { stageOn, type CasePlan } from './case-plan';
import { fill, type DemoContext } from './context';
import { addDays, addWorkdays, atLocal, nthWeekdayOfMonth, weekdayOnOrAfter, weekdayOnOrBefore } from './dates';

/**
 * Rooms, the monthly case-analysis series and six meetings: three already held (with attendance,
 * minutes and action items) and three ahead. Action items are handed back so tasks.ts turns them
 * into coordination tasks, as the app will.
 */

const ROOMS = [
  { key: 'room1', name: '第一调解室', location: '中心一楼101室', capacity: 12 },
  { key: 'room2', name: '第二调解室', location: '中心一楼103室', capacity: 10 },
  { key: 'hall', name: '中心会议室', location: '中心三楼301室', capacity: 30 },
] as const;
type RoomKey = (typeof ROOMS)[number]['key'];

export interface ActionItemSpec {
  id: string;
  meetingId: string;
  meetingDate: string;
  agendaItemId: string;
  plan: CasePlan;
  agency: AgencyRef;
  contact: ContactRef | undefined;
  description: string;
  dueOn: string;
}

interface Invitee {
  kind: 'staff' | 'agency_contact' | 'court_staff' | 'party';
  operatorId?: string;
  contactId?: string;
  partyId?: string;
  name: string;
  role: 'chair' | 'required' | 'optional';
}

interface AgendaSpec {
  plan?: CasePlan;
  topic?: string;
  minutes: number;
  proposedPlan?: string;
  questions?: string;
  discussion?: string;
  decision?: string;
  actions?: { agency: AgencyRef; description: string; workdays: number }[];
}

export function insertMeetings(
  ctx: DemoContext,
  plans: readonly CasePlan[],
  directory: AgencyDirectory,
): { meetings: number; actionItems: ActionItemSpec[] } {
  const { core, rnd, today, operator, stamps } = ctx;
  const rooms = insertRooms(ctx);
  const seriesId = core.newId();
  core.q.run(
    qb.insertInto('meeting_series').values({
      id: seriesId,
      name: '行政争议案情研判会',
      kind: 'analysis',
      rrule: 'FREQ=MONTHLY;BYDAY=2TU', // the second Tuesday of every month
      ...stamps,
    }),
  );

  const staff: Invitee = { kind: 'staff', operatorId: operator.id, name: operator.name, role: 'required' };
  const asInvitee = (c: ContactRef | undefined, role: Invitee['role'] = 'required', kind: Invitee['kind'] = 'agency_contact'): Invitee[] =>
    c ? [{ kind, contactId: c.id, name: c.name, role }] : [];
  const used = new Set<string>();
  const leadOf = (p: CasePlan) => p.roles.find((r) => r.role === 'lead' || r.role === 'supporting')?.agency;
  /** Cases in one of `stages` on `date` (and the day before), preferring those with a lead agency. */
  const pickCases = (date: string, stages: string[], count: number): CasePlan[] => {
    const fits = plans.filter((p) => !used.has(p.id) && stages.includes(stageOn(p, addDays(date, -1)) ?? '') && stages.includes(stageOn(p, date) ?? ''));
    const led = fits.filter((p) => leadOf(p));
    const chosen = [...rnd.sample(led, count), ...rnd.sample(fits.filter((p) => !leadOf(p)), count)].slice(0, count);
    for (const p of chosen) used.add(p.id);
    return chosen;
  };

  let meetings = 0;
  const actionItems: ActionItemSpec[] = [];
  const meeting = (m: {
    kind: MeetingKind;
    title: string;
    date: string;
    from: [number, number];
    to: [number, number];
    room: RoomKey;
    series?: boolean;
    status: 'draft' | 'scheduled' | 'held';
    invitees: Invitee[];
    agenda: AgendaSpec[];
    summary?: string;
  }) => {
    const id = core.newId();
    const startsAt = atLocal(m.date, ...m.from);
    const endsAt = atLocal(m.date, ...m.to);
    core.q.run(
      qb.insertInto('meetings').values({
        id,
        series_id: m.series ? seriesId : null,
        kind: m.kind,
        title: m.title,
        starts_at: startsAt,
        ends_at: endsAt,
        room_id: rooms[m.room],
        place: ROOMS.find((r) => r.key === m.room)!.name,
        organiser_id: operator.id,
        status: m.status,
        ics_sequence: 0,
        deleted_at: null,
        ...stamps,
      }),
    );
    meetings += 1;
    const held = m.status === 'held';
    // De-duplicate: one contact can be invited for two agenda cases.
    const seen = new Set<string>();
    m.invitees.forEach((inv, i) => {
      const key = `${inv.kind}:${inv.operatorId ?? inv.contactId ?? inv.partyId}`;
      if (seen.has(key)) return;
      seen.add(key);
      const attended = held ? (i === m.invitees.length - 1 && m.invitees.length > 4 ? 0 : 1) : null;
      core.q.run(
        qb.insertInto('meeting_invitees').values({
          id: core.newId(),
          meeting_id: id,
          kind: inv.kind,
          operator_id: inv.operatorId ?? null,
          contact_id: inv.contactId ?? null,
          party_id: inv.partyId ?? null,
          name: inv.name,
          email: null,
          role: inv.role,
          attended,
          signed_in_at: attended === 1 ? atLocal(m.date, m.from[0], m.from[1] - 10 + (i % 8)) : null,
          ...stamps,
        }),
      );
    });
    m.agenda.forEach((item, i) => {
      const agendaItemId = core.newId();
      core.q.run(
        qb.insertInto('agenda_items').values({
          id: agendaItemId,
          meeting_id: id,
          case_id: item.plan?.id ?? null,
          topic: item.topic ?? null,
          presenter: operator.name,
          minutes_allotted: item.minutes,
          sort: (i + 1) * 10,
          proposed_plan: item.proposedPlan ?? null,
          questions: item.questions ?? null,
          discussion: held ? (item.discussion ?? null) : null,
          decision: held ? (item.decision ?? null) : null,
          ...stamps,
        }),
      );
      if (!held || !item.plan) return;
      for (const action of item.actions ?? []) {
        actionItems.push({
          id: core.newId(),
          meetingId: id,
          meetingDate: m.date,
          agendaItemId,
          plan: item.plan,
          agency: action.agency,
          contact: liaisonOf(action.agency),
          description: action.description,
          dueOn: addWorkdays(m.date, action.workdays),
        });
      }
    });
    if (held && m.summary) {
      core.q.run(
        qb.insertInto('minutes').values({
          id: core.newId(),
          meeting_id: id,
          summary: m.summary,
          recorded_by: operator.id,
          finalised_at: atLocal(addWorkdays(m.date, 1), 11, 0),
          ...stamps,
        }),
      );
    }
  };

  const caseAgenda = (p: CasePlan, held: boolean): AgendaSpec => {
    const lead = leadOf(p);
    return {
      plan: p,
      minutes: 20,
      proposedPlan: p.remedy,
      questions: lead
        ? fill('1. 是否同意按上述方案推进化解；2. 是否需要{lead}牵头开展专项调查。', { lead: lead.ref })
        : '1. 是否同意按上述方案推进化解；2. 是否需要协调相关职能部门共同参与。',
      discussion: held ? fill('与会单位认为{r}在{issue}问题上存在改进空间，申请人诉求有一定合理性。', { r: p.respondent.ref, issue: p.scenario.issue }) : undefined,
      decision: held ? '同意按化解方案推进，相关单位按分工落实并按期反馈。' : undefined,
      actions: [
        {
          agency: p.respondent,
          description: fill('{r}就{issue}提交书面情况说明及作出行政行为的证据材料', { r: p.respondent.ref, issue: p.scenario.issue }),
          workdays: 5,
        },
      ],
    };
  };

  // 1. Last month's case-analysis meeting (held).
  const lastAnalysis = latestSecondTuesdayBefore(addDays(today, -10));
  const m1Cases = pickCases(lastAnalysis, ['pre', 'during'], 3);
  meeting({
    kind: 'analysis',
    title: `${monthLabel(lastAnalysis)}行政争议案情研判会`,
    date: lastAnalysis,
    from: [9, 0],
    to: [11, 30],
    room: 'hall',
    series: true,
    status: 'held',
    invitees: [
      ...asInvitee(contactAt(directory.sfj, 1), 'chair'),
      staff,
      ...m1Cases.flatMap((p) => asInvitee(liaisonOf(p.respondent))),
      ...asInvitee(liaisonOf(directory.tjw), 'optional'),
    ],
    agenda: m1Cases.map((p) => caseAgenda(p, true)),
    summary: `会议听取了${m1Cases.length}件行政争议案件的情况汇报，逐案研究了化解方案，明确了各案牵头单位、配合单位和完成时限。会议要求各相关单位按分工于5个工作日内报送书面材料。`,
  });

  // 2. A coordination meeting of the agencies on one case (held).
  const coordDate = weekdayOnOrBefore(addDays(today, -rnd.int(10, 16)));
  for (const p of pickCases(coordDate, ['during'], 1)) {
    const lead = leadOf(p);
    const leadRef = lead?.ref ?? '市司法局';
    meeting({
      kind: 'coordination',
      title: `${p.title}协调会`,
      date: coordDate,
      from: [14, 30],
      to: [16, 30],
      room: 'room2',
      status: 'held',
      invitees: [staff, ...asInvitee(headOf(p.respondent)), ...asInvitee(liaisonOf(p.respondent)), ...asInvitee(liaisonOf(lead ?? directory.sfj))],
      agenda: [
        {
          ...caseAgenda(p, true),
          minutes: 90,
          decision: fill('由{r}提出处理意见，{lead}核实相关数据，两周内形成化解意见。', { r: p.respondent.ref, lead: leadRef }),
          actions: [
            { agency: p.respondent, description: fill('{r}提出{issue}的具体处理意见', { r: p.respondent.ref, issue: p.scenario.issue }), workdays: 7 },
            ...(lead
              ? [{ agency: lead, description: fill('{lead}核实与{issue}有关的基础数据并书面反馈', { lead: lead.ref, issue: p.scenario.issue }), workdays: 7 }]
              : []),
          ],
        },
      ],
      summary: '会议通报了案件调查情况，与会单位就争议焦点交换了意见，明确了处理意见的牵头单位和完成时限。',
    });
  }

  // 3. A resolution session with the parties (held).
  const sessionDate = weekdayOnOrBefore(addDays(today, -rnd.int(3, 6)));
  for (const p of pickCases(sessionDate, ['during'], 1)) {
    meeting({
      kind: 'resolution',
      title: `${p.title}化解会`,
      date: sessionDate,
      from: [9, 30],
      to: [11, 30],
      room: 'room1',
      status: 'held',
      invitees: [
        { ...staff, role: 'chair' },
        ...p.parties.map((x): Invitee => ({ kind: 'party', partyId: x.id, name: x.name, role: 'required' })),
        ...asInvitee(liaisonOf(p.respondent)),
      ],
      agenda: [
        {
          ...caseAgenda(p, true),
          minutes: 120,
          decision: '双方同意在化解意见基础上继续协商，由被申请人起草协议文本。',
          actions: [{ agency: p.respondent, description: fill('{r}起草和解协议文本，报中心审核', { r: p.respondent.ref }), workdays: 5 }],
        },
      ],
      summary: '协调员主持化解会，双方分别陈述意见。经释法说理，双方就主要事项达成初步共识，约定由被申请人起草协议文本。',
    });
  }

  // 4. Next month's case-analysis meeting (scheduled).
  const nextAnalysis = nextSecondTuesdayAfter(addDays(today, 2));
  const m4Cases = plans.filter((p) => !used.has(p.id) && (p.stage === 'pre' || p.stage === 'during'));
  const m4Agenda = rnd.sample(m4Cases, 3);
  meeting({
    kind: 'analysis',
    title: `${monthLabel(nextAnalysis)}行政争议案情研判会`,
    date: nextAnalysis,
    from: [9, 0],
    to: [11, 30],
    room: 'hall',
    series: true,
    status: 'scheduled',
    invitees: [
      ...asInvitee(contactAt(directory.sfj, 1), 'chair'),
      staff,
      ...m4Agenda.flatMap((p) => asInvitee(liaisonOf(p.respondent))),
    ],
    agenda: m4Agenda.map((p) => caseAgenda(p, false)),
  });

  // 5. The government–court joint meeting (scheduled).
  const jointDate = weekdayOnOrAfter(addDays(today, rnd.int(15, 22)));
  const transferred = plans.find((p) => p.outcome === 'transferred_to_filing');
  meeting({
    kind: 'joint',
    title: '府院联席会议',
    date: jointDate,
    from: [14, 30],
    to: [17, 0],
    room: 'hall',
    status: 'scheduled',
    invitees: [
      ...asInvitee(headOf(directory.sfj), 'chair'),
      staff,
      ...directory.zy.contacts.flatMap((c) => asInvitee(c, 'required', 'court_staff')),
      ...directory.hgfy.contacts.slice(0, 1).flatMap((c) => asInvitee(c, 'required', 'court_staff')),
    ],
    agenda: [
      { topic: '通报本季度行政机关负责人出庭应诉情况', minutes: 30 },
      { topic: '研究化解不成案件转立案衔接工作', minutes: 40 },
      ...(transferred ? [{ plan: transferred, minutes: 20, questions: '转立案后的审理进展及后续协调事项' }] : []),
      { topic: '司法建议落实情况反馈', minutes: 20 },
    ],
  });

  // 6. The committee plenary (draft, invitations not sent yet).
  const plenaryDate = weekdayOnOrAfter(addDays(today, rnd.int(30, 40)));
  meeting({
    kind: 'plenary',
    title: '行政争议化解委员会全体会议',
    date: plenaryDate,
    from: [9, 0],
    to: [11, 30],
    room: 'hall',
    status: 'draft',
    invitees: [
      ...asInvitee(headOf(directory.sfj), 'chair'),
      staff,
      ...(['hg', 'shg', 'bdh', 'fn', 'cl'] as const).flatMap((k) => asInvitee(headOf(directory[k]))),
      ...asInvitee(directory.zy.contacts[0], 'required', 'court_staff'),
    ],
    agenda: [
      { topic: '审议年度行政争议化解工作报告', minutes: 40 },
      { topic: '通报典型案例', minutes: 30 },
      { topic: '研究部署下一年度工作', minutes: 40 },
    ],
  });

  return { meetings, actionItems };
}

function insertRooms(ctx: DemoContext): Record<RoomKey, string> {
  const ids = {} as Record<RoomKey, string>;
  for (const room of ROOMS) {
    const existing = ctx.core.q.first(qb.selectFrom('rooms').select('id').where('name', '=', room.name));
    if (existing) {
      ids[room.key] = existing.id;
      continue;
    }
    const id = ctx.core.newId();
    ctx.core.q.run(
      qb.insertInto('rooms').values({ id, name: room.name, location: room.location, capacity: room.capacity, active: 1, ...ctx.stamps }),
    );
    ids[room.key] = id;
  }
  return ids;
}

function contactAt(agency: AgencyRef, index: number): ContactRef | undefined {
  return agency.contacts[index] ?? headOf(agency);
}

function secondTuesday(year: number, month: number): string {
  return nthWeekdayOfMonth(year, month, 2, 2);
}

function latestSecondTuesdayBefore(date: string): string {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  for (;;) {
    const d = secondTuesday(year, month);
    if (d <= date) return d;
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
}

function nextSecondTuesdayAfter(date: string): string {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  for (;;) {
    const d = secondTuesday(year, month);
    if (d >= date) return d;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

function monthLabel(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月`;
}
