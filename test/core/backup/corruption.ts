import fs from 'node:fs';

/** Overwrites `pages` pages in the middle of a database file with garbage (a torn or overwritten disk). */
export function corruptMiddle(file: string, pages = 4, pageSize = 4096): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  const start = Math.floor(size / pageSize / 2) * pageSize;
  const garbage = Buffer.alloc(pages * pageSize);
  for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 131 + 7) & 0xff;
  fs.writeSync(fd, garbage, 0, garbage.length, start);
  fs.closeSync(fd);
}
