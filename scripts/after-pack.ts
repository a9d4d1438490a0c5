/**
 * electron-builder `afterPack` hook (electron-builder.yml → afterPack): flips Electron's fuses in
 * the packaged binary. Fuses are bits compiled into the Electron executable; flipping them here,
 * after the app is in place and before electron-builder signs it, switches off the ways a local
 * user or malware could run the installed app as something else: a plain Node (ELECTRON_RUN_AS_NODE),
 * a debug target (--inspect), a host for injected code (NODE_OPTIONS=--require …), or a loader for
 * an app folder dropped next to app.asar.
 *
 * Why a hook rather than electron-builder's own `electronFuses` option: that option goes through
 * the @electron/fuses 1.x bundled with app-builder-lib; the hook uses the @electron/fuses 2 we pin
 * in package.json and test (test/shell/fuses.test.ts), on the very same step electron-builder uses.
 *
 * Run by Node 24 directly (type stripping), so: erasable TypeScript only, no imports of repo files.
 */
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

/** The subset of electron-builder's AfterPackContext the hook reads (tests pass a plain object). */
export interface PackedApp {
  appOutDir: AfterPackContext['appOutDir'];
  electronPlatformName: AfterPackContext['electronPlatformName'];
  /** builder-util's Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4. */
  arch: number;
  packager: {
    appInfo: { productFilename: string };
    /** Linux only (LinuxPackager); the executable's file name there. */
    executableName?: string;
  };
}

export type FlipFuses = (pathToElectron: string, config: FuseV1Config) => Promise<number>;

const ARCH_ARM64 = 3;

/**
 * Our fuse settings. The six below are the ones the app relies on; the others keep Electron's
 * defaults (not `strictlyRequireAllFuses`, which would fail packaging the day an Electron upgrade
 * adds a fuse — the upgrade's review decides on new fuses instead).
 */
export function fuseConfig(app: Pick<PackedApp, 'electronPlatformName' | 'arch'>): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Flipping fuses edits the binary and so breaks the ad-hoc signature every arm64 macOS binary
    // must carry; re-sign it ad hoc (a real signature, if any, is applied after this hook).
    resetAdHocDarwinSignature: app.electronPlatformName === 'darwin' && app.arch === ARCH_ARM64,
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node interpreter.
    [FuseV1Options.RunAsNode]: false,
    // Cookies on disk encrypted with the OS key store (DPAPI, Keychain, libsecret).
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS (e.g. --require evil.js) and --inspect would let anyone at the workstation run
    // code inside the main process, which holds the database and the court signing key.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Windows and macOS check app.asar against the hash electron-builder embeds (needs asar: true
    // and no disableAsarIntegrity in electron-builder.yml); Linux ignores this fuse.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Only resources/app.asar is loaded, never a resources/app folder placed beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  };
}

/** The packaged Electron executable, named as electron-builder names it for each platform. */
export function electronBinaryPath(app: PackedApp): string {
  switch (app.electronPlatformName) {
    case 'darwin':
    case 'mas':
      // @electron/fuses finds the framework binary inside the bundle itself.
      return path.join(app.appOutDir, `${app.packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(app.appOutDir, `${app.packager.appInfo.productFilename}.exe`);
    case 'linux': {
      const name = app.packager.executableName;
      if (!name) throw new Error('after-pack: the Linux packager has no executableName');
      return path.join(app.appOutDir, name);
    }
    default:
      throw new Error(`after-pack: no fuse rule for platform ${app.electronPlatformName}`);
  }
}

/** Flips the fuses; `flip` is passed in so the tests can check the exact call. */
export async function flipAppFuses(app: PackedApp, flip: FlipFuses = flipFuses): Promise<void> {
  const binary = electronBinaryPath(app);
  const slices = await flip(binary, fuseConfig(app));
  // A universal macOS binary has two slices; anything else has one. Zero means nothing was set.
  if (slices < 1) throw new Error(`after-pack: no fuse wire found in ${binary}`);
  console.log(`  • fuses flipped  ${binary}`);
}

export default async function afterPack(context: AfterPackContext): Promise<void> {
  await flipAppFuses(context);
}
