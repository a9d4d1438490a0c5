import { zipSync, type Zippable } from 'fflate';
import { fingerprint, publicKeyPemOf, signDetached } from '../keys/ed25519';
import {
  BAGIT_TXT,
  FINGERPRINT_LABEL,
  SIGNATURE_FILE,
  TAG_MANIFEST,
  bagInfoText,
  manifestText,
} from './bag-text';

/**
 * Writes a signed BagIt bag (RFC 8493) serialised as one zip with a single top-level directory
 * named after the External-Identifier (§4.2 recommends one top directory named like the bag).
 * Deterministic: entries sorted by path, every mtime the bagging date at local midnight (zip times
 * are local wall-clock fields, so building the Date from local parts gives the same bytes in every
 * time zone), fixed compression level — the same input gives byte-identical zips, which is what
 * lets a batch be written again byte for byte.
 *
 * The signature: `tagmanifest-sha256.txt.sig` holds the base64 Ed25519 signature over the tag
 * manifest; the key's fingerprint is the `Signing-Key-Fingerprint` field of bag-info.txt, which the
 * tag manifest covers, so the fingerprint itself is signed. The .sig file is not in the tag
 * manifest (it signs it).
 */
export interface BagFile {
  /** Path under data/, with '/' separators, e.g. "records/cases.jsonl". */
  path: string;
  bytes: Uint8Array;
}

export interface BagInfoInput {
  sourceOrganization: string;
  contactName: string;
  /** 'YYYY-MM-DD' (China date of the export). */
  baggingDate: string;
  /** The batch number; also names the bag directory. */
  externalIdentifier: string;
  bagGroupIdentifier: string;
  bagSoftwareAgent: string;
}

export interface WriteBagInput {
  files: BagFile[];
  bagInfo: BagInfoInput;
}

const SAFE_SEGMENT = /^[^/\\\0]+$/;

export function bagDirectoryName(externalIdentifier: string): string {
  const name = externalIdentifier.replace(/[^A-Za-z0-9._-]/g, '_');
  if (name === '' || /^\.+$/.test(name)) throw new Error(`Unusable External-Identifier: ${externalIdentifier}`);
  return name;
}

function checkPayloadPath(path: string): void {
  const segments = path.split('/');
  if (segments.some((s) => !SAFE_SEGMENT.test(s) || s === '.' || s === '..') || /^[A-Za-z]:/.test(path)) {
    throw new Error(`Unsafe payload path: ${path}`);
  }
}

export function writeBag(input: WriteBagInput, privateKeyPem: string): Uint8Array {
  const { files, bagInfo } = input;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(bagInfo.baggingDate);
  if (!date) throw new Error(`Bagging-Date must be YYYY-MM-DD: ${bagInfo.baggingDate}`);
  const seen = new Set<string>();
  for (const f of files) {
    checkPayloadPath(f.path);
    if (seen.has(f.path)) throw new Error(`Duplicate payload path: ${f.path}`);
    seen.add(f.path);
  }
  const payload = [...files]
    .map((f) => ({ path: `data/${f.path}`, bytes: f.bytes }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const octets = payload.reduce((sum, f) => sum + f.bytes.length, 0);
  const encoder = new TextEncoder();
  const info = bagInfoText([
    ['Source-Organization', bagInfo.sourceOrganization],
    ['Contact-Name', bagInfo.contactName],
    ['Bagging-Date', bagInfo.baggingDate],
    ['External-Identifier', bagInfo.externalIdentifier],
    ['Bag-Group-Identifier', bagInfo.bagGroupIdentifier],
    ['Payload-Oxum', `${octets}.${payload.length}`],
    ['Bag-Software-Agent', bagInfo.bagSoftwareAgent],
    [FINGERPRINT_LABEL, fingerprint(publicKeyPemOf(privateKeyPem))],
  ]);
  const tags = [
    { path: 'bagit.txt', bytes: encoder.encode(BAGIT_TXT) },
    { path: 'bag-info.txt', bytes: encoder.encode(info) },
    { path: 'manifest-sha256.txt', bytes: encoder.encode(manifestText(payload)) },
  ];
  const tagManifest = encoder.encode(manifestText(tags));
  const signature = encoder.encode(`${signDetached(tagManifest, privateKeyPem)}\n`);
  const all = [...tags, { path: TAG_MANIFEST, bytes: tagManifest }, { path: SIGNATURE_FILE, bytes: signature }, ...payload];
  all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const mtime = new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3]), 0, 0, 0);
  const root = bagDirectoryName(bagInfo.externalIdentifier);
  const zippable: Zippable = {};
  for (const f of all) zippable[`${root}/${f.path}`] = [f.bytes, { level: 6, mtime }];
  return zipSync(zippable, { level: 6, mtime });
}
