import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';
import { NoInput } from '../schemas/common';
import {
  AuthStatusSchema,
  ChangePasswordInputSchema,
  OperatorAdminSchema,
  OperatorSaveSchema,
  SecuritySettingsSchema,
  SignInInputSchema,
} from '../schemas/auth';

/**
 * Sign-in, lock and operator administration. The auth.* channels are public: they are how a
 * signed-out or locked session gets back in; every other channel is refused with SIGN_IN_REQUIRED
 * or LOCKED in the handler layer.
 */
export const AUTH_CHANNELS = {
  'auth.status': { input: NoInput, output: AuthStatusSchema, permission: 'public', writes: false },
  'auth.signIn': { input: SignInInputSchema, output: AuthStatusSchema, permission: 'public', writes: false },
  'auth.signOut': { input: NoInput, output: AuthStatusSchema, permission: 'public', writes: false },
  'auth.lock': { input: NoInput, output: AuthStatusSchema, permission: 'public', writes: false },
  'auth.changePassword': { input: ChangePasswordInputSchema, output: z.object({ changed: z.literal(true) }), permission: 'app.read', writes: true },
  'operators.manage': { input: NoInput, output: z.array(OperatorAdminSchema), permission: 'operators.admin', writes: false },
  'operators.save': { input: OperatorSaveSchema, output: OperatorAdminSchema, permission: 'operators.admin', writes: true },
  'security.get': { input: NoInput, output: SecuritySettingsSchema, permission: 'app.read', writes: false },
  'security.save': { input: SecuritySettingsSchema, output: SecuritySettingsSchema, permission: 'operators.admin', writes: true },
} as const satisfies Record<string, ChannelSpec>;
