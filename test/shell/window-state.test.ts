import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isOnSomeDisplay,
  loadWindowState,
  parseWindowState,
  trackWindowState,
  type WindowState,
} from '../../electron/main/window-state';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let dir: string;
let file: string;

beforeEach(() => {
  fake.resetFakeElectron();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-window-state-'));
  file = path.join(dir, 'window-state.json');
});

afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

const laptop = fake.display(1, 0, 0, 1920, 1080);
const rightMonitor = fake.display(2, 1920, 0, 2560, 1440);

function save(state: WindowState): void {
  fs.writeFileSync(file, JSON.stringify(state));
}

describe('window state', () => {
  it('restores saved bounds that lie on a connected display', () => {
    const state = { bounds: { x: 2100, y: 80, width: 1600, height: 1000 }, maximized: true };
    save(state);
    expect(loadWindowState(file, [laptop, rightMonitor])).toEqual(state);
  });

  it('drops saved bounds when their display is no longer connected', () => {
    save({ bounds: { x: 2100, y: 80, width: 1600, height: 1000 }, maximized: false });
    expect(loadWindowState(file, [laptop])).toBeNull();
  });

  it('drops bounds whose title bar is above the screen or that barely touch it', () => {
    expect(isOnSomeDisplay({ x: 100, y: -300, width: 1400, height: 900 }, [laptop])).toBe(false);
    expect(isOnSomeDisplay({ x: 1900, y: 100, width: 1400, height: 900 }, [laptop])).toBe(false);
    expect(isOnSomeDisplay({ x: 1000, y: 100, width: 1400, height: 900 }, [laptop])).toBe(true);
  });

  it('ignores a missing or corrupt file', () => {
    expect(loadWindowState(file, [laptop])).toBeNull();
    fs.writeFileSync(file, '{"bounds": {"x": 1');
    expect(loadWindowState(file, [laptop])).toBeNull();
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: -5, height: 10 } })).toBeNull();
    expect(parseWindowState({ bounds: { x: 'a', y: 0, width: 5, height: 10 } })).toBeNull();
  });

  it('saves once after the user stops moving the window, and at once on close', () => {
    vi.useFakeTimers();
    const window = new fake.BrowserWindow({ x: 10, y: 20, width: 1300, height: 800 });
    const writes = vi.spyOn(fs, 'renameSync');
    trackWindowState(window, file, 500);
    window.setBounds({ x: 30, y: 40, width: 1300, height: 800 });
    window.setBounds({ x: 50, y: 60, width: 1400, height: 850 });
    expect(fs.existsSync(file)).toBe(false);
    vi.advanceTimersByTime(499);
    expect(fs.existsSync(file)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      bounds: { x: 50, y: 60, width: 1400, height: 850 },
      maximized: false,
    });

    window.maximize();
    window.close();
    expect(writes).toHaveBeenCalledTimes(2);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).maximized).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveBeenCalledTimes(2);
    // Written through a temp file and a rename: nothing else is left in the folder.
    expect(fs.readdirSync(dir)).toEqual(['window-state.json']);
    writes.mockRestore();
  });
});
