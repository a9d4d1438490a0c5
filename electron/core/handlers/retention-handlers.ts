// PLACEHOLDER (issue 8): replaced by the helper owning this area.
import type { RETENTION_CHANNELS } from '../../contract/channels/retention-channels';
import type { AreaHandlers } from './registry';

const todo = (): never => {
  throw new Error('not implemented yet');
};

export const RETENTION_HANDLERS: AreaHandlers<typeof RETENTION_CHANNELS> = {
  'retention.status': todo,
  'retention.settings': todo,
  'retention.run': todo,
};
