import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databaseFileIn, defaultDataDir } from '../../electron/core/paths';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { electronKeySealer } = await import('../../electron/main/key-sealer');
const { startShell } = await import('../../electron/main/lifecycle');

const PEM = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n';

describe('the key sealer from Electron safeStorage', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('seals through safeStorage as base64 text and unseals it again', () => {
    fake.app.emitReady();
    const sealer = electronKeySealer('linux');
    expect(sealer?.kind).toBe('safeStorage');
    const sealed = sealer!.seal(PEM);
    expect(sealed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain('PRIVATE KEY');
    // The bytes are what safeStorage.encryptString produced, so safeStorage alone can open them.
    expect(fake.safeStorage.decryptString(Buffer.from(sealed, 'base64'))).toBe(PEM);
    expect(sealer!.unseal(sealed)).toBe(PEM);
  });

  it('is absent before ready, when safeStorage cannot answer yet', () => {
    expect(electronKeySealer('linux')).toBeNull();
  });

  it('is absent when the OS offers no encryption', () => {
    fake.app.emitReady();
    fake.safeStorage.available = false;
    expect(electronKeySealer('linux')).toBeNull();
    expect(electronKeySealer('win32')).toBeNull();
  });

  it("is absent on Linux with the 'basic_text' backend (a hard-coded password protects nothing)", () => {
    fake.app.emitReady();
    fake.safeStorage.backend = 'basic_text';
    expect(fake.safeStorage.isEncryptionAvailable()).toBe(true);
    expect(electronKeySealer('linux')).toBeNull();
    for (const backend of ['kwallet5', 'gnome_libsecret'] as const) {
      fake.safeStorage.backend = backend;
      expect(electronKeySealer('linux')).not.toBeNull();
    }
  });

  it('asks for the backend only on Linux (the call is Linux-only)', () => {
    fake.app.emitReady();
    fake.safeStorage.backend = 'basic_text';
    const asked = vi.spyOn(fake.safeStorage, 'getSelectedStorageBackend');
    expect(electronKeySealer('darwin')).not.toBeNull();
    expect(electronKeySealer('win32')).not.toBeNull();
    expect(asked).not.toHaveBeenCalled();
    asked.mockRestore();
  });

  it("throws on unseal when the keychain cannot decrypt (another user's key)", () => {
    fake.app.emitReady();
    const sealer = electronKeySealer('linux')!;
    const sealed = sealer.seal(PEM);
    fake.safeStorage.decryptFails = true;
    expect(() => sealer.unseal(sealed)).toThrow(/decrypting/);
  });
});

describe('the app seals the signing key made at first-run setup', () => {
  const trusted = { senderFrame: { parent: null, url: 'app://adr/index.html' } };
  const setupInput = {
    centerName: '秦皇岛市行政争议化解中心',
    level: 'city',
    courtName: '秦皇岛市中级人民法院',
    operatorName: '张协调',
    operatorRole: 'administrator',
  };
  let configHome: string;
  const savedEnv = { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, APPDATA: process.env.APPDATA };

  beforeEach(() => {
    fake.resetFakeElectron();
    configHome = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-sealer-'));
    process.env.XDG_CONFIG_HOME = configHome;
    process.env.APPDATA = configHome;
  });
  afterEach(() => {
    fake.app.emit('will-quit', fake.fakeEvent());
    process.env.XDG_CONFIG_HOME = savedEnv.XDG_CONFIG_HOME;
    process.env.APPDATA = savedEnv.APPDATA;
    if (savedEnv.XDG_CONFIG_HOME === undefined) delete process.env.XDG_CONFIG_HOME;
    if (savedEnv.APPDATA === undefined) delete process.env.APPDATA;
    fs.rmSync(configHome, { recursive: true, force: true });
  });

  async function launchAndSetUp(): Promise<{ sealing: unknown; stored: { sealing: string; private_key_sealed: string } }> {
    const shell = startShell();
    fake.app.emitReady();
    await shell.ready;
    expect(await fake.ipcMain.invoke('setup.complete', trusted, setupInput)).toMatchObject({ ok: true });
    const info = (await fake.ipcMain.invoke('court.key', trusted)) as { ok: boolean; value: { sealing: string } };
    expect(info.ok).toBe(true);
    const db = new Database(databaseFileIn(defaultDataDir()), { readonly: true });
    try {
      const stored = db.prepare('SELECT sealing, private_key_sealed FROM signing_keys').get() as { sealing: string; private_key_sealed: string };
      return { sealing: info.value.sealing, stored };
    } finally {
      db.close();
    }
  }

  it('with a keychain: sealing safeStorage, no private PEM stored', async () => {
    const { sealing, stored } = await launchAndSetUp();
    expect(sealing).toBe('safeStorage');
    expect(stored.sealing).toBe('safeStorage');
    expect(stored.private_key_sealed).not.toContain('PRIVATE KEY');
  });

  it("with Linux's basic_text store: kept as plain PEM and reported as sealing none", async () => {
    fake.safeStorage.backend = 'basic_text';
    const { sealing, stored } = await launchAndSetUp();
    // Only meaningful on Linux, where the backend is consulted; elsewhere the keychain is used.
    const expected = process.platform === 'linux' ? 'none' : 'safeStorage';
    expect(sealing).toBe(expected);
    expect(stored.sealing).toBe(expected);
  });
});
