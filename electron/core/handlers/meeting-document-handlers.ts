import type { MEETING_CHANNELS } from '../../contract/channels/meeting-channels';
import { CoreError } from '../errors';
import { exportMeetingIcs } from '../meetings/ics/export-ics';
import { actorOf } from '../services/operators';
import type { AreaHandlers } from './registry';

/**
 * The documents made from meetings: calendar invitations here; the meeting pack
 * ('meetings.pack') and the minutes export ('meetings.minutesExport') join this file.
 */

// Stand-ins that keep the handler map complete (and the build typed) until the pack and minutes
// exports are wired; they take these two places when they land.
function pending(): never {
  throw new CoreError('INTERNAL', 'not implemented yet', { detail: 'not implemented yet' });
}

export const MEETING_DOCUMENT_HANDLERS: Pick<AreaHandlers<typeof MEETING_CHANNELS>, 'meetings.ics' | 'meetings.pack' | 'meetings.minutesExport'> = {
  'meetings.ics': function handleMeetingIcs(core, call, input) {
    return exportMeetingIcs(core, actorOf(call.operator ?? undefined), input);
  },
  'meetings.pack': pending,
  'meetings.minutesExport': pending,
};
