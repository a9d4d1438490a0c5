import type { ChannelSpec } from '../channel-spec';
import { ExportFileSchema } from '../schemas/files';
import { AuditFiltersSchema, AuditListInputSchema, AuditListResultSchema } from '../schemas/audit-log';

/**
 * The audit viewer (审计日志). Verifying the chain is `audit.verify` (channels.ts). The export is
 * itself audited with the file's SHA-256, like every other export.
 */
export const AUDIT_CHANNELS = {
  'audit.list': { input: AuditListInputSchema, output: AuditListResultSchema, permission: 'audit.read', writes: false },
  'audit.export': { input: AuditFiltersSchema, output: ExportFileSchema, permission: 'audit.export', writes: false },
} as const satisfies Record<string, ChannelSpec>;
