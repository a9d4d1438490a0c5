import type { SUMMARY_CHANNELS } from '../../contract/channels/summary-channels';
import type { AreaHandlers } from './registry';
import { CoreError } from '../errors';

// Placeholder while issue 6's summary work is written; replaced by the real handlers.
function pending(): never {
  throw new CoreError('INTERNAL', 'not implemented yet');
}

export const SUMMARY_HANDLERS = new Proxy({}, { get: () => pending }) as AreaHandlers<typeof SUMMARY_CHANNELS>;
