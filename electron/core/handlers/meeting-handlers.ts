import type { MEETING_CHANNELS } from '../../contract/channels/meeting-channels';
import { getMeetingDetail } from '../meetings/meeting-detail';
import { listMeetings } from '../meetings/meeting-list';
import { checkMeeting, moveMeeting, saveMeeting } from '../meetings/meeting-save';
import { setMeetingStatus } from '../meetings/meeting-status';
import { saveMinutes } from '../meetings/minutes-save';
import { listRooms, saveRoom } from '../meetings/rooms';
import { listSeries } from '../meetings/series';
import { actorOf } from '../services/operators';
import type { AreaHandlers, CallContext } from './registry';

/** The acting operator as the audit log records it (non-public channels always have one). */
function actor(call: CallContext) {
  return actorOf(call.operator ?? undefined);
}

/** Scheduling and minutes; the documents (invitations, packs, minutes export) are in meeting-document-handlers.ts. */
export const MEETING_HANDLERS: AreaHandlers<Omit<typeof MEETING_CHANNELS, 'meetings.ics' | 'meetings.pack' | 'meetings.minutesExport'>> = {
  'rooms.list': function handleRoomsList(core) {
    return listRooms(core);
  },
  'rooms.save': function handleRoomSave(core, call, input) {
    return saveRoom(core, actor(call), input);
  },
  'series.list': function handleSeriesList(core) {
    return listSeries(core);
  },
  'meetings.list': function handleMeetingsList(core, _call, input) {
    return listMeetings(core, input);
  },
  'meetings.get': function handleMeetingGet(core, _call, input) {
    return getMeetingDetail(core, input.id);
  },
  'meetings.check': function handleMeetingCheck(core, call, input) {
    return checkMeeting(core, actor(call), input);
  },
  'meetings.save': function handleMeetingSave(core, call, input) {
    return saveMeeting(core, actor(call), input);
  },
  'meetings.move': function handleMeetingMove(core, call, input) {
    return moveMeeting(core, actor(call), input);
  },
  'meetings.setStatus': function handleMeetingSetStatus(core, call, input) {
    return setMeetingStatus(core, actor(call), input);
  },
  'meetings.saveMinutes': function handleMinutesSave(core, call, input) {
    return saveMinutes(core, actor(call), input);
  },
};
