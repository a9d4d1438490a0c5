// PLACEHOLDER (issue 8): the backup helper replaces the specs (schemas in schemas/backups.ts).
import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';

export const BACKUP_CHANNELS = {
  'backup.status': { input: z.unknown(), output: z.unknown(), permission: 'backup.admin', writes: false },
  'backup.now': { input: z.unknown(), output: z.unknown(), permission: 'backup.admin', writes: true },
  'backup.restore': { input: z.unknown(), output: z.unknown(), permission: 'backup.admin', writes: true },
  'backup.settings': { input: z.unknown(), output: z.unknown(), permission: 'backup.admin', writes: true },
} as const satisfies Record<string, ChannelSpec>;
