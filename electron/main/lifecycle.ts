import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, screen, session } from 'electron';
import type { Core } from '../core/core';
import { newSession } from '../core/session';
import { handleDownloads } from './downloads';
import { electronPdfPrinter } from './pdf-printer';
import { electronKeySealer } from './key-sealer';
import { folderChooser } from './choose-folder';
import { showAbout } from './about';
import { START_URL } from './app-origin';
import { broadcastEvent, sendEvent } from './events';
import { registerIpc } from './ipc';
import { installMenu, type MenuActions, type MenuLanguage } from './menu';
import { openAppCore } from './open-core';
import { quitBackup, quitBackupDue } from '../core/backup/take-backup';
import { builtLayout, useSharedDataDir } from './paths';
import { loadMenuLanguage, saveMenuLanguage, SHELL_PREFERENCES_FILE } from './preferences';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession, installSecurity } from './security';
import { once } from './shutdown';
import { claimSingleInstance, revealWindow } from './single-instance';
import { createMainWindow } from './window';
import { loadWindowState, trackWindowState, WINDOW_STATE_FILE } from './window-state';

export const APP_USER_MODEL_ID = 'cn.gov.adr.desk';

export interface ShellHandle {
  /** Settles when start-up has finished: the window is open, or the app is quitting. */
  ready: Promise<void>;
}

function logError(message: string, error: unknown): void {
  console.error(`[adr] ${message}`, error);
}

/**
 * The app's life from launch to quit. Everything that must precede 'ready' runs synchronously
 * here: with an ES-module main, only code that runs before the first await is guaranteed to beat
 * the 'ready' event (Electron's ESM guide).
 */
export function startShell(): ShellHandle {
  registerAppScheme();
  app.enableSandbox(); // Every renderer sandboxed, even one created without our webPreferences.
  const dataDir = useSharedDataDir(app);

  let mainWindow: BrowserWindow | null = null;
  if (!claimSingleInstance(app, () => revealWindow(mainWindow))) {
    app.quit();
    return { ready: Promise.resolve() };
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  app.on('web-contents-created', function hardenNewContents(_event, contents) {
    installSecurity(contents, contents.session);
  });

  const appSession = newSession();
  const layout = builtLayout();
  const windowStateFile = path.join(dataDir, WINDOW_STATE_FILE);
  const preferencesFile = path.join(dataDir, SHELL_PREFERENCES_FILE);
  let core: Core | null = null;
  let closeCore: () => void = () => {};
  let language: MenuLanguage = loadMenuLanguage(preferencesFile);

  // The database closes after every window is gone, so no IPC call can land on a closed handle.
  // First the quit backup: it is asynchronous, so this quit is held (preventDefault, as Electron
  // documents for 'will-quit') and quit again once the backup is written.
  let quitBackupTaken = false;
  app.on('will-quit', (event) => {
    if (core && !quitBackupTaken && quitBackupDue(core)) {
      quitBackupTaken = true;
      event.preventDefault();
      void quitBackup(core)
        .catch((error: unknown) => logError('the quit backup failed', error))
        .finally(() => {
          closeCore();
          app.quit();
        });
      return;
    }
    closeCore();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  function targetWindow(): BrowserWindow | null {
    return BrowserWindow.getFocusedWindow() ?? mainWindow;
  }

  const menuActions: MenuActions = {
    navigate(target) {
      sendEvent(targetWindow(), 'menu.command', { command: 'navigate', target });
    },
    setLanguage(next) {
      language = next;
      saveMenuLanguage(preferencesFile, next);
      installMenu(language, menuActions, { devTools: !app.isPackaged });
      broadcastEvent('menu.command', { command: 'language', target: next });
    },
    about() {
      showAbout(language, targetWindow());
    },
  };

  function openMainWindow(): void {
    const state = loadWindowState(windowStateFile, screen.getAllDisplays());
    const window = createMainWindow({
      preloadPath: layout.preloadPath,
      startUrl: START_URL,
      state,
      workAreaSize: screen.getPrimaryDisplay().workAreaSize,
    });
    trackWindowState(window, windowStateFile);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  }

  async function onReady(): Promise<void> {
    hardenSession(session.defaultSession);
    handleDownloads(session.defaultSession, app.getPath('documents'), () => language);
    serveRenderer(layout.rendererDir);
    // safeStorage answers only after 'ready', which is why the sealer is made here.
    const keySealer = electronKeySealer();
    const opened = await openAppCore(dataDir, app.getVersion(), {
      printPdf: electronPdfPrinter(),
      chooseFolder: folderChooser(() => language),
      ...(keySealer ? { keySealer } : {}),
    });
    if (!opened) {
      app.quit();
      return;
    }
    core = opened;
    closeCore = once('closing the database', () => opened.close());
    registerIpc(ipcMain, opened, appSession, {
      onWrite: (channel) => broadcastEvent('data.changed', { channel }),
      onProgress: (progress) => broadcastEvent('job.progress', progress),
      log: logError,
    });
    installMenu(language, menuActions, { devTools: !app.isPackaged });
    openMainWindow();
  }

  const ready = app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      logError('start-up failed', error);
      dialog.showErrorBox('启动失败 / Start-up failed', error instanceof Error ? error.message : String(error));
      app.quit();
    });
  return { ready };
}
