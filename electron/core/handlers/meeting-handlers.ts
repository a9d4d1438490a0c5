import type { MEETING_CHANNELS } from '../../contract/channels/meeting-channels';
import type { AreaHandlers } from './registry';
import { CoreError } from '../errors';

// Placeholder while the meeting services are written (issue 5); replaced by the real handlers.
function pending(): never {
  throw new CoreError('INTERNAL', 'not implemented yet');
}

export const MEETING_HANDLERS = new Proxy({}, { get: () => pending }) as AreaHandlers<typeof MEETING_CHANNELS>;
