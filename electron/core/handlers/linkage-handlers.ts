import type { LINKAGE_CHANNELS } from '../../contract/channels/linkage-channels';
import type { AreaHandlers } from './registry';
import { CoreError } from '../errors';

// Placeholder while the linkage services are written (issue 4); replaced by the real handlers.
function pending(): never {
  throw new CoreError('INTERNAL', 'not implemented yet');
}

export const LINKAGE_HANDLERS = new Proxy({}, { get: () => pending }) as AreaHandlers<typeof LINKAGE_CHANNELS>;
