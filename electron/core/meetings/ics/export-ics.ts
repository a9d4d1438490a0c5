import type { z } from 'zod';
import type { ExportFile } from '../../../contract/schemas/files';
import type { IcsInputSchema } from '../../../contract/schemas/meetings';
import type { Actor } from '../../audit/audit-log';
import { field } from '../../cases/messages';
import { isIsoDate } from '../../clocks';
import type { Core } from '../../core';
import { exportFile, logExport } from '../../documents/export-file';
import { fieldErrors } from '../../errors';
import { getCenter } from '../../services/setup';
import { getMeetingDetail } from '../meeting-detail';
import { listMeetings } from '../meeting-list';
import { listRooms } from '../rooms';
import { meetingInvitationIcs, meetingsCalendarIcs, type IcsContext } from './build-ics';
import type { IcsMeeting } from './describe-meeting';
import { safeFileName } from './ics-file-name';
import { meetingsForRange, rangeInstants } from './ics-range';

/**
 * `meetings.ics`: one meeting's invitation, or every announced meeting of a date range, as an
 * .ics file for the page (or the CLI) to save. Exports are audited like every other export: the
 * file names people (invitees, parties).
 */

export type IcsInput = z.output<typeof IcsInputSchema>;

export const ICS_MIME = 'text/calendar';

function withRoomLocation(core: Core, meetings: IcsMeeting[]): IcsMeeting[] {
  const rooms = new Map(listRooms(core).map((r) => [r.id, r.location]));
  return meetings.map((m) => ({ ...m, roomLocation: m.roomId ? (rooms.get(m.roomId) ?? null) : null }));
}

function context(core: Core): IcsContext {
  return { centerName: getCenter(core)?.name ?? 'ADR Desk', now: new Date(core.now()) };
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function exportMeetingIcs(core: Core, actor: Actor, input: IcsInput): ExportFile {
  if ('id' in input) {
    const meeting = withRoomLocation(core, [getMeetingDetail(core, input.id)])[0]!;
    const fileName = safeFileName(meeting.title, 'ics');
    const method = meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
    const bytes = encode(meetingInvitationIcs(meeting, context(core)));
    logExport(core, actor, {
      kind: 'meeting_invitation',
      fileName,
      entity: 'meetings',
      entityId: meeting.id,
      detail: { method, sequence: meeting.icsSequence, invitees: meeting.invitees.length },
      content: bytes,
    });
    return exportFile(fileName, ICS_MIME, bytes);
  }

  const issues = (['from', 'to'] as const)
    .filter((key) => !isIsoDate(input[key]))
    .map((key) => field(key, `不是有效日期：${input[key]}`, `Not a valid date: ${input[key]}`));
  if (!issues.length && input.from > input.to) issues.push(field('to', '结束日期不能早于开始日期', 'The end date cannot be before the start date'));
  if (issues.length) throw fieldErrors(issues);
  const summaries = meetingsForRange(listMeetings(core, { ...rangeInstants(input.from, input.to), includeCancelled: true }), input.from, input.to);
  const meetings = withRoomLocation(core, summaries.map((s) => getMeetingDetail(core, s.id)));
  const fileName = safeFileName(`会议日程 ${input.from}至${input.to}`, 'ics');
  const bytes = encode(meetingsCalendarIcs(meetings, context(core), `会议日程 ${input.from}至${input.to}`));
  logExport(core, actor, {
    kind: 'meeting_calendar',
    fileName,
    entity: 'meetings',
    detail: { from: input.from, to: input.to, meetings: meetings.map((m) => m.id) },
    content: bytes,
  });
  return exportFile(fileName, ICS_MIME, bytes);
}
