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
] as const;

export const EVENT_NAMES = ['menu.command', 'data.changed'] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}
