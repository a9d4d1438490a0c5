import { z } from 'zod';
import { OperatorSchema, RoleSchema, text } from './common';

/**
 * Operators, sign-in and the idle lock (issue 8). Sign-in is required as soon as any operator has
 * a password (first-run setup in the app always sets one); a center set up without any password
 * (automation, tests) acts as its first operator until an administrator sets one.
 */

export const PASSWORD_MIN = 8;
export const PasswordSchema = z.string().min(PASSWORD_MIN).max(200);

export const SignInInputSchema = z.object({ operatorId: z.string().min(1), password: z.string().min(1).max(200) }).strict();

export const AuthStatusSchema = z.object({
  /** Some operator has a password: calls need a signed-in, unlocked session. */
  signInRequired: z.boolean(),
  /** The signed-in operator (or the first operator when sign-in is not required); null when signed out. */
  operator: OperatorSchema.nullable(),
  /** Signed in but locked after the idle time: only auth.* calls work until the password is given again. */
  locked: z.boolean(),
  idleLockMinutes: z.number().int(),
  /** Active operators, for the sign-in picker. */
  operators: z.array(OperatorSchema),
  /** What the current operator may do (the contract's permission names), for hiding what they may not. */
  permissions: z.array(z.string()),
});
export type AuthStatus = z.infer<typeof AuthStatusSchema>;

export const ChangePasswordInputSchema = z
  .object({ currentPassword: z.string().max(200).optional(), newPassword: PasswordSchema })
  .strict();

export const OperatorAdminSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  hasPassword: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OperatorAdmin = z.infer<typeof OperatorAdminSchema>;

/** New operator (no id): a password is required. Existing: password only when resetting it. */
export const OperatorSaveSchema = z
  .object({
    id: z.string().min(1).optional(),
    name: text(50),
    role: RoleSchema,
    active: z.boolean().default(true),
    password: PasswordSchema.optional(),
  })
  .strict();

export const IDLE_LOCK_MINUTES_DEFAULT = 15;
export const SecuritySettingsSchema = z.object({ idleLockMinutes: z.number().int().min(1).max(240) }).strict();
export type SecuritySettings = z.infer<typeof SecuritySettingsSchema>;
