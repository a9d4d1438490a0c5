// PLACEHOLDER (issue 8): replaced by the helper owning this area.
import type { AUTH_CHANNELS } from '../../contract/channels/auth-channels';
import type { AreaHandlers } from './registry';

const todo = (): never => {
  throw new Error('not implemented yet');
};

export const AUTH_HANDLERS: AreaHandlers<typeof AUTH_CHANNELS> = {
  'auth.status': todo,
  'auth.signIn': todo,
  'auth.signOut': todo,
  'auth.lock': todo,
  'auth.changePassword': todo,
  'operators.manage': todo,
  'operators.save': todo,
  'security.get': todo,
  'security.save': todo,
};
