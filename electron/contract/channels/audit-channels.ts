// PLACEHOLDER (issue 8): the audit helper replaces the specs (schemas in schemas/audit-log.ts).
import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';

export const AUDIT_CHANNELS = {
  'audit.list': { input: z.unknown(), output: z.unknown(), permission: 'audit.read', writes: false },
  'audit.export': { input: z.unknown(), output: z.unknown(), permission: 'audit.export', writes: false },
} as const satisfies Record<string, ChannelSpec>;
