import type { AdrBridge } from '../../../electron/contract/bridge';

export type { Transport, AdrBridge } from '../../../electron/contract/bridge';

declare global {
  interface Window {
    /** Present only under Electron (exposed by the preload). */
    adr?: AdrBridge;
  }
}
