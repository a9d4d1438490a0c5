import type { FLOWCHART_CHANNELS } from '../../contract/channels/flowchart-channels';
import type { AreaHandlers } from './registry';
import { CoreError } from '../errors';

// Placeholder while issue 6's flowchart work is written; replaced by the real handlers.
function pending(): never {
  throw new CoreError('INTERNAL', 'not implemented yet');
}

export const FLOWCHART_HANDLERS = new Proxy({}, { get: () => pending }) as AreaHandlers<typeof FLOWCHART_CHANNELS>;
