import type { Localized } from '../../../contract/result';
import { t } from '../../cases/messages';
import { fingerprint, publicKeyFromPem, verifyDetached } from '../keys/ed25519';
import {
  BAGIT_TXT,
  FINGERPRINT_LABEL,
  SIGNATURE_FILE,
  TAG_FILES,
  TAG_MANIFEST,
  parseBagInfo,
  parseManifest,
  sha256Hex,
  type BagInfo,
} from './bag-text';
import { OversizeError, ZipFormatError, readCentralDirectory, readEntry, type ZipEntry } from './zip-read';

/**
 * Verifies a package from the zip bytes alone, in memory, in a fixed order: entry names, sizes,
 * structure, completeness, payload checksums, Payload-Oxum, tag checksums, signature, fingerprint.
 * Name and size problems stop it before anything is inflated (a hostile zip gets no further); a
 * missing tag file stops it before the checks that need it. Later checks all run, so the court sees
 * every checksum that fails, each naming its file.
 */
export type BagCheck =
  | 'key'
  | 'zip'
  | 'entry-name'
  | 'size'
  | 'structure'
  | 'completeness'
  | 'checksum'
  | 'payload-oxum'
  | 'tag-checksum'
  | 'signature'
  | 'fingerprint';

export interface BagFailure {
  check: BagCheck;
  /** Path inside the bag (or the zip entry name for name checks); '' when about the whole file. */
  file: string;
  message: Localized;
}

export interface VerifiedBag {
  bagName: string;
  bagInfo: BagInfo;
  payloadFiles: number;
  payloadBytes: number;
  fingerprint: string;
}

export type VerifyResult = { ok: true; info: VerifiedBag } | { ok: false; failures: BagFailure[] };

export interface VerifyLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryBytes: number;
  /** Uncompressed / compressed, checked for entries over RATIO_FLOOR bytes. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: VerifyLimits = {
  maxEntries: 200_000,
  maxTotalBytes: 4 * 1024 ** 3 - 1,
  maxEntryBytes: 1024 ** 3,
  maxRatio: 200,
};

/** Small files (a run of blank JSON lines) may compress far better than any bomb threshold. */
const RATIO_FLOOR = 64 * 1024;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function fail(check: BagCheck, file: string, zh: string, en: string): BagFailure {
  return { check, file, message: t(zh, en) };
}

function nameFailures(entries: ZipEntry[]): { failures: BagFailure[]; root: string } {
  const failures: BagFailure[] = [];
  const seen = new Set<string>();
  const roots = new Set<string>();
  for (const e of entries) {
    const n = e.name;
    const segments = n.split('/');
    if (n.includes('\\')) failures.push(fail('entry-name', n, `条目名含反斜杠：${n}`, `Entry name contains a backslash: ${n}`));
    else if (n.startsWith('/')) failures.push(fail('entry-name', n, `条目为绝对路径：${n}`, `Entry is an absolute path: ${n}`));
    else if (/^[A-Za-z]:/.test(n)) failures.push(fail('entry-name', n, `条目带盘符：${n}`, `Entry has a drive letter: ${n}`));
    else if (segments.includes('..')) failures.push(fail('entry-name', n, `条目含“..”路径穿越：${n}`, `Entry climbs out with "..": ${n}`));
    else if (segments.includes('.') || n.includes('\0') || /\/\/./.test(n)) failures.push(fail('entry-name', n, `条目名不规范：${n}`, `Malformed entry name: ${n}`));
    if (((e.externalAttrs >>> 16) & S_IFMT) === S_IFLNK) failures.push(fail('entry-name', n, `条目为符号链接：${n}`, `Entry is a symbolic link: ${n}`));
    if (e.flags & 1) failures.push(fail('entry-name', n, `条目已加密：${n}`, `Entry is encrypted: ${n}`));
    if (seen.has(n)) failures.push(fail('entry-name', n, `条目重复：${n}`, `Duplicate entry: ${n}`));
    seen.add(n);
    roots.add(segments[0] ?? '');
  }
  if (failures.length === 0 && (roots.size !== 1 || entries.some((e) => !e.name.includes('/')))) {
    failures.push(fail('entry-name', '', '压缩包须只含一个顶层包目录', 'The zip must hold exactly one top-level bag directory'));
  }
  return { failures, root: [...roots][0] ?? '' };
}

function sizeFailures(entries: ZipEntry[], limits: VerifyLimits): BagFailure[] {
  const failures: BagFailure[] = [];
  if (entries.length > limits.maxEntries) {
    failures.push(fail('size', '', `条目过多：${entries.length} 个，上限 ${limits.maxEntries}`, `Too many entries: ${entries.length}, limit ${limits.maxEntries}`));
  }
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > limits.maxEntryBytes) {
      failures.push(fail('size', e.name, `条目过大：${e.name}（${e.size} 字节，上限 ${limits.maxEntryBytes}）`, `Entry too large: ${e.name} (${e.size} bytes, limit ${limits.maxEntryBytes})`));
    } else if (e.size > RATIO_FLOOR && e.size > limits.maxRatio * e.compressedSize) {
      failures.push(fail('size', e.name, `压缩比异常（疑似压缩炸弹）：${e.name}`, `Compression ratio too high (zip bomb?): ${e.name}`));
    }
  }
  if (total > limits.maxTotalBytes) {
    failures.push(fail('size', '', `解压总量过大：${total} 字节，上限 ${limits.maxTotalBytes}`, `Total uncompressed size too large: ${total} bytes, limit ${limits.maxTotalBytes}`));
  }
  return failures;
}

export function verifyBag(zip: Uint8Array, publicKeyPem: string, limitsIn: Partial<VerifyLimits> = {}): VerifyResult {
  const limits = { ...DEFAULT_LIMITS, ...limitsIn };
  const stop = (failures: BagFailure[]): VerifyResult => ({ ok: false, failures });
  let keyFingerprint: string;
  try {
    publicKeyFromPem(publicKeyPem);
    keyFingerprint = fingerprint(publicKeyPem);
  } catch {
    return stop([fail('key', '', '给定的公钥不是 Ed25519 公钥（PEM）', 'The given public key is not an Ed25519 public key (PEM)')]);
  }
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(zip);
  } catch (error) {
    const why = error instanceof ZipFormatError ? error.message : String(error);
    return stop([fail('zip', '', `不是有效的 zip 文件：${why}`, `Not a valid zip file: ${why}`)]);
  }
  const names = nameFailures(entries);
  if (names.failures.length > 0) return stop(names.failures);
  const sizes = sizeFailures(entries, limits);
  if (sizes.length > 0) return stop(sizes);

  // Read every file entry, relative to the bag directory; each is capped at its declared size.
  const files = new Map<string, Uint8Array>();
  const prefix = `${names.root}/`;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    try {
      files.set(e.name.slice(prefix.length), readEntry(zip, e, limits.maxEntryBytes));
    } catch (error) {
      if (error instanceof OversizeError) {
        return stop([fail('size', e.name, `条目解压后超出声明大小（疑似压缩炸弹）：${e.name}`, `Entry inflates past its declared size (zip bomb?): ${e.name}`)]);
      }
      const why = error instanceof Error ? error.message : String(error);
      return stop([fail('zip', e.name, `条目无法读取：${e.name}（${why}）`, `Entry cannot be read: ${e.name} (${why})`)]);
    }
  }

  const structure: BagFailure[] = [];
  for (const tag of [...TAG_FILES, TAG_MANIFEST, SIGNATURE_FILE]) {
    if (!files.has(tag)) structure.push(fail('structure', tag, `缺少 ${tag}`, `Missing ${tag}`));
  }
  const decode = (path: string): string => new TextDecoder().decode(files.get(path));
  if (files.has('bagit.txt') && decode('bagit.txt').replace(/\r\n/g, '\n').trimEnd() !== BAGIT_TXT.trimEnd()) {
    structure.push(fail('structure', 'bagit.txt', 'bagit.txt 内容不是 BagIt 1.0 / UTF-8', 'bagit.txt is not BagIt 1.0 / UTF-8'));
  }
  if (structure.length > 0) return stop(structure);

  const failures: BagFailure[] = [];
  const manifest = parseManifest(decode('manifest-sha256.txt'));
  for (const line of manifest.bad) failures.push(fail('structure', 'manifest-sha256.txt', `清单行无法解析：${line}`, `Unparsable manifest line: ${line}`));
  for (const path of manifest.duplicates) failures.push(fail('structure', 'manifest-sha256.txt', `清单重复列出：${path}`, `Listed twice in the manifest: ${path}`));

  // Completeness: the payload on disk and the manifest must name the same files.
  const known = new Set<string>([...TAG_FILES, TAG_MANIFEST, SIGNATURE_FILE]);
  let payloadBytes = 0;
  let payloadFiles = 0;
  for (const [path, bytes] of files) {
    if (path.startsWith('data/')) {
      payloadBytes += bytes.length;
      payloadFiles++;
      if (!manifest.entries.has(path)) failures.push(fail('completeness', path, `数据文件未列入清单：${path}`, `Payload file not in the manifest: ${path}`));
    } else if (!known.has(path)) {
      failures.push(fail('completeness', path, `包内有多余的文件：${path}`, `Unexpected file in the bag: ${path}`));
    }
  }
  for (const path of manifest.entries.keys()) {
    if (!path.startsWith('data/')) failures.push(fail('completeness', path, `清单列出 data/ 以外的文件：${path}`, `Manifest lists a file outside data/: ${path}`));
    else if (!files.has(path)) failures.push(fail('completeness', path, `清单列出的文件不存在：${path}`, `File listed in the manifest is missing: ${path}`));
  }

  for (const [path, expected] of manifest.entries) {
    const bytes = files.get(path);
    if (bytes && path.startsWith('data/') && sha256Hex(bytes) !== expected) {
      failures.push(fail('checksum', path, `校验值不符：${path}`, `Checksum mismatch: ${path}`));
    }
  }

  const bagInfo = parseBagInfo(decode('bag-info.txt'));
  const oxum = `${payloadBytes}.${payloadFiles}`;
  if (bagInfo['Payload-Oxum'] !== oxum) {
    failures.push(fail('payload-oxum', 'bag-info.txt', `Payload-Oxum 不符：声明 ${bagInfo['Payload-Oxum'] ?? '（无）'}，实际 ${oxum}`, `Payload-Oxum mismatch: declared ${bagInfo['Payload-Oxum'] ?? '(none)'}, actual ${oxum}`));
  }

  const tagManifestBytes = files.get(TAG_MANIFEST) as Uint8Array;
  const tagManifest = parseManifest(new TextDecoder().decode(tagManifestBytes));
  for (const tag of TAG_FILES) {
    const expected = tagManifest.entries.get(tag);
    if (expected === undefined) failures.push(fail('tag-checksum', tag, `标签清单未列出 ${tag}`, `Tag manifest does not list ${tag}`));
    else if (sha256Hex(files.get(tag) as Uint8Array) !== expected) failures.push(fail('tag-checksum', tag, `标签文件校验值不符：${tag}`, `Tag file checksum mismatch: ${tag}`));
  }
  for (const path of tagManifest.entries.keys()) {
    if (!(TAG_FILES as readonly string[]).includes(path)) failures.push(fail('tag-checksum', path, `标签清单列出意外的文件：${path}`, `Tag manifest lists an unexpected file: ${path}`));
  }

  if (!verifyDetached(tagManifestBytes, decode(SIGNATURE_FILE), publicKeyPem)) {
    failures.push(fail('signature', SIGNATURE_FILE, '签名与给定公钥不符（或标签清单被改动）', 'The signature does not match the given public key (or the tag manifest was changed)'));
  }
  if (bagInfo[FINGERPRINT_LABEL] !== keyFingerprint) {
    failures.push(fail('fingerprint', 'bag-info.txt', `密钥指纹不符：包内 ${bagInfo[FINGERPRINT_LABEL] ?? '（无）'}，给定公钥 ${keyFingerprint}`, `Key fingerprint mismatch: bag says ${bagInfo[FINGERPRINT_LABEL] ?? '(none)'}, given key is ${keyFingerprint}`));
  }

  if (failures.length > 0) return stop(failures);
  return { ok: true, info: { bagName: names.root, bagInfo, payloadFiles, payloadBytes, fingerprint: keyFingerprint } };
}
