import type { ChannelSpec } from '../channel-spec';
import {
  RetentionRunInputSchema,
  RetentionRunResultSchema,
  RetentionSettingsSchema,
  RetentionStatusSchema,
} from '../schemas/retention';
import { NoInput } from '../schemas/common';

/** Retention of closed cases' personal data (PIPL art. 19): administrators only. */
export const RETENTION_CHANNELS = {
  'retention.status': { input: NoInput, output: RetentionStatusSchema, permission: 'retention.admin', writes: false },
  'retention.settings': { input: RetentionSettingsSchema, output: RetentionStatusSchema, permission: 'retention.admin', writes: true },
  /** Anonymises every due case in one transaction with one audit entry. Cannot be undone. */
  'retention.run': { input: RetentionRunInputSchema, output: RetentionRunResultSchema, permission: 'retention.admin', writes: true },
} as const satisfies Record<string, ChannelSpec>;
