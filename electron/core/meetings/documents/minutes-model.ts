import type { ActionItem, Invitee, MeetingDetail } from '../../../contract/schemas/meetings';
import type { Core } from '../../core';
import { chinaDate } from '../../dates';
import { chineseDate } from '../../documents/chinese-date';
import { agendaLabel, meetingTimeZh, taskStatusZh } from './labels';
import { agendaSubject, attendeeRows, centerNames, chairOf, meetingPlace, sortedAgenda } from './meeting-facts';

/**
 * The minutes (会议纪要, GB/T 9704 §10.3) as pure data, for the DOCX and the PDF writer: who was
 * there, what each agenda item came to, and who must do what by when.
 */
export interface MinutesModel {
  centerName: string;
  /** '<meeting title>纪要' */
  title: string;
  time: string;
  place: string | null;
  chair: string | null;
  /** "姓名（单位）" of those present (出席), sitting in (列席), and absent (请假). */
  present: string[];
  observers: string[];
  absent: string[];
  recordedBy: string | null;
  summary: string | null;
  items: { label: string; subject: string; discussion: string | null; decision: string | null }[];
  actionItems: MinutesActionRow[];
  /** The meeting's China date, YYYY-MM-DD (成文日期). */
  dateOn: string;
  /** Today, YYYY-MM-DD (印发日期 in the 版记). */
  printedOn: string;
  finalised: boolean;
}

export interface MinutesActionRow {
  /** "议程三" when tied to an agenda item. */
  agendaLabel: string | null;
  caseNumber: string | null;
  description: string;
  agency: string;
  contact: string;
  dueOn: string;
  status: string;
}

const ITEM_STATUS_ZH: Record<ActionItem['status'], string> = { open: '待办', done: '已完成', dropped: '已撤销' };

function actionRow(item: ActionItem, labels: Map<string, string>): MinutesActionRow {
  return {
    agendaLabel: item.agendaItemId ? (labels.get(item.agendaItemId) ?? null) : null,
    caseNumber: item.caseNumber,
    description: item.description,
    agency: item.agencyName ?? '',
    contact: item.contactName ?? '',
    dueOn: item.dueOn ? chineseDate(item.dueOn) : '',
    // Once finalised the item is a coordination task, whose status is the one that moves.
    status: item.status === 'open' ? (taskStatusZh(item.taskStatus) ?? ITEM_STATUS_ZH.open) : ITEM_STATUS_ZH[item.status],
  };
}

function withUnit(core: Core, invitees: Invitee[]): string[] {
  return attendeeRows(core, { invitees }).map((a) => (a.unit ? `${a.name}（${a.unit}）` : a.name));
}

export function buildMinutesModel(core: Core, meeting: MeetingDetail): MinutesModel {
  const { centerName } = centerNames(core);
  const agenda = sortedAgenda(meeting);
  const labels = new Map(agenda.map((item, i) => [item.id, agendaLabel(i + 1)]));
  const taking = meeting.invitees.filter((i) => i.role !== 'non_participant');
  // Attendance not recorded (null) counts as present: minutes are often written from the
  // invitation list before the sign-in sheet is typed up; only a recorded absence says otherwise.
  const present = taking.filter((i) => i.attended !== false);
  return {
    centerName,
    title: `${meeting.title}纪要`,
    time: meetingTimeZh(meeting.startsAt, meeting.endsAt),
    place: meetingPlace(core, meeting),
    chair: chairOf(meeting),
    present: withUnit(core, present.filter((i) => i.role !== 'optional')),
    observers: withUnit(core, present.filter((i) => i.role === 'optional')),
    absent: withUnit(core, taking.filter((i) => i.attended === false)),
    recordedBy: meeting.minutes?.recordedBy ?? null,
    summary: meeting.minutes?.summary ?? null,
    items: agenda.map((item, i) => ({
      label: agendaLabel(i + 1),
      subject: agendaSubject(item),
      discussion: item.discussion,
      decision: item.decision,
    })),
    actionItems: meeting.actionItems.map((a) => actionRow(a, labels)),
    dateOn: chinaDate(new Date(meeting.startsAt)),
    printedOn: core.today(),
    finalised: meeting.minutes?.finalisedAt != null,
  };
}
