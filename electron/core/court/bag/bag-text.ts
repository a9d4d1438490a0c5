import crypto from 'node:crypto';

/**
 * The text files of a bag (RFC 8493): manifests are "<sha256>  <path>" lines, bag-info is
 * "Label: value" lines. Paths in manifests percent-encode CR, LF and % (§2.1.3).
 */
export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const TAG_FILES = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt'] as const;
export const TAG_MANIFEST = 'tagmanifest-sha256.txt';
export const SIGNATURE_FILE = 'tagmanifest-sha256.txt.sig';
/** bag-info label carrying the signing key's fingerprint (inside the signed tag files). */
export const FINGERPRINT_LABEL = 'Signing-Key-Fingerprint';

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function decodeManifestPath(path: string): string {
  return path.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

export function manifestText(entries: { path: string; bytes: Uint8Array }[]): string {
  return entries.map((e) => `${sha256Hex(e.bytes)}  ${encodeManifestPath(e.path)}\n`).join('');
}

/** Lines that do not parse come back in `bad` so the verifier can name them. */
export function parseManifest(text: string): { entries: Map<string, string>; bad: string[]; duplicates: string[] } {
  const entries = new Map<string, string>();
  const bad: string[] = [];
  const duplicates: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const m = /^([0-9a-fA-F]{64})[ \t]+\*?(.+)$/.exec(line);
    if (!m?.[1] || !m[2]) {
      bad.push(line);
      continue;
    }
    const path = decodeManifestPath(m[2]);
    if (entries.has(path)) duplicates.push(path);
    entries.set(path, m[1].toLowerCase());
  }
  return { entries, bad, duplicates };
}

export type BagInfo = Record<string, string>;

export function bagInfoText(info: [string, string][]): string {
  return info.map(([label, value]) => `${label}: ${value.replace(/\r?\n/g, ' ')}\n`).join('');
}

/** Continuation lines (leading whitespace) join the previous value, as §2.2.2 allows. */
export function parseBagInfo(text: string): BagInfo {
  const info: BagInfo = {};
  let last: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    if (/^[ \t]/.test(line) && last !== null) {
      info[last] = `${info[last] ?? ''} ${line.trim()}`;
      continue;
    }
    const i = line.indexOf(':');
    if (i <= 0) continue;
    last = line.slice(0, i).trim();
    info[last] = line.slice(i + 1).trim();
  }
  return info;
}
