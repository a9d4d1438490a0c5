import type { ICalDayJsStub } from 'ical-generator';

/**
 * The zone of every meeting time in an invitation. Calendar clients show local times correctly
 * only when DTSTART carries a TZID defined by a VTIMEZONE in the same file (RFC 5545 §3.2.19);
 * UTC times would import right but would be re-timed in a client set to another zone.
 */
export const MEETING_TIME_ZONE = 'Asia/Shanghai';

type WallClock = { YYYY: string; MM: string; DD: string; HH: string; mm: string; ss: string };

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { YYYY: part('year').padStart(4, '0'), MM: part('month'), DD: part('day'), HH: part('hour'), mm: part('minute'), ss: part('second') };
}

/**
 * An instant ical-generator prints as wall-clock time in a zone. With an event time zone set it
 * formats a native Date with the *process's* local getters (so the output would depend on the
 * machine's TZ), while a Day.js-like value is asked for `.tz(zone).format(...)`. The app has no
 * Day.js in the Node runtime, so this is the smallest value of that documented shape
 * (`ICalDayJsStub`): it only knows the tokens ical-generator uses (YYYY MM DD HH mm ss).
 */
export function zonedInstant(iso: string, zone: string | null = null): ICalDayJsStub {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new Error(`not an instant: ${iso}`);
  const fields: WallClock = zone ? wallClock(instant, zone) : wallClock(instant, 'UTC');
  return {
    format: (pattern = 'YYYY-MM-DDTHH:mm:ss') => pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => fields[token as keyof WallClock]),
    isValid: () => true,
    toDate: () => new Date(instant),
    toJSON: () => instant.toISOString(),
    tz: (next?: string) => zonedInstant(iso, next ?? zone),
    utc: () => zonedInstant(iso, null),
  };
}
