import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';

// Placeholder specs until issue 6's flowchart work lands; the helper replaces this file.
const pending = { input: z.object({}).strict(), output: z.never(), permission: 'reports.read', writes: false } as const;

export const FLOWCHART_CHANNELS = {
  'flowchart.template': pending,
  'flowchart.case': pending,
} as const satisfies Record<string, ChannelSpec>;
