import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseV1Config } from '@electron/fuses';
import afterPack, { flipAppFuses, type PackedApp } from '../../scripts/after-pack';
import { tempDir } from '../core/helpers/core';

const ROOT = path.resolve(__dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const X64 = 1;
const ARM64 = 3;

/**
 * A stand-in for the Electron executable: some bytes, the fuse sentinel, then the wire as Electron
 * lays it out (version 1, length, one ASCII '0'/'1' per fuse) with Electron 45's defaults.
 */
function fakeElectronBinary(file: string): void {
  const defaults = '101100011'; // RunAsNode, cookies, NODE_OPTIONS, --inspect, asar integrity, asar only, v8 snapshot, file://, wasm traps
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), Buffer.from([1, defaults.length]), Buffer.from(defaults), Buffer.alloc(4096, 0x90)]),
  );
}

function packed(appOutDir: string, platform: string, arch = X64): PackedApp {
  return { appOutDir, electronPlatformName: platform, arch, packager: { appInfo: { productFilename: 'ADR Desk' }, executableName: 'adr-desk' } };
}

function recordingFlip(): { calls: [string, FuseV1Config][]; flip: (p: string, c: FuseV1Config) => Promise<number> } {
  const calls: [string, FuseV1Config][] = [];
  return { calls, flip: async (p, c) => (calls.push([p, c]), 1) };
}

describe('Electron fuses at packaging (electron-builder afterPack)', () => {
  it('passes exactly our six fuses to flipFuses, on the Linux executable, without an ad-hoc re-sign', async () => {
    const { calls, flip } = recordingFlip();
    await flipAppFuses(packed('/out/linux-unpacked', 'linux'), flip);
    expect(calls).toEqual([
      [
        path.join('/out/linux-unpacked', 'adr-desk'),
        {
          version: FuseVersion.V1,
          resetAdHocDarwinSignature: false,
          [FuseV1Options.RunAsNode]: false,
          [FuseV1Options.EnableCookieEncryption]: true,
          [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
          [FuseV1Options.EnableNodeCliInspectArguments]: false,
          [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
          [FuseV1Options.OnlyLoadAppFromAsar]: true,
        },
      ],
    ]);
  });

  it('targets the product-named .exe on Windows and the .app bundle on macOS, re-signing ad hoc only on arm64 macOS', async () => {
    const { calls, flip } = recordingFlip();
    await flipAppFuses(packed('/out/win-unpacked', 'win32'), flip);
    await flipAppFuses(packed('/out/mac', 'darwin', X64), flip);
    await flipAppFuses(packed('/out/mac-arm64', 'darwin', ARM64), flip);
    expect(calls.map(([p, c]) => [p, c.resetAdHocDarwinSignature])).toEqual([
      [path.join('/out/win-unpacked', 'ADR Desk.exe'), false],
      [path.join('/out/mac', 'ADR Desk.app'), false],
      [path.join('/out/mac-arm64', 'ADR Desk.app'), true],
    ]);
  });

  it('fails the packaging when no fuse wire was found, rather than shipping an unfused app', async () => {
    await expect(flipAppFuses(packed('/out', 'linux'), async () => 0)).rejects.toThrow(/no fuse wire/);
  });

  it('flips the real bytes: @electron/fuses on a fake binary with the sentinel reads back our settings', async () => {
    const dir = tempDir('adr-fuses-');
    const binary = path.join(dir, 'adr-desk');
    fakeElectronBinary(binary);
    await flipAppFuses(packed(dir, 'linux'));
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    // Fuses we do not set keep the binary's own values.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.WasmTrapHandlers]).toBe(FuseState.ENABLE);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is the afterPack hook electron-builder.yml names, with asar packaging on and asar integrity not disabled', async () => {
    // Top-level keys of electron-builder.yml (no YAML parser among our dependencies; the file keeps
    // these settings as plain `key: value` lines).
    const yml = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    const topLevel = (key: string) => yml.match(new RegExp(`^${key}:[ \\t]*(.*)$`, 'm'))?.[1]?.trim();
    const config = { afterPack: topLevel('afterPack') };
    expect(config.afterPack).toBe('./scripts/after-pack.ts');
    expect(topLevel('asar')).toBe('true');
    expect(topLevel('disableAsarIntegrity')).toBeUndefined();
    // electron-builder's own fuse option would flip them a second time with its bundled 1.x.
    expect(topLevel('electronFuses')).toBeUndefined();

    // Loaded the way electron-builder loads hooks (its own resolver, plain Node require/import, no
    // Vite), then run against a fake Windows output folder.
    const requireFromBuilder = createRequire(require.resolve('electron-builder'));
    const { resolveFunction } = requireFromBuilder('app-builder-lib/out/util/resolve') as {
      resolveFunction: (type: string, executor: unknown, name: string, root: string) => Promise<unknown>;
    };
    const cwd = process.cwd();
    process.chdir(ROOT);
    let hook: unknown;
    try {
      hook = await resolveFunction('module', config.afterPack, 'afterPack', ROOT);
    } finally {
      process.chdir(cwd);
    }
    expect(typeof hook).toBe('function');
    expect((hook as { name: string }).name).toBe(afterPack.name);

    const dir = tempDir('adr-fuses-win-');
    fakeElectronBinary(path.join(dir, 'ADR Desk.exe'));
    await (hook as (context: PackedApp) => Promise<void>)(packed(dir, 'win32'));
    const wire = await getCurrentFuseWire(path.join(dir, 'ADR Desk.exe'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
