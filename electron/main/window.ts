import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './window-state';

export const WINDOW_TITLE = '行政争议化解工作台';
export const MIN_WIDTH = 1280;
export const MIN_HEIGHT = 720;

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  /** Restored bounds (already checked to be on a display), or null for the default size. */
  state: WindowState | null;
  /** The primary display's work area; the default size shrinks to fit it (1366×768 laptops). */
  workAreaSize?: { width: number; height: number };
}

const DEFAULT_WIDTH = 1440;
const DEFAULT_HEIGHT = 900;

/**
 * The page gets no Node and no Electron: context isolation and the renderer sandbox on, the only
 * bridge is the preload's window.adr. Both flags are Electron's defaults today; stating them
 * keeps a future default change, or a copied template, from quietly weakening them.
 */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  const bounds = options.state?.bounds;
  const fit = options.workAreaSize ?? { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT };
  return {
    title: WINDOW_TITLE,
    width: Math.max(bounds?.width ?? Math.min(DEFAULT_WIDTH, fit.width), MIN_WIDTH),
    height: Math.max(bounds?.height ?? Math.min(DEFAULT_HEIGHT, fit.height), MIN_HEIGHT),
    ...(bounds ? { x: bounds.x, y: bounds.y } : { center: true }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/**
 * Creates the main window hidden and shows it once the first paint is ready (no white flash).
 * The window keeps its Chinese title rather than the document's.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  // Electronegativity cannot see through mainWindowOptions() (contextIsolation and sandbox are true there,
  // test/shell/window.test.ts); middle-click new windows are denied by security.ts's window-open handler.
  const window = new BrowserWindow(mainWindowOptions(options)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.on('page-title-updated', function keepWindowTitle(event) {
    event.preventDefault();
  });
  window.once('ready-to-show', function showWhenPainted() {
    if (options.state?.maximized) window.maximize();
    window.show();
  });
  window.loadURL(options.startUrl).catch((error: unknown) => {
    console.error(`[adr] could not load ${options.startUrl}`, error);
  });
  return window;
}
