import type { z } from 'zod';
import type { MeetingDetail, MeetingStatus, MeetingStatusInputSchema } from '../../contract/schemas/meetings';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { conflict } from '../cases/messages';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { CoreError } from '../errors';
import { getMeetingDetail, loadMeetingRow, type MeetingRow } from './meeting-detail';
import { MEETING_STATUS_LABEL } from './meeting-messages';
import { instantMs, spanLabel } from './meeting-time';

/**
 * The meeting's status: draft → scheduled → held, and cancelled from any status but held. Held
 * and cancelled are final. Held only once the meeting has started. A draft may be marked held
 * directly (a meeting called at short notice, never formally scheduled, still took place).
 * Every change raises the invitation's SEQUENCE (RFC 5545): a cancellation must replace the
 * invitation in the attendees' calendars.
 */

export type MeetingStatusInput = z.output<typeof MeetingStatusInputSchema>;

/** Why `from → to` is not allowed for this meeting now, or null when it is. */
export function statusRefusal(meeting: { title: string; status: MeetingStatus; starts_at: string; ends_at: string }, to: MeetingStatus, nowIso: string): CoreError | null {
  const from = meeting.status;
  const fromLabel = MEETING_STATUS_LABEL[from];
  const toLabel = MEETING_STATUS_LABEL[to];
  const params = { from, to };
  if (from === 'held' || from === 'cancelled') {
    return conflict(
      `会议「${meeting.title}」${fromLabel['zh-CN']}，不能再改为「${toLabel['zh-CN']}」`,
      `The meeting "${meeting.title}" is ${fromLabel.en}; it cannot become ${toLabel.en}`,
      params,
    );
  }
  if (to === 'draft' && from !== 'draft') {
    return conflict('已安排的会议不能退回草稿；如不再召开，请取消会议', 'A scheduled meeting cannot go back to draft; cancel it if it will not take place', params);
  }
  if (to === 'held' && instantMs(nowIso) < instantMs(meeting.starts_at)) {
    const when = spanLabel(meeting.starts_at, meeting.ends_at);
    return conflict(
      `会议尚未开始（${when['zh-CN']}），不能标记为已召开`,
      `The meeting has not started yet (${when.en}); it cannot be marked held`,
      params,
    );
  }
  return null;
}

/**
 * Moves the status (call inside a write transaction), raising the SEQUENCE; no-op when it is
 * already `to`. Throws the refusal otherwise.
 */
export function changeStatus(core: Core, actor: Actor, before: MeetingRow, to: MeetingStatus, reason: string | null, now: string): void {
  if (before.status === to) return;
  const refusal = statusRefusal(before, to, now);
  if (refusal) throw refusal;
  const sequence = before.ics_sequence + 1;
  core.q.run(qb.updateTable('meetings').set({ status: to, ics_sequence: sequence, updated_at: now }).where('id', '=', before.id));
  appendAudit(core.q, actor, now, {
    action: 'meeting.status',
    entity: 'meetings',
    entityId: before.id,
    detail: { title: before.title, from: before.status, to, reason, sequence },
  });
}

export function setMeetingStatus(core: Core, actor: Actor, input: MeetingStatusInput): MeetingDetail {
  writeTx(core, () => changeStatus(core, actor, loadMeetingRow(core, input.id), input.status, input.reason, core.now()));
  return getMeetingDetail(core, input.id);
}
