import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../errors';
import { networkLocation } from './network-drive';

/** statfs type of the folder or, before it exists, of its nearest existing parent. */
function fsTypeOf(dir: string): number | undefined {
  let current = path.resolve(dir);
  for (;;) {
    try {
      return fs.statfsSync(current).type;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return undefined;
      current = parent;
    }
  }
}

/** Refuses a data folder on a network drive with DB_NETWORK_DRIVE (see network-drive.ts). */
export function assertLocalDataDir(dir: string, platform: NodeJS.Platform = process.platform): void {
  const kind = networkLocation({ platform, dir, fsType: platform === 'linux' ? fsTypeOf(dir) : undefined });
  if (kind) throw new CoreError('DB_NETWORK_DRIVE', `Data folder ${dir} is on a network drive (${kind})`, { dir, kind });
}
