import type { MEETING_CHANNELS } from '../../contract/channels/meeting-channels';
import { exportMeetingIcs } from '../meetings/ics/export-ics';
import { actorOf } from '../services/operators';
import type { AreaHandlers } from './registry';

/** Calendar invitations; the meeting pack and the minutes export are in meeting-pack-handlers.ts. */
export const MEETING_DOCUMENT_HANDLERS: Pick<AreaHandlers<typeof MEETING_CHANNELS>, 'meetings.ics'> = {
  'meetings.ics': function handleMeetingIcs(core, call, input) {
    return exportMeetingIcs(core, actorOf(call.operator ?? undefined), input);
  },
};
