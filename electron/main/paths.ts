import path from 'node:path';
import { defaultDataDir } from '../core/paths';

/**
 * Where the built pieces sit relative to this file once built to out/main/index.js (in the repo
 * and inside app.asar alike): out/renderer for the page, out/preload/index.cjs for the preload.
 */
export function builtLayout(mainDir: string = import.meta.dirname): { rendererDir: string; preloadPath: string } {
  const outDir = path.resolve(mainDir, '..');
  return {
    rendererDir: path.join(outDir, 'renderer'),
    preloadPath: path.join(outDir, 'preload', 'index.cjs'),
  };
}

interface PathSetter {
  setPath(name: string, value: string): void;
}

/**
 * Pins userData to the folder the CLI also uses (core/paths.ts computes it the way Electron
 * would), so `adr` and the app always open the same database. Must run before 'ready', and before
 * the single-instance lock, which lives in userData.
 */
export function useSharedDataDir(app: PathSetter, dataDir: string = defaultDataDir()): string {
  app.setPath('userData', dataDir);
  return dataDir;
}
