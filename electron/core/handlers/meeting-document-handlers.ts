import type { MEETING_CHANNELS } from '../../contract/channels/meeting-channels';
import type { AreaHandlers } from './registry';
import { CoreError } from '../errors';

// Placeholder while invitations, packs and minutes documents are written (issue 5).
function pending(): never {
  throw new CoreError('INTERNAL', 'not implemented yet');
}

export const MEETING_DOCUMENT_HANDLERS = new Proxy({}, { get: () => pending }) as Pick<
  AreaHandlers<typeof MEETING_CHANNELS>,
  'meetings.ics' | 'meetings.pack' | 'meetings.minutesExport'
>;
