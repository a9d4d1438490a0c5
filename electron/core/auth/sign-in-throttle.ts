import { setTimeout as sleepMs } from 'node:timers/promises';
import type { Core } from '../core';

/**
 * Slows down guessing without locking anyone out: the first FREE_FAILURES wrong passwords for an
 * operator answer at scrypt speed (~0.1 s); after that each further failure waits 1 s, 2 s, 4 s …
 * up to 30 s before answering. A lockout (refusing even the right password for a while) was
 * rejected: on a shared workstation it would let any colleague lock the administrator out.
 * Counted per operator in memory for the life of the core (the app or browser-mode server); a
 * successful sign-in resets the count. The CLI pays a process start and a scrypt per attempt.
 */

export const FREE_FAILURES = 3;
const MAX_DELAY_MS = 30_000;
/** Distinct ids remembered at most (a flood of made-up ids must not grow memory without bound). */
const MAX_TRACKED = 1000;

const failures = new WeakMap<Core, Map<string, number>>();

export function failureDelayMs(consecutiveFailures: number): number {
  if (consecutiveFailures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (consecutiveFailures - FREE_FAILURES - 1));
}

/** Records a failure and returns how long to wait before answering it. */
export function noteFailure(core: Core, operatorId: string): number {
  let map = failures.get(core);
  if (!map) failures.set(core, (map = new Map()));
  if (map.size >= MAX_TRACKED && !map.has(operatorId)) map.clear();
  const count = (map.get(operatorId) ?? 0) + 1;
  map.set(operatorId, count);
  return failureDelayMs(count);
}

export function clearFailures(core: Core, operatorId: string): void {
  failures.get(core)?.delete(operatorId);
}

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = async (ms) => {
  if (ms > 0) await sleepMs(ms);
};
