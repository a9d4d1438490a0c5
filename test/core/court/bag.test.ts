import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseBagInfo, sha256Hex } from '../../../electron/core/court/bag/bag-text';
import { verifyBag, type BagFailure, type VerifyResult } from '../../../electron/core/court/bag/verify-bag';
import { writeBag } from '../../../electron/core/court/bag/write-bag';
import { readCentralDirectory } from '../../../electron/core/court/bag/zip-read';
import { fingerprint } from '../../../electron/core/court/keys/ed25519';
import { KEYS, OTHER_KEYS, ROOT, bagInput, goodBag, rezip } from './bag-fixtures';

const PUB = KEYS.publicKeyPem;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

function at(files: Record<string, Uint8Array>, name: string): Uint8Array {
  const bytes = files[name];
  if (!bytes) throw new Error(`no ${name} in the zip`);
  return bytes;
}

function failures(result: VerifyResult): Pick<BagFailure, 'check' | 'file'>[] {
  if (result.ok) throw new Error('expected the package to fail verification');
  for (const f of result.failures) {
    expect(f.message['zh-CN']).not.toBe('');
    expect(f.message.en).not.toBe('');
  }
  return result.failures.map(({ check, file }) => ({ check, file }));
}

describe('writeBag', () => {
  it('writes a BagIt 1.0 bag in one top-level directory with the tag files and a signature', () => {
    const files = unzipSync(goodBag());
    expect(Object.keys(files)).toEqual([
      `${ROOT}/bag-info.txt`,
      `${ROOT}/bagit.txt`,
      `${ROOT}/data/batch-manifest.json`,
      `${ROOT}/data/documents/summary-1.pdf`,
      `${ROOT}/data/records/cases.jsonl`,
      `${ROOT}/manifest-sha256.txt`,
      `${ROOT}/tagmanifest-sha256.txt`,
      `${ROOT}/tagmanifest-sha256.txt.sig`,
    ]);
    expect(dec(files[`${ROOT}/bagit.txt`])).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = parseBagInfo(dec(files[`${ROOT}/bag-info.txt`]));
    const payloadBytes = bagInput().files.reduce((n, f) => n + f.bytes.length, 0);
    expect(info).toEqual({
      'Source-Organization': '某市行政争议化解中心',
      'Contact-Name': '张联络',
      'Bagging-Date': '2026-11-27',
      'External-Identifier': 'ADR-BATCH-000001',
      'Bag-Group-Identifier': 'center-001',
      'Payload-Oxum': `${payloadBytes}.3`,
      'Bag-Software-Agent': 'ADR Desk 0.1.0',
      'Signing-Key-Fingerprint': fingerprint(PUB),
    });
    const manifest = dec(files[`${ROOT}/manifest-sha256.txt`]);
    const cases = bagInput().files.find((f) => f.path === 'records/cases.jsonl');
    expect(manifest).toContain(`${sha256Hex(cases?.bytes ?? new Uint8Array())}  data/records/cases.jsonl\n`);
    const tagManifest = dec(files[`${ROOT}/tagmanifest-sha256.txt`]);
    expect(tagManifest.trim().split('\n').map((l) => l.split('  ')[1] ?? '')).toEqual(['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt']);
  });

  it('gives byte-identical zips for the same input, in any time zone', () => {
    const first = goodBag();
    expect(Buffer.from(goodBag()).equals(Buffer.from(first))).toBe(true);
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(Buffer.from(goodBag()).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    const other = bagInput();
    other.files[1] = { path: 'batch-manifest.json', bytes: enc('{"batch":"000001","cases":3}\n') };
    expect(Buffer.from(writeBag(other, KEYS.privateKeyPem)).equals(Buffer.from(first))).toBe(false);
  });

  it('refuses unsafe payload paths', () => {
    const input = bagInput();
    input.files.push({ path: '../evil.txt', bytes: enc('x') });
    expect(() => writeBag(input, KEYS.privateKeyPem)).toThrow(/Unsafe payload path/);
  });
});

describe('verifyBag', () => {
  it('accepts a good package and returns its bag info', () => {
    const result = verifyBag(goodBag(), PUB);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.info.bagName).toBe(ROOT);
    expect(result.info.payloadFiles).toBe(3);
    expect(result.info.fingerprint).toBe(fingerprint(PUB));
    expect(result.info.bagInfo['External-Identifier']).toBe('ADR-BATCH-000001');
  });

  it('names the payload file whose byte was flipped', () => {
    const zip = rezip(goodBag(), (f) => {
      const bytes = at(f, `${ROOT}/data/records/cases.jsonl`);
      bytes[5] = (bytes[5] ?? 0) ^ 0x01;
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([{ check: 'checksum', file: 'data/records/cases.jsonl' }]);
  });

  it('names bag-info.txt when it was edited', () => {
    const zip = rezip(goodBag(), (f) => {
      f[`${ROOT}/bag-info.txt`] = enc(dec(f[`${ROOT}/bag-info.txt`]).replace('张联络', '李联络'));
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([{ check: 'tag-checksum', file: 'bag-info.txt' }]);
  });

  it('fails the signature when bag-info and the tag manifest were both rewritten', () => {
    const zip = rezip(goodBag(), (f) => {
      const info = enc(dec(f[`${ROOT}/bag-info.txt`]).replace('张联络', '李联络'));
      f[`${ROOT}/bag-info.txt`] = info;
      const tm = dec(f[`${ROOT}/tagmanifest-sha256.txt`]).replace(/^[0-9a-f]{64}(?= {2}bag-info\.txt)/m, sha256Hex(info));
      f[`${ROOT}/tagmanifest-sha256.txt`] = enc(tm);
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([{ check: 'signature', file: 'tagmanifest-sha256.txt.sig' }]);
  });

  it('names a removed payload file (and the Payload-Oxum no longer adds up)', () => {
    const zip = rezip(goodBag(), (f) => {
      delete f[`${ROOT}/data/batch-manifest.json`];
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([
      { check: 'completeness', file: 'data/batch-manifest.json' },
      { check: 'payload-oxum', file: 'bag-info.txt' },
    ]);
  });

  it('names an added payload file the manifest does not list', () => {
    const zip = rezip(goodBag(), (f) => {
      f[`${ROOT}/data/extra.jsonl`] = enc('{}\n');
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([
      { check: 'completeness', file: 'data/extra.jsonl' },
      { check: 'payload-oxum', file: 'bag-info.txt' },
    ]);
  });

  it('names a missing tag file as a structure failure', () => {
    const zip = rezip(goodBag(), (f) => {
      delete f[`${ROOT}/manifest-sha256.txt`];
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([{ check: 'structure', file: 'manifest-sha256.txt' }]);
  });

  it('refuses a ".." entry before reading anything', () => {
    const zip = rezip(goodBag(), (f) => {
      f[`${ROOT}/../evil.txt`] = enc('x');
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([{ check: 'entry-name', file: `${ROOT}/../evil.txt` }]);
  });

  it('refuses an absolute path entry', () => {
    const zip = rezip(goodBag(), (f) => {
      f['/etc/cron.d/evil'] = enc('x');
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([{ check: 'entry-name', file: '/etc/cron.d/evil' }]);
  });

  it('refuses backslashes and drive letters', () => {
    const zip = rezip(goodBag(), (f) => {
      f[`${ROOT}\\data\\x.txt`] = enc('x');
      f['C:/evil.txt'] = enc('x');
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([
      { check: 'entry-name', file: `${ROOT}\\data\\x.txt` },
      { check: 'entry-name', file: 'C:/evil.txt' },
    ]);
  });

  it('refuses a symlink entry (unix mode 0o120000 in the external attributes)', () => {
    const files = unzipSync(goodBag());
    const zip = zipSync({
      ...files,
      [`${ROOT}/data/link`]: [enc('/etc/passwd'), { os: 3, attrs: 0o120777 * 0x10000 }],
    });
    expect(failures(verifyBag(zip, PUB))).toEqual([{ check: 'entry-name', file: `${ROOT}/data/link` }]);
  });

  it('refuses duplicate entries', () => {
    const files = unzipSync(goodBag());
    const zip = Buffer.from(zipSync({ ...files, [`${ROOT}/data/x1.txt`]: enc('a'), [`${ROOT}/data/x2.txt`]: enc('b') }));
    // Rename x2 to x1 in both its local header and its central directory entry.
    for (let at = zip.indexOf('x2.txt'); at >= 0; at = zip.indexOf('x2.txt', at + 1)) zip.write('x1.txt', at, 'utf8');
    expect(failures(verifyBag(zip, PUB))).toEqual([{ check: 'entry-name', file: `${ROOT}/data/x1.txt` }]);
  });

  it('refuses a zip bomb over the entry limit without inflating it', () => {
    const files = unzipSync(goodBag());
    const zip = zipSync({ ...files, [`${ROOT}/data/bomb.bin`]: [new Uint8Array(64 * 1024 * 1024), { level: 9 }] });
    expect(zip.length).toBeLessThan(200_000);
    expect(failures(verifyBag(zip, PUB, { maxEntryBytes: 16 * 1024 * 1024 }))).toEqual([{ check: 'size', file: `${ROOT}/data/bomb.bin` }]);
    // Within the size limit, the compression ratio still gives it away.
    expect(failures(verifyBag(zip, PUB))).toEqual([{ check: 'size', file: `${ROOT}/data/bomb.bin` }]);
  });

  it('stops inflating an entry that lies about its size', () => {
    const files = unzipSync(goodBag());
    const zip = Buffer.from(zipSync({ ...files, [`${ROOT}/data/bomb.bin`]: [new Uint8Array(8 * 1024 * 1024), { level: 9 }] }));
    const bomb = readCentralDirectory(zip).find((e) => e.name.endsWith('bomb.bin'));
    if (!bomb) throw new Error('no bomb entry');
    // Declare 1000 bytes in the central directory (the ratio check then sees nothing wrong).
    const cd = zip.indexOf(Buffer.from(bomb.name), bomb.localOffset + 31) - 46;
    zip.writeUInt32LE(1000, cd + 24);
    const result = verifyBag(zip, PUB);
    expect(failures(result)).toEqual([{ check: 'size', file: `${ROOT}/data/bomb.bin` }]);
    expect(result.ok ? '' : result.failures[0]?.message.en).toMatch(/inflates past its declared size/);
  });

  it('refuses too many entries and too much in total', () => {
    expect(failures(verifyBag(goodBag(), PUB, { maxEntries: 3 }))).toEqual([{ check: 'size', file: '' }]);
    expect(failures(verifyBag(goodBag(), PUB, { maxTotalBytes: 1000 }))).toEqual([{ check: 'size', file: '' }]);
  });

  it('fails the signature and the fingerprint for a package signed by another key', () => {
    const zip = writeBag(bagInput(), OTHER_KEYS.privateKeyPem);
    expect(failures(verifyBag(zip, PUB))).toEqual([
      { check: 'signature', file: 'tagmanifest-sha256.txt.sig' },
      { check: 'fingerprint', file: 'bag-info.txt' },
    ]);
    expect(verifyBag(zip, OTHER_KEYS.publicKeyPem).ok).toBe(true);
  });

  it('says so when the file is not a zip or the key is not a key', () => {
    expect(failures(verifyBag(enc('not a zip at all, just some text padding it out'), PUB))).toEqual([{ check: 'zip', file: '' }]);
    expect(failures(verifyBag(goodBag(), 'not a key'))).toEqual([{ check: 'key', file: '' }]);
  });
});
