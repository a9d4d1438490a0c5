import { z } from 'zod';
import { CHANNEL_NAMES, type ChannelName, type EventName } from './names';
import type { ChannelSpec } from './channel-spec';
import { CASE_CHANNELS } from './channels/case-channels';
import { CLOCK_CHANNELS } from './channels/clock-channels';
import { LIST_CHANNELS } from './channels/list-channels';
import { AGENCY_CHANNELS } from './channels/agency-channels';
import { TASK_CHANNELS } from './channels/task-channels';
import { LINKAGE_CHANNELS } from './channels/linkage-channels';
import { MEETING_CHANNELS } from './channels/meeting-channels';
import { FLOWCHART_CHANNELS } from './channels/flowchart-channels';
import { SUMMARY_CHANNELS } from './channels/summary-channels';
import { PERIOD_CHANNELS } from './channels/period-channels';
import { COURT_CHANNELS } from './channels/court-channels';
import { AUTH_CHANNELS } from './channels/auth-channels';
import { AUDIT_CHANNELS } from './channels/audit-channels';
import { BACKUP_CHANNELS } from './channels/backup-channels';
import { RETENTION_CHANNELS } from './channels/retention-channels';
import { NoInput } from './schemas/common';
import { AppInfoSchema, AuditReportSchema } from './schemas/app';
import { CenterSchema, SetupInputSchema, SetupResultSchema, SetupStatusSchema } from './schemas/setup';
import { DashboardSummarySchema, DemoResultSchema } from './schemas/dashboard';

export type { ChannelSpec };

/**
 * The IPC contract: every channel once, with its input and output schemas and the permission it
 * needs. Main, the web bridge, the CLI and the renderer all derive from this object. Each area
 * declares its channels in channels/<area>-channels.ts; `names.ts` lists every name once.
 */
export const CHANNELS = {
  'app.info': { input: NoInput, output: AppInfoSchema, permission: 'public', writes: false },
  'setup.status': { input: NoInput, output: SetupStatusSchema, permission: 'public', writes: false },
  'setup.complete': { input: SetupInputSchema, output: SetupResultSchema, permission: 'public', writes: true },
  'demo.load': { input: NoInput, output: DemoResultSchema, permission: 'demo.load', writes: true },
  'settings.center': { input: NoInput, output: CenterSchema, permission: 'settings.read', writes: false },
  'dashboard.summary': { input: NoInput, output: DashboardSummarySchema, permission: 'data.read', writes: false },
  'audit.verify': { input: NoInput, output: AuditReportSchema, permission: 'audit.read', writes: false },
  // Cancels this session's running calls of a channel (a long export); they stop with CANCELLED.
  'jobs.cancel': {
    input: z.object({ channel: z.enum(CHANNEL_NAMES) }).strict(),
    output: z.object({ cancelled: z.number().int() }),
    permission: 'data.read',
    writes: false,
  },
  ...CASE_CHANNELS,
  ...CLOCK_CHANNELS,
  ...LIST_CHANNELS,
  ...AGENCY_CHANNELS,
  ...TASK_CHANNELS,
  ...LINKAGE_CHANNELS,
  ...MEETING_CHANNELS,
  ...FLOWCHART_CHANNELS,
  ...SUMMARY_CHANNELS,
  ...PERIOD_CHANNELS,
  ...COURT_CHANNELS,
  ...AUTH_CHANNELS,
  ...AUDIT_CHANNELS,
  ...BACKUP_CHANNELS,
  ...RETENTION_CHANNELS,
} as const satisfies Record<ChannelName, ChannelSpec>;

export const EVENTS = {
  'menu.command': z.object({
    command: z.enum(['navigate', 'language']),
    target: z.string(),
  }),
  'data.changed': z.object({ channel: z.string() }),
  /** Progress of a long call (a meeting pack, a report): the page shows a bar for that channel. */
  'job.progress': z.object({
    channel: z.string(),
    percent: z.number().min(0).max(100),
    label: z.object({ 'zh-CN': z.string(), en: z.string() }),
  }),
} as const satisfies Record<EventName, z.ZodType>;

export type Channels = typeof CHANNELS;
export type Input<C extends ChannelName> = z.input<Channels[C]['input']>;
export type Output<C extends ChannelName> = z.output<Channels[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof EVENTS)[E]>;
