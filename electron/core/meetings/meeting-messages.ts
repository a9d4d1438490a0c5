import type { Localized } from '../../contract/result';
import type { MeetingKind, MeetingStatus } from '../../contract/schemas/meetings';
import { conflict, notFound, t } from '../cases/messages';
import type { CoreError } from '../errors';

/** Bilingual wording of the meeting services (see cases/messages.ts for the conventions). */

export const MEETING_KIND_LABEL: Record<MeetingKind, Localized> = {
  plenary: t('委员会全体会议', 'committee plenary'),
  joint: t('府院联席会议', 'joint government–court meeting'),
  analysis: t('案情研判会', 'case analysis meeting'),
  coordination: t('协调会', 'coordination meeting'),
  resolution: t('化解会', 'resolution session'),
};

export const MEETING_STATUS_LABEL: Record<MeetingStatus, Localized> = {
  draft: t('草稿', 'draft'),
  scheduled: t('已安排', 'scheduled'),
  held: t('已召开', 'held'),
  cancelled: t('已取消', 'cancelled'),
};

export function meetingNotFound(id: string): CoreError {
  return notFound(`会议 ${id}`, `meeting ${id}`);
}

/** A held or cancelled meeting's arrangements are a record; only its minutes are still written. */
export function meetingClosed(status: 'held' | 'cancelled', title: string): CoreError {
  return status === 'held'
    ? conflict(`会议「${title}」已召开，安排不能再修改（会议纪要仍可填写）`, `The meeting "${title}" has been held; its arrangements can no longer change (the minutes still can)`, { status })
    : conflict(`会议「${title}」已取消，不能再修改`, `The meeting "${title}" is cancelled and can no longer change`, { status });
}
