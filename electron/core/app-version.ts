import fs from 'node:fs';
import path from 'node:path';

/**
 * The version from package.json, for the CLI and browser mode (Electron has app.getVersion()).
 * Walks up from `fromDir` because the built files live one or two folders below the root.
 */
export function readAppVersion(fromDir: string): string {
  let dir = fromDir;
  for (let i = 0; i < 5; i += 1) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'adr-desk' && pkg.version) return pkg.version;
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}
