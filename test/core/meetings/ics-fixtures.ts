import ICAL from 'ical.js';
import type { AgendaItem, Invitee, MeetingDetail } from '../../../electron/contract/schemas/meetings';

/** Meeting details built by hand, shaped as `meetings.get` returns them. */
export function invitee(over: Partial<Invitee> & Pick<Invitee, 'id' | 'name'>): Invitee {
  return {
    kind: 'agency_contact',
    operatorId: null,
    contactId: null,
    partyId: null,
    agencyName: null,
    email: null,
    role: 'required',
    attended: null,
    ...over,
  };
}

export function agendaItem(over: Partial<AgendaItem> & Pick<AgendaItem, 'id' | 'sort'>): AgendaItem {
  return {
    caseId: null,
    caseNumber: null,
    caseTitle: null,
    topic: null,
    presenter: null,
    minutesAllotted: null,
    proposedPlan: null,
    questions: null,
    discussion: null,
    decision: null,
    ...over,
  };
}

export function meetingDetail(over: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    id: '019ac0de-0000-7000-8000-000000000001',
    seriesId: 's1',
    seriesName: '行政争议案情研判会',
    kind: 'analysis',
    title: '2026年12月行政争议案情研判会',
    // 09:00–11:30 China time on 3 December 2026.
    startsAt: '2026-12-03T01:00:00.000Z',
    endsAt: '2026-12-03T03:30:00.000Z',
    roomId: 'r1',
    roomName: '中心会议室',
    place: '中心会议室',
    status: 'scheduled',
    agendaCount: 2,
    inviteeCount: 4,
    organiserId: 'op1',
    organiserName: '张协调',
    icsSequence: 0,
    invitees: [
      invitee({ id: 'i1', kind: 'agency_contact', contactId: 'c1', agencyName: '市司法局', name: '王主任', email: 'wang@sfj.example.cn', role: 'chair' }),
      invitee({ id: 'i2', kind: 'staff', operatorId: 'op1', name: '张协调', email: 'zhang@adr.example.cn', role: 'required' }),
      invitee({ id: 'i3', kind: 'court_staff', name: '刘法官', email: null, role: 'optional' }),
      invitee({ id: 'i4', kind: 'party', partyId: 'p1', name: '李某', email: null, role: 'non_participant' }),
    ],
    agenda: [
      agendaItem({ id: 'a2', sort: 20, topic: '通报本季度负责人出庭应诉情况', presenter: '王主任', minutesAllotted: 30 }),
      agendaItem({
        id: 'a1',
        sort: 10,
        caseId: 'case1',
        caseNumber: '秦行化〔2026〕15号',
        caseTitle: '李某诉市自然资源局房屋征收补偿案',
        presenter: '张协调',
        minutesAllotted: 20,
      }),
    ],
    minutes: null,
    actionItems: [],
    carriedOver: [],
    ...over,
  };
}

export const NOW = new Date('2026-11-27T02:00:00.000Z');
export const CONTEXT = { centerName: '秦皇岛市行政争议化解中心', now: NOW };

/** Parses with ical.js, the independent parser the output must satisfy. */
export function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

export function vevents(text: string): ICAL.Component[] {
  return parse(text).getAllSubcomponents('vevent');
}

export function onlyEvent(text: string): ICAL.Event {
  const events = vevents(text);
  if (events.length !== 1) throw new Error(`expected one VEVENT, found ${events.length}`);
  return new ICAL.Event(events[0]);
}
