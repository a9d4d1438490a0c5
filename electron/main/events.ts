import { BrowserWindow } from 'electron';
import type { EventPayload } from '../contract/channels';
import type { EventName } from '../contract/names';

/** The slice of a BrowserWindow an event needs; lets callers pass whichever window they hold. */
export interface EventReceiver {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, ...args: unknown[]): void; isDestroyed(): boolean };
}

/** Sends a contract event to one window, skipping one that is already closing. */
export function sendEvent<E extends EventName>(target: EventReceiver | null | undefined, event: E, payload: EventPayload<E>): void {
  if (!target || target.isDestroyed() || target.webContents.isDestroyed()) return;
  target.webContents.send(event, payload);
}

/** Sends a contract event to every open window (e.g. data.changed after a write). */
export function broadcastEvent<E extends EventName>(event: E, payload: EventPayload<E>): void {
  for (const window of BrowserWindow.getAllWindows()) sendEvent(window, event, payload);
}
