import { useEffect } from 'react';

/** What counts as someone at the desk. */
const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * How often the idle time is compared with the wall clock. A check against Date.now() rather than
 * one long timer, so a machine waking from sleep locks at once instead of a timer's length later.
 */
export const IDLE_CHECK_MS = 1000;

/** At most this often, activity in the page is reported to the core (see useIdleLock). */
export const KEEP_ALIVE_MS = 60_000;

/**
 * Calls `onIdle` once `minutes` pass without mouse or keyboard activity (null: not watching).
 * The core locks the session by itself after the same time without calls, so while someone is
 * busy in the page without calling it (typing a long record), `onActive` tells it so — at most
 * once a minute, and only after activity.
 */
export function useIdleLock(minutes: number | null, onIdle: () => void, onActive: () => void): void {
  useEffect(() => {
    if (!minutes) return;
    let last = Date.now();
    let reported = last;
    const touch = () => {
      last = Date.now();
    };
    for (const event of ACTIVITY) window.addEventListener(event, touch, { capture: true, passive: true });
    const timer = setInterval(() => {
      const now = Date.now();
      if (now - last >= minutes * 60_000) {
        last = reported = now;
        onIdle();
      } else if (last > reported && now - reported >= KEEP_ALIVE_MS) {
        reported = now;
        onActive();
      }
    }, IDLE_CHECK_MS);
    return () => {
      clearInterval(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, touch, { capture: true });
    };
  }, [minutes, onIdle, onActive]);
}

/** Ctrl+L (⌘L on a Mac) locks the desk, as in the operator menu. */
export function useLockShortcut(enabled: boolean, onLock: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        onLock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, onLock]);
}
