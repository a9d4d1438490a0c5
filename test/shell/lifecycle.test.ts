import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../electron/contract/names';
import type { Core } from '../../electron/core/core';
import { databaseFileIn, defaultDataDir } from '../../electron/core/paths';
import { builtLayout } from '../../electron/main/paths';
import { startShell } from '../../electron/main/lifecycle';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** The real core, with close() counted: the one thing the quit path must do exactly once. */
const opened = vi.hoisted(() => [] as { core: Core; closes: number }[]);
vi.mock('../../electron/core/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/core/core')>();
  return {
    ...real,
    openCore: async (options: Parameters<typeof real.openCore>[0]) => {
      const core = await real.openCore(options);
      const record = { core, closes: 0 };
      opened.push(record);
      return {
        ...core,
        close() {
          record.closes += 1;
          core.close();
        },
      };
    },
  };
});

const trusted = { senderFrame: { parent: null, url: 'app://adr/index.html' } };
let configHome: string;
let dataDir: string;
const savedEnv = { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, APPDATA: process.env.APPDATA };

beforeEach(() => {
  fake.resetFakeElectron();
  opened.length = 0;
  configHome = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-shell-'));
  // defaultDataDir() reads these (Linux and Windows), so the app's data lands in the temp folder.
  process.env.XDG_CONFIG_HOME = configHome;
  process.env.APPDATA = configHome;
  dataDir = defaultDataDir();
});

afterEach(() => {
  for (const { core } of opened) core.close();
  process.env.XDG_CONFIG_HOME = savedEnv.XDG_CONFIG_HOME;
  process.env.APPDATA = savedEnv.APPDATA;
  if (savedEnv.XDG_CONFIG_HOME === undefined) delete process.env.XDG_CONFIG_HOME;
  if (savedEnv.APPDATA === undefined) delete process.env.APPDATA;
  fs.rmSync(configHome, { recursive: true, force: true });
});

async function launch(): Promise<void> {
  const shell = startShell();
  fake.app.emitReady();
  await shell.ready;
}

function mainWindow(): fake.FakeBrowserWindow {
  expect(fake.BrowserWindow.windows).toHaveLength(1);
  return fake.BrowserWindow.windows[0]!;
}

function menuItem(path: string[]): MenuItemConstructorOptions {
  let items = fake.Menu.applicationMenu?.template as MenuItemConstructorOptions[];
  let item: MenuItemConstructorOptions | undefined;
  for (const label of path) {
    item = items.find((i) => i.label === label);
    expect(item, label).toBeDefined();
    items = item!.submenu as MenuItemConstructorOptions[];
  }
  return item!;
}

describe('start-up', () => {
  it('registers the scheme, enables the sandbox and pins userData before ready, then takes the lock', () => {
    startShell();
    expect(fake.app.calls).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'setPath:userData',
      'requestSingleInstanceLock',
    ]);
    expect(fake.app.getPath('userData')).toBe(dataDir);
    expect(dataDir).toBe(path.join(configHome, 'ADR Desk'));
  });

  it('opens the database in the shared data folder and a hardened window on app://adr', async () => {
    await launch();
    expect(fs.existsSync(databaseFileIn(dataDir))).toBe(true);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.core.mode).toBe('electron');
    expect(opened[0]!.core.appVersion).toBe('1.2.3');
    expect(fake.protocol.handlers.has('app')).toBe(true);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());

    const window = mainWindow();
    expect(window.loadedUrl).toBe('app://adr/index.html');
    expect(window.options.webPreferences?.preload).toBe(builtLayout().preloadPath);
    // Hardened through 'web-contents-created', before the page loaded.
    expect(window.webContents.openWindow('https://example.com')).toEqual({ action: 'deny' });
    expect(window.webContents.emitNavigation('will-navigate', 'https://example.com').defaultPrevented).toBe(true);
    const callback = vi.fn();
    fake.session.defaultSession.permissionRequestHandler?.(window.webContents, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    // Exports are saved through Electron's save dialog, started in Documents.
    expect(fake.session.defaultSession.listenerCount('will-download')).toBe(1);
  });

  it('tells every window that data changed after a write over IPC', async () => {
    await launch();
    const result = await fake.ipcMain.invoke('setup.complete', trusted, {
      centerName: '秦皇岛市行政争议化解中心',
      level: 'city',
      courtName: '秦皇岛市中级人民法院',
      operatorName: '张协调',
      operatorRole: 'administrator',
    });
    expect(result).toMatchObject({ ok: true });
    expect(mainWindow().webContents.sent).toContainEqual({ channel: 'data.changed', args: [{ channel: 'setup.complete' }] });
  });

  it('refuses to start on a database from a newer app, with a bilingual message and no window', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    const sqlite = new Database(databaseFileIn(dataDir));
    sqlite.pragma('user_version = 9999');
    sqlite.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

    await launch();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(fake.dialog.errorBoxes).toHaveLength(1);
    const { title, content } = fake.dialog.errorBoxes[0]!;
    expect(title).toContain('无法打开数据库');
    expect(content).toContain('更新版本');
    expect(content).toContain('newer ADR Desk');
    expect(content).toContain('9999');
    expect(fake.app.quitCount).toBe(1);
    expect(fake.BrowserWindow.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.app.lockAvailable = false;
    await launch();
    expect(fake.app.quitCount).toBe(1);
    expect(opened).toHaveLength(0);
    expect(fake.BrowserWindow.windows).toHaveLength(0);
  });

  it('brings its window forward when a second instance starts', async () => {
    await launch();
    const window = mainWindow();
    window.minimized = true;
    fake.app.emit('second-instance', fake.fakeEvent(), [], '/', {});
    expect(window.minimized).toBe(false);
    expect(fake.BrowserWindow.getFocusedWindow()).toBe(window);
  });
});

describe('menu', () => {
  it('sends the navigate command from the Go menu to the window', async () => {
    await launch();
    (menuItem(['前往', '案件']).click as () => void)();
    expect(mainWindow().webContents.sent).toContainEqual({
      channel: 'menu.command',
      args: [{ command: 'navigate', target: '/cases' }],
    });
  });

  it('switches to English, tells the page, and remembers it for the next start', async () => {
    await launch();
    (menuItem(['语言', 'English']).click as () => void)();
    expect(menuItem(['Go', 'Cases']).label).toBe('Cases');
    expect(mainWindow().webContents.sent).toContainEqual({
      channel: 'menu.command',
      args: [{ command: 'language', target: 'en' }],
    });
    fake.app.emit('will-quit', fake.fakeEvent());

    fake.resetFakeElectron();
    await launch();
    expect(fake.Menu.applicationMenu?.template.map((i: MenuItemConstructorOptions) => i.label)).toContain('File');
  });
});

describe('shutdown', () => {
  it('closes the database exactly once however often quit is signalled', async () => {
    await launch();
    const window = mainWindow();
    window.close();
    fake.app.emit('window-all-closed');
    if (process.platform !== 'darwin') expect(fake.app.quitCount).toBe(1);
    expect(opened[0]!.closes).toBe(0);
    fake.app.emit('will-quit', fake.fakeEvent());
    fake.app.emit('will-quit', fake.fakeEvent());
    expect(opened[0]!.closes).toBe(1);
    expect(opened[0]!.core.sqlite.open).toBe(false);
  });

  it('saves the window bounds on close for the next start', async () => {
    await launch();
    const window = mainWindow();
    window.setBounds({ x: 200, y: 150, width: 1400, height: 900 });
    window.close();
    fake.app.emit('will-quit', fake.fakeEvent());

    fake.resetFakeElectron();
    await launch();
    expect(mainWindow().options).toMatchObject({ x: 200, y: 150, width: 1400, height: 900 });
  });
});

describe('built layout', () => {
  it('finds the page and the preload next to out/main', () => {
    const layout = builtLayout(path.join('/app', 'out', 'main'));
    expect(layout.rendererDir).toBe(path.join('/app', 'out', 'renderer'));
    expect(layout.preloadPath).toBe(path.join('/app', 'out', 'preload', 'index.cjs'));
  });
});
