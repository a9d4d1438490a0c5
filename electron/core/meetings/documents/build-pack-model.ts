import type { ActionItem, MeetingDetail } from '../../../contract/schemas/meetings';
import { getCaseDetail } from '../../cases/case-detail';
import type { Core } from '../../core';
import { chinaDate } from '../../dates';
import { qb } from '../../db/query';
import { chineseDate } from '../../documents/chinese-date';
import { MEETING_KIND_LABEL } from '../meeting-messages';
import { caseBrief, topicBrief } from './case-brief';
import { agendaLabel, meetingTimeZh, shortDateZh, taskStatusZh } from './labels';
import { agendaRows, agendaSubject, attendeeRows, centerNames, chairOf, meetingPlace, sortedAgenda } from './meeting-facts';
import type { CarriedItem, MeetingPackModel, PackBrief } from './pack-model';
import { RUNNING_HEADS } from './pack-model';

/** Rows left blank at the end of the sign-in sheet for people who come unannounced. */
export const BLANK_SIGN_IN_ROWS = 5;

/** Called before each brief is built (1-based), so the caller can report progress. */
export type BriefProgress = (index: number, total: number) => void;

const OWED = new Set(['sent', 'acknowledged']);

function carriedItems(core: Core, items: readonly ActionItem[], today: string): CarriedItem[] {
  const meetingIds = [...new Set(items.map((i) => i.meetingId))];
  const meetings = new Map(
    meetingIds.length
      ? core.q
          .all(qb.selectFrom('meetings').select(['id', 'title', 'starts_at']).where('id', 'in', meetingIds))
          .map((m) => [m.id, m])
      : [],
  );
  const refYear = Number(today.slice(0, 4));
  return items.map((item) => {
    const from = meetings.get(item.meetingId);
    const overdue = item.dueOn !== null && item.dueOn < today && (item.taskStatus === null || OWED.has(item.taskStatus));
    const status = taskStatusZh(item.taskStatus) ?? '待转督办';
    return {
      caseNumber: item.caseNumber,
      description: item.description,
      agency: item.agencyName ?? '',
      contact: item.contactName,
      fromMeeting: from ? `${shortDateZh(chinaDate(new Date(from.starts_at)), refYear)} ${from.title}` : null,
      dueOn: item.dueOn ? chineseDate(item.dueOn) : null,
      status: overdue ? `${status}（已超期）` : status,
      overdue,
    };
  });
}

/**
 * The pack of one meeting, from its detail (`meetings.get`) and each agenda case's detail. Reads
 * only; nothing is written (the export itself is audited by the caller).
 */
export function buildPackModel(core: Core, meeting: MeetingDetail, onBrief: BriefProgress = () => {}): MeetingPackModel {
  const today = core.today();
  const { centerName } = centerNames(core);
  const agenda = sortedAgenda(meeting);
  const place = meetingPlace(core, meeting);
  const time = meetingTimeZh(meeting.startsAt, meeting.endsAt);
  const attendees = attendeeRows(core, meeting);

  const withBrief = agenda
    .map((item, i) => ({ item, number: i + 1 }))
    .filter(({ item }) => item.caseId !== null || item.proposedPlan !== null || item.questions !== null);
  const briefs: PackBrief[] = withBrief.map(({ item, number }, i) => {
    onBrief(i + 1, withBrief.length);
    return item.caseId ? caseBrief(getCaseDetail(core, item.caseId), item, number, today) : topicBrief(item, number);
  });

  return {
    cover: {
      centerName,
      title: meeting.title,
      kind: MEETING_KIND_LABEL[meeting.kind]['zh-CN'],
      seriesName: meeting.seriesName,
      time,
      place,
      organiser: meeting.organiserName,
      compiledOn: chineseDate(today),
    },
    agenda: agendaRows(meeting),
    attendees,
    // Those informed but not taking part (知会) are listed, but do not sign in.
    signIn: attendeeRows(core, { invitees: meeting.invitees.filter((i) => i.role !== 'non_participant') }),
    blankSignInRows: BLANK_SIGN_IN_ROWS,
    briefs,
    carriedOver: carriedItems(core, meeting.carriedOver, today),
    minutesHeader: { time, place, chair: chairOf(meeting) },
    minutesItems: agenda.map((item, i) => ({
      runningHead: `${agendaLabel(i + 1)}\u3000${RUNNING_HEADS.minutes}`,
      label: agendaLabel(i + 1),
      subject: agendaSubject(item),
    })),
  };
}
