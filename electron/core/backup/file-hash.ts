import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** SHA-256 and size of a file on disk, read in chunks (a database may be large). */
export function fileSha256(file: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let bytes = 0;
  try {
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      bytes += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes };
}
