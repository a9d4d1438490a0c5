/**
 * Time is passed into the core rather than read from `Date.now()` inside services, so tests can
 * pin "today" (legal clocks and audit timestamps depend on it).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** UTC ISO-8601 with milliseconds, the one timestamp format stored in the database. */
export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}

/** A clock frozen at `iso`, advanced by hand; for tests and deterministic demo data. */
export function fixedClock(iso: string): Clock & { advance(ms: number): void } {
  let t = new Date(iso).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}
