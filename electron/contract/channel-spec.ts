import type { z } from 'zod';
import type { Permission } from './permissions';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  permission: Permission;
  /** True when the call changes data (the UI refreshes on `data.changed`). */
  writes: boolean;
}
