import type { AgendaItem, Invitee, MeetingDetail } from '../../../contract/schemas/meetings';
import { MEETING_KIND_LABEL } from '../meeting-messages';

/**
 * The words an invitation carries. Invitations go to Chinese offices' mail clients, so the text is
 * Chinese whatever the operator's UI language is (like the center's printed documents).
 */

/** What the builder reads of a meeting: the `meetings.get` detail, plus the room's address. */
export type IcsMeeting = Pick<
  MeetingDetail,
  | 'id'
  | 'kind'
  | 'title'
  | 'startsAt'
  | 'endsAt'
  | 'roomId'
  | 'roomName'
  | 'place'
  | 'status'
  | 'seriesName'
  | 'organiserId'
  | 'organiserName'
  | 'icsSequence'
  | 'invitees'
  | 'agenda'
> & {
  /** The room's location (e.g. 中心三楼301室); not part of the meeting detail. */
  roomLocation?: string | null;
};

/** The room and where it is, else the outside place. */
export function meetingLocation(meeting: IcsMeeting): string | null {
  if (meeting.roomName) return meeting.roomLocation ? `${meeting.roomName}（${meeting.roomLocation}）` : meeting.roomName;
  return meeting.place;
}

/** "1. 秦行化〔2026〕15号 某某诉某局征收补偿案（汇报人：张协调；20分钟）" */
export function agendaLine(item: AgendaItem, index: number): string {
  const subject = item.caseId || item.caseNumber
    ? [item.topic, [item.caseNumber, item.caseTitle].filter(Boolean).join(' ')].filter(Boolean).join('：')
    : (item.topic ?? '');
  const notes = [item.presenter ? `汇报人：${item.presenter}` : null, item.minutesAllotted ? `${item.minutesAllotted}分钟` : null].filter(Boolean);
  return `${index + 1}. ${subject}${notes.length ? `（${notes.join('；')}）` : ''}`;
}

function inviteeLabel(invitee: Invitee): string {
  return invitee.agencyName ? `${invitee.name}（${invitee.agencyName}）` : invitee.name;
}

/**
 * The meeting kind and the numbered agenda. `withInvitees` adds the invitee list, for calendar
 * files that may not carry ATTENDEE lines (METHOD:PUBLISH).
 */
export function meetingDescription(meeting: IcsMeeting, options: { withInvitees?: boolean } = {}): string {
  const lines: string[] = [];
  if (meeting.status === 'cancelled') lines.push('本次会议已取消。');
  lines.push(`会议类型：${MEETING_KIND_LABEL[meeting.kind]['zh-CN']}`);
  if (meeting.seriesName) lines.push(`会议系列：${meeting.seriesName}`);
  if (meeting.organiserName) lines.push(`组织者：${meeting.organiserName}`);
  if (options.withInvitees && meeting.invitees.length) lines.push(`参会人员：${meeting.invitees.map(inviteeLabel).join('、')}`);
  const agenda = [...meeting.agenda].sort((a, b) => a.sort - b.sort);
  if (agenda.length) lines.push('', '议程：', ...agenda.map(agendaLine));
  return lines.join('\n');
}
