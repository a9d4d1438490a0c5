import os from 'node:os';
import path from 'node:path';
import { DATABASE_FILE_NAME } from './db/database';

/** The product name; Electron's userData folder is `<appData>/<productName>`. */
export const APP_DIR_NAME = 'ADR Desk';

/**
 * The app's data folder, computed the way Electron computes `app.getPath('userData')`:
 * %APPDATA% on Windows, ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config on
 * Linux. Main sets userData to this very path, so the CLI and the app always agree.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  switch (platform) {
    case 'win32':
      return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_DIR_NAME);
  }
}

export function databaseFileIn(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}
