// PLACEHOLDER (issue 8): replaced by the helper owning this area.
import type { BACKUP_CHANNELS } from '../../contract/channels/backup-channels';
import type { AreaHandlers } from './registry';

const todo = (): never => {
  throw new Error('not implemented yet');
};

export const BACKUP_HANDLERS: AreaHandlers<typeof BACKUP_CHANNELS> = {
  'backup.status': todo,
  'backup.now': todo,
  'backup.restore': todo,
  'backup.settings': todo,
};
