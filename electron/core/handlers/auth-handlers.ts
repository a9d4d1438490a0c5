import type { AUTH_CHANNELS } from '../../contract/channels/auth-channels';
import { changeOwnPassword, listOperatorsAdmin, saveOperator } from '../auth/operator-admin';
import { getSecuritySettings, saveSecuritySettings } from '../auth/security-settings';
import { authStatus, lockSession, signIn, signOut } from '../auth/sign-in';
import { actorOf } from '../services/operators';
import type { AreaHandlers } from './registry';

/**
 * Sign-in, lock and operator administration (issue 8). auth.status/signIn/signOut/lock are public
 * (a signed-out or locked session must reach them); the rest pass the registry's gate.
 */
export const AUTH_HANDLERS: AreaHandlers<typeof AUTH_CHANNELS> = {
  'auth.status': function handleAuthStatus(core, call) {
    return authStatus(core, call.session);
  },
  'auth.signIn': function handleAuthSignIn(core, call, input) {
    return signIn(core, call.session, input);
  },
  'auth.signOut': function handleAuthSignOut(core, call) {
    return signOut(core, call.session);
  },
  'auth.lock': function handleAuthLock(core, call) {
    return lockSession(core, call.session);
  },
  'auth.changePassword': function handleChangePassword(core, call, input) {
    return changeOwnPassword(core, call.session, call.operator!, input);
  },
  'operators.manage': function handleOperatorsManage(core) {
    return listOperatorsAdmin(core);
  },
  'operators.save': function handleOperatorsSave(core, call, input) {
    return saveOperator(core, actorOf(call.operator ?? undefined), input);
  },
  'security.get': function handleSecurityGet(core) {
    return getSecuritySettings(core);
  },
  'security.save': function handleSecuritySave(core, call, input) {
    return saveSecuritySettings(core, actorOf(call.operator ?? undefined), input);
  },
};
