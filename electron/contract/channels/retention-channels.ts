// PLACEHOLDER (issue 8): the audit/retention helper replaces the specs (schemas in schemas/retention.ts).
import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';

export const RETENTION_CHANNELS = {
  'retention.status': { input: z.unknown(), output: z.unknown(), permission: 'retention.admin', writes: false },
  'retention.settings': { input: z.unknown(), output: z.unknown(), permission: 'retention.admin', writes: true },
  'retention.run': { input: z.unknown(), output: z.unknown(), permission: 'retention.admin', writes: true },
} as const satisfies Record<string, ChannelSpec>;
