import type { PERIOD_CHANNELS } from '../../contract/channels/period-channels';
import type { AreaHandlers } from './registry';
import { CoreError } from '../errors';

// Placeholder while issue 6's period work is written; replaced by the real handlers.
function pending(): never {
  throw new CoreError('INTERNAL', 'not implemented yet');
}

export const PERIOD_HANDLERS = new Proxy({}, { get: () => pending }) as AreaHandlers<typeof PERIOD_CHANNELS>;
