import type { Transport } from './transport';
import { webToken, webTransport } from './web-transport';

/** Chosen once at start-up: the preload's bridge in Electron, else the browser-mode bridge. */
export function pickTransport(win: Window): Transport {
  if (win.adr) return win.adr;
  const token = webToken(win.document);
  if (token) return webTransport(token);
  throw new Error('No transport: not running in Electron and no browser-mode token in the page');
}
