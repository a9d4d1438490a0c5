import type { TASK_CHANNELS } from '../../contract/channels/task-channels';
import type { AreaHandlers } from './registry';
import { CoreError } from '../errors';

// Placeholder while the task services are written (issue 4); replaced by the real handlers.
function pending(): never {
  throw new CoreError('INTERNAL', 'not implemented yet');
}

export const TASK_HANDLERS = new Proxy({}, { get: () => pending }) as AreaHandlers<typeof TASK_CHANNELS>;
