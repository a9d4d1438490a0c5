import type { Rectangle } from 'electron';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export interface DisplayLike {
  workArea: Rectangle;
}

/** At least this much of the window must lie on one display, or the saved bounds are dropped. */
const MIN_VISIBLE_WIDTH = 200;
const MIN_VISIBLE_HEIGHT = 100;

function isFiniteInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function parseWindowState(raw: unknown): WindowState | null {
  if (!raw || typeof raw !== 'object') return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (!bounds || typeof bounds !== 'object') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isFiniteInt(x) || !isFiniteInt(y) || !isFiniteInt(width) || !isFiniteInt(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return {
    bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) },
    maximized: maximized === true,
  };
}

/**
 * A window is reachable on a display when a good part of it overlaps the display's work area and
 * its title bar is not above the top of that area (else it could not be dragged back).
 */
export function isOnSomeDisplay(bounds: Rectangle, displays: readonly DisplayLike[]): boolean {
  return displays.some(({ workArea }) => {
    const left = Math.max(bounds.x, workArea.x);
    const right = Math.min(bounds.x + bounds.width, workArea.x + workArea.width);
    const top = Math.max(bounds.y, workArea.y);
    const bottom = Math.min(bounds.y + bounds.height, workArea.y + workArea.height);
    const visibleWidth = right - left;
    const visibleHeight = bottom - top;
    return (
      visibleWidth >= Math.min(MIN_VISIBLE_WIDTH, bounds.width) &&
      visibleHeight >= Math.min(MIN_VISIBLE_HEIGHT, bounds.height) &&
      bounds.y >= workArea.y
    );
  });
}

/**
 * The saved state, or null when there is none, it is corrupt, or it belongs to a monitor that is
 * no longer connected (the window then opens centred on the primary display).
 */
export function loadWindowState(file: string, displays: readonly DisplayLike[]): WindowState | null {
  const state = parseWindowState(readJsonFile(file));
  if (!state || !isOnSomeDisplay(state.bounds, displays)) return null;
  return state;
}

/** What trackWindowState reads from a BrowserWindow. */
export interface TrackedWindow {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'maximize', listener: () => void): unknown;
  on(event: 'unmaximize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  isDestroyed(): boolean;
  isMaximized(): boolean;
  getNormalBounds(): Rectangle;
}

/**
 * Saves bounds and the maximized flag as the window changes: debounced while the user drags
 * (resize and move fire many times a second), flushed at once on close. getNormalBounds() is
 * the restored size, so a maximized window reopens maximized and un-maximizes to the right place.
 */
export function trackWindowState(window: TrackedWindow, file: string, delayMs = 500): { flush(): void } {
  let timer: NodeJS.Timeout | null = null;

  function save(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeJsonFileAtomic(file, state);
    } catch (error) {
      console.error('[adr] could not save the window state', error);
    }
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  }

  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', save);
  return { flush: save };
}
