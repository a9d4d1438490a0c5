import { z } from 'zod';
import { OperatorSchema, RoleSchema, text } from './common';

export const CENTER_LEVELS = ['city', 'district'] as const;

export const SetupInputSchema = z
  .object({
    centerName: text(100),
    level: z.enum(CENTER_LEVELS),
    courtName: text(100),
    operatorName: text(50),
    operatorRole: RoleSchema,
    /** The first operator's password (the app's setup form requires it); absent → no sign-in yet. */
    operatorPassword: z.string().min(8).max(200).optional(),
  })
  .strict();
export type SetupInput = z.infer<typeof SetupInputSchema>;

export const CenterSchema = z.object({
  name: z.string(),
  level: z.enum(CENTER_LEVELS),
  courtName: z.string(),
});
export type Center = z.infer<typeof CenterSchema>;

export const SetupStatusSchema = z.object({ needsSetup: z.boolean() });

export const SetupResultSchema = z.object({ center: CenterSchema, operator: OperatorSchema });
