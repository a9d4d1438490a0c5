// PLACEHOLDER (issue 8): replaced by the helper owning this area.
import type { AUDIT_CHANNELS } from '../../contract/channels/audit-channels';
import type { AreaHandlers } from './registry';

const todo = (): never => {
  throw new Error('not implemented yet');
};

export const AUDIT_HANDLERS: AreaHandlers<typeof AUDIT_CHANNELS> = {
  'audit.list': todo,
  'audit.export': todo,
};
