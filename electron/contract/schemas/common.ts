import { z } from 'zod';

export const ROLES = ['administrator', 'coordinator', 'secretary', 'liaison'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const STAGES = ['intake', 'pre', 'during', 'post', 'closed'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** Channels that take no arguments still validate: anything but `{}` (or nothing) is refused. */
export const NoInput = z.object({}).strict().optional();

export const OperatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: RoleSchema,
});
export type Operator = z.infer<typeof OperatorSchema>;

/** Trimmed, non-empty text with a length cap (so a 10 MB "name" never reaches the store). */
export function text(max: number) {
  return z.string().trim().min(1).max(max);
}
