import path from 'node:path';
import type { MEETING_CHANNELS } from '../../contract/channels/meeting-channels';
import type { Localized } from '../../contract/result';
import type { SavedFiles } from '../../contract/schemas/meetings';
import { saveFiles } from '../documents/save-files';
import { getMeetingDetail } from '../meetings/meeting-detail';
import { logMeetingDocuments, meetingMinutesFiles, meetingPackFiles } from '../meetings/documents/meeting-document-files';
import { actorOf } from '../services/operators';
import type { AreaHandlers, CallContext } from './registry';

/** The names the files got: in a folder maybe with ' (2)', else as handed to the page. */
function writtenNames(saved: SavedFiles): string[] {
  return saved.paths.length ? saved.paths.map((p) => path.basename(p)) : saved.files.map((f) => f.fileName);
}

function finish(call: CallContext, saved: SavedFiles): SavedFiles {
  call.progress(100, saved.cancelled ? { 'zh-CN': '已取消', en: 'Cancelled' } : { 'zh-CN': '已完成', en: 'Done' });
  return saved;
}

const SAVING: Localized = { 'zh-CN': '正在保存文件…', en: 'Saving the files…' };

export const MEETING_PACK_HANDLERS: Pick<AreaHandlers<typeof MEETING_CHANNELS>, 'meetings.pack' | 'meetings.minutesExport'> = {
  'meetings.pack': async function handleMeetingPack(core, call, input) {
    const meeting = getMeetingDetail(core, input.id);
    const files = await meetingPackFiles(core, meeting, input.formats, call.progress);
    call.progress(90, SAVING);
    const saved = await saveFiles(core, files, { 'zh-CN': '选择保存会议材料的文件夹', en: 'Choose a folder for the meeting pack' });
    if (!saved.cancelled) {
      logMeetingDocuments(core, actorOf(call.operator ?? undefined), 'meeting_pack', meeting, files, writtenNames(saved), {
        agendaItems: meeting.agenda.length,
        cases: meeting.agenda.filter((a) => a.caseId).length,
      });
    }
    return finish(call, saved);
  },
  'meetings.minutesExport': async function handleMinutesExport(core, call, input) {
    const meeting = getMeetingDetail(core, input.id);
    const files = await meetingMinutesFiles(core, meeting, input.formats, call.progress);
    call.progress(90, SAVING);
    const saved = await saveFiles(core, files, { 'zh-CN': '选择保存会议纪要的文件夹', en: 'Choose a folder for the minutes' });
    if (!saved.cancelled) {
      logMeetingDocuments(core, actorOf(call.operator ?? undefined), 'meeting_minutes', meeting, files, writtenNames(saved), {
        finalised: meeting.minutes?.finalisedAt != null,
      });
    }
    return finish(call, saved);
  },
};
