import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannelName, isEventName, type ChannelName, type EventName } from '../contract/names';
import type { Result } from '../contract/result';
import type { AdrBridge } from '../contract/bridge';

/**
 * The page's only door to the app. `invoke` and `on` accept contract names only; ipcRenderer
 * itself never crosses the bridge (a page holding it could send on any channel). Payload
 * validation happens in main, where the page cannot tamper with it.
 */
const bridge = {
  platform: process.platform,
  invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>> {
    if (!isChannelName(channel)) {
      return Promise.reject(new Error(`Unknown channel: ${String(channel)}`));
    }
    return ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>;
  },
  on(event: EventName, listener: (payload: unknown) => void): () => void {
    if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
} satisfies AdrBridge;

contextBridge.exposeInMainWorld('adr', bridge);
