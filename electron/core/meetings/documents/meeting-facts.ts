import type { AgendaItem, Invitee, MeetingDetail } from '../../../contract/schemas/meetings';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { getCenter } from '../../services/setup';
import { INVITEE_ROLE_ZH, agendaLabel } from './labels';
import type { PackAgendaRow, PackAttendee } from './pack-model';

/** What both documents (pack and minutes) say about the meeting itself: place, people, agenda. */

export function centerNames(core: Core): { centerName: string; courtName: string } {
  const center = getCenter(core);
  return { centerName: center?.name ?? '行政争议化解中心', courtName: center?.courtName ?? '人民法院' };
}

/** The room with where it is (中心会议室（中心三楼301室）), else the outside place. */
export function meetingPlace(core: Core, meeting: Pick<MeetingDetail, 'roomId' | 'roomName' | 'place'>): string | null {
  if (meeting.roomId) {
    const room = core.q.first(qb.selectFrom('rooms').select(['name', 'location']).where('id', '=', meeting.roomId));
    const name = room?.name ?? meeting.roomName;
    if (name) return room?.location ? `${name}（${room.location}）` : name;
  }
  return meeting.place ?? meeting.roomName ?? null;
}

/** "行化〔2026〕15号 张某诉市自然资源局征收补偿案", under its heading when the item has a topic too. */
export function agendaSubject(item: AgendaItem): string {
  const theCase = [item.caseNumber, item.caseTitle].filter(Boolean).join(' ');
  if (!theCase) return item.topic ?? '';
  return item.topic ? `${item.topic}：${theCase}` : theCase;
}

export function sortedAgenda(meeting: Pick<MeetingDetail, 'agenda'>): AgendaItem[] {
  return [...meeting.agenda].sort((a, b) => a.sort - b.sort);
}

export function agendaRows(meeting: Pick<MeetingDetail, 'agenda'>): PackAgendaRow[] {
  return sortedAgenda(meeting).map((item, i) => ({
    number: i + 1,
    label: agendaLabel(i + 1),
    subject: agendaSubject(item),
    presenter: item.presenter,
    minutes: item.minutesAllotted,
  }));
}

const ROLE_ORDER: Record<Invitee['role'], number> = { chair: 0, required: 1, optional: 2, non_participant: 3 };

/**
 * Each invitee with the unit and 职务 a sign-in sheet asks for: an agency contact's agency and
 * title, the center for staff, the court for court staff, and 当事人 (with the case number) for a
 * party. Chair first, then by role, otherwise in the order invited.
 */
export function attendeeRows(core: Core, meeting: Pick<MeetingDetail, 'invitees'>): PackAttendee[] {
  const { centerName, courtName } = centerNames(core);
  const contactIds = meeting.invitees.flatMap((i) => (i.contactId ? [i.contactId] : []));
  const partyIds = meeting.invitees.flatMap((i) => (i.partyId ? [i.partyId] : []));
  const titles = new Map(
    contactIds.length
      ? core.q.all(qb.selectFrom('agency_contacts').select(['id', 'title']).where('id', 'in', contactIds)).map((c) => [c.id, c.title])
      : [],
  );
  const partyCases = new Map(
    partyIds.length
      ? core.q
          .all(
            qb
              .selectFrom('parties')
              .innerJoin('cases', 'cases.id', 'parties.case_id')
              .select(['parties.id', 'cases.case_number'])
              .where('parties.id', 'in', partyIds),
          )
          .map((p) => [p.id, p.case_number])
      : [],
  );
  const unitOf = (i: Invitee): string => {
    switch (i.kind) {
      case 'agency_contact':
        return i.agencyName ?? '';
      case 'staff':
        return centerName;
      case 'court_staff':
        return courtName;
      case 'party': {
        const caseNumber = i.partyId ? partyCases.get(i.partyId) : undefined;
        return caseNumber ? `当事人（${caseNumber}）` : '当事人';
      }
    }
  };
  return meeting.invitees
    .map((invitee, index) => ({ invitee, index }))
    .sort((a, b) => ROLE_ORDER[a.invitee.role] - ROLE_ORDER[b.invitee.role] || a.index - b.index)
    .map(({ invitee }) => ({
      name: invitee.name,
      unit: unitOf(invitee),
      title: (invitee.contactId ? titles.get(invitee.contactId) : null) ?? '',
      role: INVITEE_ROLE_ZH[invitee.role],
    }));
}

/** The chair's name(s), for the minutes and the record template. */
export function chairOf(meeting: Pick<MeetingDetail, 'invitees'>): string | null {
  const chairs = meeting.invitees.filter((i) => i.role === 'chair').map((i) => i.name);
  return chairs.length ? chairs.join('、') : null;
}
