import type { Core } from '../core';
import { getSetting } from '../services/settings';
import { parseHhmm } from './meeting-time';

/**
 * The center's working hours in China time, for the after-hours clash warning. Stored as the
 * setting `meetings.working_hours` = {start: '08:30', end: '17:30'}; a missing or malformed value
 * falls back to the default rather than flagging every meeting (or none).
 */
export const WORKING_HOURS_KEY = 'meetings.working_hours';

export interface WorkingHours {
  start: string;
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '08:30', end: '17:30' };

export function getWorkingHours(core: Core): WorkingHours {
  const stored = getSetting<Partial<WorkingHours>>(core, WORKING_HOURS_KEY);
  const start = parseHhmm(stored?.start);
  const end = parseHhmm(stored?.end);
  if (start === null || end === null || end <= start) return DEFAULT_WORKING_HOURS;
  return { start: stored!.start!, end: stored!.end! };
}
