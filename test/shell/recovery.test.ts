import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../electron/core/core';
import { databaseFileIn, defaultDataDir } from '../../electron/core/paths';
import { newSession } from '../../electron/core/session';
import { completeSetup } from '../../electron/core/services/setup';
import { putSetting } from '../../electron/core/services/settings';
import { backupsDirOf, listBackups } from '../../electron/core/backup/backup-files';
import { takeBackup } from '../../electron/core/backup/take-backup';
import { SYSTEM_ACTOR } from '../../electron/core/audit/audit-log';
import { startShell } from '../../electron/main/lifecycle';
import { corruptMiddle } from '../core/backup/corruption';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let configHome: string;
let dataDir: string;
const savedEnv = { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, APPDATA: process.env.APPDATA };

beforeEach(() => {
  fake.resetFakeElectron();
  configHome = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-shell-recovery-'));
  process.env.XDG_CONFIG_HOME = configHome;
  process.env.APPDATA = configHome;
  dataDir = defaultDataDir();
});

afterEach(async () => {
  fake.app.emit('will-quit', fake.fakeEvent());
  await vi.waitFor(() => expect(fake.app.quitCount).toBeGreaterThan(0));
  vi.restoreAllMocks();
  process.env.XDG_CONFIG_HOME = savedEnv.XDG_CONFIG_HOME;
  process.env.APPDATA = savedEnv.APPDATA;
  if (savedEnv.XDG_CONFIG_HOME === undefined) delete process.env.XDG_CONFIG_HOME;
  if (savedEnv.APPDATA === undefined) delete process.env.APPDATA;
  fs.rmSync(configHome, { recursive: true, force: true });
});

/** A set-up database in the app's data folder, with a backup of it (center name '备份时') and a later change. */
async function setUpDataFolder(options: { backup: boolean }): Promise<void> {
  const core = await openCore({ databaseFile: databaseFileIn(dataDir), dataDir, appVersion: '0', mode: 'test' });
  completeSetup(core, newSession(), { centerName: '秦皇岛市行政争议化解中心', level: 'city', courtName: '秦皇岛市中级人民法院', operatorName: '张协调', operatorRole: 'administrator' });
  core.sqlite.transaction(() => {
    for (let n = 0; n < 300; n += 1) putSetting(core, `filler.${n}`, 'z'.repeat(1500));
    putSetting(core, 'center.name', '备份时');
  })();
  if (options.backup) await takeBackup(core, SYSTEM_ACTOR, { kind: 'manual' });
  core.sqlite.transaction(() => putSetting(core, 'center.name', '备份之后'))();
  core.close();
}

async function launch(): Promise<void> {
  const shell = startShell();
  fake.app.emitReady();
  await shell.ready;
}

function centerName(): string {
  const sqlite = new Database(databaseFileIn(dataDir), { readonly: true });
  try {
    return JSON.parse(sqlite.prepare("SELECT value FROM settings WHERE key = 'center.name'").pluck().get() as string) as string;
  } finally {
    sqlite.close();
  }
}

/** Answers the next message boxes in turn (recording their options as the fake does). */
function answerMessageBoxes(...responses: number[]): void {
  const spy = vi.spyOn(fake.dialog, 'showMessageBox');
  for (const response of responses) {
    spy.mockImplementationOnce((options: unknown) => {
      fake.dialog.messageBoxes.push(options);
      return Promise.resolve({ response, checkboxChecked: false });
    });
  }
}

type Box = { type: string; title: string; message: string; detail?: string; buttons: string[]; cancelId?: number };

describe('automatic backups in the app', () => {
  it('takes the daily backup at the first start of the day, before the window opens, and not again at a second start', async () => {
    await setUpDataFolder({ backup: false });
    await launch();
    expect(fake.BrowserWindow.windows).toHaveLength(1);
    expect(listBackups(backupsDirOf(dataDir)).map((f) => f.kind)).toEqual(['daily']);
    fake.app.emit('will-quit', fake.fakeEvent());
    await vi.waitFor(() => expect(fake.app.quitCount).toBe(1));

    fake.resetFakeElectron();
    await launch();
    // The quit backup of the first run counts as today's (rotation kept it, the newest of the
    // day, in place of the morning's daily), so the second start takes no daily.
    expect(listBackups(backupsDirOf(dataDir)).map((f) => f.kind)).toEqual(['quit']);
  });

  it('holds the quit for the quit backup, then closes the database and quits again', async () => {
    await setUpDataFolder({ backup: false });
    await launch();
    const event = fake.fakeEvent();
    fake.app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.app.quitCount).toBe(1));
    const quit = listBackups(backupsDirOf(dataDir)).filter((f) => f.kind === 'quit');
    expect(quit).toHaveLength(1);
    // The second will-quit (from app.quit()) goes through.
    const again = fake.fakeEvent();
    fake.app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(false);
    const sqlite = new Database(quit[0]!.file, { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });
});

describe('a damaged database at start-up', () => {
  it('offers the latest good backup in a native dialog, restores it, keeps the damaged file and opens the window', async () => {
    await setUpDataFolder({ backup: true });
    corruptMiddle(databaseFileIn(dataDir));
    answerMessageBoxes(0, 0);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await launch();
    const [ask, done] = fake.dialog.messageBoxes as Box[];
    expect(ask!.type).toBe('error');
    expect(ask!.buttons).toEqual(['恢复最近的完好备份 / Restore the latest good backup', '选择其他备份文件… / Choose another backup file…', '退出 / Quit']);
    expect(ask!.cancelId).toBe(2);
    expect(ask!.detail).toContain('manual-');
    expect(ask!.detail).toContain('quick_check');
    expect(done!.title).toContain('已从备份恢复');
    expect(fake.BrowserWindow.windows).toHaveLength(1);
    expect(centerName()).toBe('备份时');
    expect(listBackups(backupsDirOf(dataDir)).map((f) => f.kind)).toContain('damaged');
    const sqlite = new Database(databaseFileIn(dataDir), { readonly: true });
    expect(sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'database.restore'").pluck().get()).toBe(1);
    sqlite.close();
  });

  it('explains a chosen file that is not a usable backup, asks again, and quits without a window when told to', async () => {
    await setUpDataFolder({ backup: true });
    corruptMiddle(databaseFileIn(dataDir));
    const junk = path.join(configHome, 'not-a-backup.sqlite3');
    fs.writeFileSync(junk, 'hello');
    fake.dialog.openDialogResult = { canceled: false, filePaths: [junk] };
    answerMessageBoxes(1, 0, 2); // choose a file → (warning) OK → quit
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await launch();
    const boxes = fake.dialog.messageBoxes as Box[];
    expect(boxes).toHaveLength(3);
    expect(boxes[1]!.title).toContain('无法使用该备份');
    expect(boxes[1]!.message).toContain('cannot be restored');
    expect(fake.dialog.openDialogs[0]!.options).toMatchObject({ properties: ['openFile'], defaultPath: backupsDirOf(dataDir) });
    expect(fake.BrowserWindow.windows).toHaveLength(0);
    expect(fake.app.quitCount).toBe(1);
    // Nothing was moved: the damaged database is still where it was.
    expect(listBackups(backupsDirOf(dataDir)).map((f) => f.kind)).not.toContain('damaged');
  });
});

describe('a damaged database with no usable backup', () => {
  it('offers only another file or quit, and says the backups folder holds no usable backup', async () => {
    await setUpDataFolder({ backup: false });
    corruptMiddle(databaseFileIn(dataDir));
    answerMessageBoxes(1);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await launch();
    const [ask] = fake.dialog.messageBoxes as Box[];
    expect(ask!.buttons).toEqual(['选择其他备份文件… / Choose another backup file…', '退出 / Quit']);
    expect(ask!.detail).toContain('没有可用的备份');
    expect(ask!.detail).toContain('no usable backup');
    expect(fake.BrowserWindow.windows).toHaveLength(0);
    expect(fake.app.quitCount).toBe(1);
  });
});

describe('restore from Settings in the running app', () => {
  it('restores a listed backup over IPC into the open database and tells the window that data changed', async () => {
    await setUpDataFolder({ backup: true });
    await launch();
    const trusted = { senderFrame: { parent: null, url: 'app://adr/index.html' } };
    const status = (await fake.ipcMain.invoke('backup.status', trusted, {})) as { ok: boolean; value: { backups: { fileName: string; kind: string }[]; canChooseFolder: boolean } };
    expect(status.ok).toBe(true);
    expect(status.value.canChooseFolder).toBe(true);
    const manual = status.value.backups.find((b) => b.kind === 'manual')!;
    const restored = await fake.ipcMain.invoke('backup.restore', trusted, { fileName: manual.fileName });
    expect(restored).toMatchObject({ ok: true, value: { keptAside: [expect.stringContaining('before-restore-')] } });
    expect(centerName()).toBe('备份时');
    expect(fake.BrowserWindow.windows[0]!.webContents.sent).toContainEqual({ channel: 'data.changed', args: [{ channel: 'backup.restore' }] });
  });
});
