import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, MIN_HEIGHT, MIN_WIDTH, WINDOW_TITLE } from '../../electron/main/window';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => fake.resetFakeElectron());

function onlyWindow(): fake.FakeBrowserWindow {
  expect(fake.BrowserWindow.windows).toHaveLength(1);
  return fake.BrowserWindow.windows[0]!;
}

describe('main window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security, our preload', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', startUrl: 'app://adr/index.html', state: null });
    const prefs = onlyWindow().options.webPreferences ?? {};
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('loads the start URL and stays hidden until the first paint is ready', () => {
    createMainWindow({ preloadPath: '/p.cjs', startUrl: 'app://adr/index.html', state: null });
    const window = onlyWindow();
    expect(window.options.show).toBe(false);
    expect(window.loadedUrl).toBe('app://adr/index.html');
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
    expect(window.maximized).toBe(false);
  });

  it('has the Chinese title and a minimum size of 1280×720, and keeps the title over the page’s', () => {
    createMainWindow({ preloadPath: '/p.cjs', startUrl: 'app://adr/index.html', state: null });
    const window = onlyWindow();
    expect(window.options.title).toBe('行政争议化解工作台');
    expect(WINDOW_TITLE).toBe('行政争议化解工作台');
    expect([window.options.minWidth, window.options.minHeight]).toEqual([1280, 720]);
    expect([MIN_WIDTH, MIN_HEIGHT]).toEqual([1280, 720]);
    const event = fake.fakeEvent();
    window.emit('page-title-updated', event, 'ADR Desk');
    expect(event.defaultPrevented).toBe(true);
  });

  it('fits its first size to a small screen, but never below the minimum', () => {
    createMainWindow({
      preloadPath: '/p.cjs',
      startUrl: 'app://adr/index.html',
      state: null,
      workAreaSize: { width: 1366, height: 728 },
    });
    expect(onlyWindow().options).toMatchObject({ width: 1366, height: 728, center: true });
    fake.resetFakeElectron();
    createMainWindow({ preloadPath: '/p.cjs', startUrl: 'app://adr/index.html', state: null, workAreaSize: { width: 1024, height: 600 } });
    expect(onlyWindow().options).toMatchObject({ width: 1280, height: 720 });
  });

  it('opens at restored bounds, maximized again if it was', () => {
    createMainWindow({
      preloadPath: '/p.cjs',
      startUrl: 'app://adr/index.html',
      state: { bounds: { x: 50, y: 60, width: 1500, height: 950 }, maximized: true },
    });
    const window = onlyWindow();
    expect(window.options).toMatchObject({ x: 50, y: 60, width: 1500, height: 950 });
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
  });
});
