import { Inflate } from 'fflate';

/**
 * A guarded zip reader for packages from outside. It reads the central directory itself (fflate's
 * unzip does not expose the external attributes, where a symlink shows) and inflates one entry at
 * a time in small chunks, stopping as soon as the output passes the declared size or the limit —
 * so a zip bomb is refused after at most one chunk's worth of output, never inflated in full.
 * Nothing is written to disk.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  externalAttrs: number;
  localOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readCentralDirectory(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory record');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not accepted');
  if (cdOffset + cdSize > eocd) throw new ZipFormatError('central directory out of bounds');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError(`bad central directory entry ${n}`);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > eocd) throw new ZipFormatError(`bad central directory entry ${n}`);
    let name: string;
    try {
      name = decoder.decode(zip.subarray(p + 46, p + 46 + nameLength));
    } catch {
      throw new ZipFormatError(`entry ${n} has a name that is not UTF-8`);
    }
    entries.push({
      name,
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      externalAttrs: view.getUint32(p + 38, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Thrown when an entry inflates past its declared size or the limit (the bomb case). */
export class OversizeError extends Error {}

const CHUNK = 16 * 1024;

/** The entry's bytes, inflating at most `limit` bytes (and never more than its declared size). */
export function readEntry(zip: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw new ZipFormatError(`data of ${entry.name} out of bounds`);
  const raw = zip.subarray(start, end);
  const cap = Math.min(limit, entry.size);
  if (entry.method === 0) {
    if (raw.length > cap) throw new OversizeError(entry.name);
    return raw.slice();
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  const out = new Uint8Array(cap);
  let filled = 0;
  const inflate = new Inflate((chunk) => {
    if (filled + chunk.length > cap) throw new OversizeError(entry.name);
    out.set(chunk, filled);
    filled += chunk.length;
  });
  for (let i = 0; i < raw.length; i += CHUNK) inflate.push(raw.subarray(i, Math.min(raw.length, i + CHUNK)), i + CHUNK >= raw.length);
  if (raw.length === 0) inflate.push(new Uint8Array(0), true);
  if (filled !== entry.size) throw new ZipFormatError(`${entry.name} inflated to ${filled} bytes, declared ${entry.size}`);
  return out;
}
