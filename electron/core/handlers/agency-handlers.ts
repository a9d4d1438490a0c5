import type { AGENCY_CHANNELS } from '../../contract/channels/agency-channels';
import type { AreaHandlers } from './registry';
import { CoreError } from '../errors';

// Placeholder while the agency services are written (issue 4); replaced by the real handlers.
function pending(): never {
  throw new CoreError('INTERNAL', 'not implemented yet');
}

export const AGENCY_HANDLERS = new Proxy({}, { get: () => pending }) as AreaHandlers<typeof AGENCY_CHANNELS>;
