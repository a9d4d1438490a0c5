/**
 * Every IPC channel and event name, as plain strings with no dependencies. The preload imports
 * only this file (a sandboxed preload must stay tiny and cannot load zod); `channels.ts` is
 * checked against it at compile time so the two lists cannot drift.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'setup.status',
  'setup.complete',
  'demo.load',
  'settings.center',
  'dashboard.summary',
  'audit.verify',
  // Cases (issue 3)
  'cases.create',
  'cases.update',
  'cases.get',
  'cases.advance',
  'cases.close',
  'cases.reopen',
  'cases.list',
  'cases.search',
  'activities.create',
  'activities.update',
  'activities.delete',
  'attachments.add',
  'attachments.open',
  'workflow.current',
  'workflow.save',
  'categories.list',
  'categories.save',
  'operators.list',
  'agencies.options',
  'views.list',
  'views.save',
  'views.delete',
  // Clocks and the holiday calendar (issue 3)
  'clocks.suspend',
  'clocks.resume',
  'clocks.extend',
  'holidays.get',
  'holidays.save',
  'holidays.import',
  // Agencies and coordination (issue 4)
  'agencies.list',
  'agencies.get',
  'agencies.save',
  'contacts.save',
  'agencies.importPreview',
  'agencies.import',
  'agencies.template',
  'tasks.list',
  'tasks.get',
  'tasks.create',
  'tasks.update',
  'tasks.acknowledge',
  'tasks.reply',
  'tasks.close',
  'tasks.remind',
  'tasks.notice',
  'tasks.dueDate',
  // Government–court linkage (issue 4)
  'hearings.list',
  'hearings.save',
  'hearings.delete',
  'suggestions.list',
  'suggestions.save',
  'suggestions.delete',
  'attendance.list',
  'attendance.save',
  'attendance.delete',
  'linkage.stats',
  'quarterly.get',
  'quarterly.saveRectification',
  'quarterly.export',
  // Meetings (issue 5)
  'rooms.list',
  'rooms.save',
  'series.list',
  'meetings.list',
  'meetings.get',
  'meetings.check',
  'meetings.save',
  'meetings.move',
  'meetings.setStatus',
  'meetings.saveMinutes',
  'meetings.ics',
  'meetings.pack',
  'meetings.minutesExport',
  // Long calls (issue 6)
  'jobs.cancel',
  // Flowcharts and outcome summaries (issue 6)
  'flowchart.template',
  'flowchart.case',
  'summary.case',
  'cases.setTypical',
  'summary.typical',
  'summary.periodFigures',
  'summary.period',
  // Court exchange (issue 7)
  'court.overview',
  'court.export',
  'court.rewrite',
  'court.markDelivered',
  'court.verify',
  'court.importPreview',
  'court.import',
  'court.key',
  'court.keyExport',
  'court.keyRotate',
  // Operators, sign-in, audit viewer, backups, retention (issue 8)
  'auth.status',
  'auth.signIn',
  'auth.signOut',
  'auth.lock',
  'auth.changePassword',
  'operators.manage',
  'operators.save',
  'security.get',
  'security.save',
  'audit.list',
  'audit.export',
  'backup.status',
  'backup.now',
  'backup.restore',
  'backup.settings',
  'retention.status',
  'retention.settings',
  'retention.run',
] as const;

export const EVENT_NAMES = ['menu.command', 'data.changed', 'job.progress'] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}
