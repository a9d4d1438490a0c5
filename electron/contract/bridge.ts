import type { ChannelName, EventName } from './names';
import type { Result } from './result';

/**
 * How the page reaches the core. Three implementations, chosen once at start-up:
 * Electron IPC (window.adr from the preload), the browser-mode HTTP bridge, and an in-process
 * transport for component tests. Components never see it: stores call the typed client.
 */
export interface Transport {
  invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to a contract event; returns the unsubscribe function. */
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** The object the preload exposes as `window.adr`. */
export interface AdrBridge extends Transport {
  readonly platform: string;
}
