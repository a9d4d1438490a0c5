import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBagInfo } from '../../../electron/core/court/bag/bag-text';
import { verifyBag } from '../../../electron/core/court/bag/verify-bag';
import { writeBag, type BagFile } from '../../../electron/core/court/bag/write-bag';
import { generateKeyPair } from '../../../electron/core/court/keys/ed25519';
import { rotateSigningKey, signingKeyForUse } from '../../../electron/core/court/keys/key-store';
import { MAX_SCHEMA_MESSAGES } from '../../../electron/core/court/verify/payload-schema';
import { verifyPackage, type PackageFailure } from '../../../electron/core/court/verify/verify-package';
import { verifyUpload } from '../../../electron/core/court/verify/verify-upload';
import { exportFixture, exportNow, unpack, zipOf, type ExportFixture } from './export-fixture';

/**
 * The court's whole check of a real exported package: the bag first, then the payload against the
 * published JSON Schema. Bad payloads are made the only way that reaches the schema check: a
 * package re-signed with the center's own key after its records were edited.
 */

let f: ExportFixture;
let zip: Uint8Array;
let privateKeyPem: string;

beforeAll(async () => {
  f = await exportFixture();
  zip = zipOf(await exportNow(f, 'all'));
  privateKeyPem = signingKeyForUse(f.core).privateKeyPem;
}, 60_000);

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** Unpacks, lets the test change data/ (paths under data/), and bags and signs it again. */
function resigned(change: (data: Map<string, Uint8Array>) => void, key = privateKeyPem): Uint8Array {
  const files = unpack(zip);
  const data = new Map([...files].filter(([p]) => p.startsWith('data/')).map(([p, b]) => [p.slice('data/'.length), b]));
  change(data);
  const info = parseBagInfo(decode(files.get('bag-info.txt')!));
  const bagFiles: BagFile[] = [...data].map(([path, bytes]) => ({ path, bytes }));
  return writeBag(
    {
      files: bagFiles,
      bagInfo: {
        sourceOrganization: info['Source-Organization']!,
        contactName: info['Contact-Name']!,
        baggingDate: info['Bagging-Date']!,
        externalIdentifier: info['External-Identifier']!,
        bagGroupIdentifier: info['Bag-Group-Identifier']!,
        bagSoftwareAgent: info['Bag-Software-Agent']!,
      },
    },
    key,
  );
}

function editLine(data: Map<string, Uint8Array>, file: string, line: number, edit: (record: Record<string, unknown>) => unknown): void {
  const path = `records/${file}.jsonl`;
  const lines = decode(data.get(path)!).split('\n');
  lines[line - 1] = JSON.stringify(edit(JSON.parse(lines[line - 1]!) as Record<string, unknown>));
  data.set(path, encode(lines.join('\n')));
}

function failuresOf(bytes: Uint8Array, pem = f.publicKeyPem): PackageFailure[] {
  const r = verifyPackage(bytes, pem);
  if (r.ok) throw new Error('expected the package to fail');
  return r.failures;
}

describe('verifyPackage', () => {
  it('passes an exported package: bag, signature and every record against the schema', () => {
    const r = verifyPackage(zip, f.publicKeyPem);
    expect(r.ok).toBe(true);
    // Re-bagging unchanged data passes too, so the failures below come from the edits alone.
    expect(verifyPackage(resigned(() => {}), f.publicKeyPem).ok).toBe(true);
  });

  it('names the record file and the line of a record that breaks the schema', () => {
    const failures = failuresOf(resigned((d) => editLine(d, 'activities', 3, (r) => ({ ...r, occurredAt: '昨天' }))));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ check: 'schema', file: 'data/records/activities.jsonl' });
    expect(failures[0]!.message['zh-CN']).toContain('data/records/activities.jsonl 第 3 行');
    expect(failures[0]!.message['zh-CN']).toContain('/occurredAt');
    expect(failures[0]!.message.en).toContain('line 3: /occurredAt has the wrong format');
  });

  it('names a missing field, an undefined field and a line that is not JSON, each with its line', () => {
    const failures = failuresOf(
      resigned((d) => {
        editLine(d, 'parties', 2, ({ idNumber: _drop, ...rest }) => rest);
        editLine(d, 'cases', 1, (r) => ({ ...r, notes: '内部备注' }));
        const lines = decode(d.get('records/tasks.jsonl')!).split('\n');
        lines[0] = '{"id": ';
        d.set('records/tasks.jsonl', encode(lines.join('\n')));
      }),
    );
    const en = failures.map((x) => x.message.en);
    expect(en).toContain('data/records/parties.jsonl line 2: missing field idNumber');
    expect(en).toContain('data/records/cases.jsonl line 1: / has an undefined field notes');
    expect(en).toContain('data/records/tasks.jsonl line 1 is not valid JSON');
    expect(failures.every((x) => x.check === 'schema')).toBe(true);
  });

  it('checks the manifest: a known schema version, every listed file present, every file listed, line counts', () => {
    const version = failuresOf(
      resigned((d) => {
        const m = JSON.parse(decode(d.get('manifest.json')!)) as Record<string, unknown>;
        d.set('manifest.json', encode(JSON.stringify({ ...m, schemaVersion: '9.0' })));
      }),
    );
    expect(version.map((x) => x.message.en)).toEqual(['Unknown payload schema version: 9.0 (this tool knows 1.0)']);

    const listing = failuresOf(
      resigned((d) => {
        const pdf = [...d.keys()].find((p) => p.startsWith('documents/transfer-notices/'))!;
        d.delete(pdf);
        d.set('documents/extra.pdf', encode('%PDF-1.4'));
        const lines = decode(d.get('records/deletions.jsonl')!);
        d.set('records/deletions.jsonl', encode(`${lines}{"entity":"agencies","id":"x","caseId":null,"deletedAt":"2026-11-27T02:00:00.000Z","changeSeq":1}\n`));
      }),
    );
    const en = listing.map((x) => x.message.en).join('\n');
    expect(en).toMatch(/File listed in the batch manifest is not in the package: data\/documents\/transfer-notices\/.+\.pdf/);
    expect(en).toContain('File in the package is not listed in the batch manifest: data/documents/extra.pdf');
    expect(en).toContain('data/records/deletions.jsonl has 1 lines; the batch manifest says 0 records');
  });

  it(`stops listing after ${MAX_SCHEMA_MESSAGES} problems and says how many more there are`, () => {
    const failures = failuresOf(
      resigned((d) => {
        const lines = decode(d.get('records/activities.jsonl')!).trimEnd().split('\n');
        d.set('records/activities.jsonl', encode(`${lines.map((l) => l.replace('"stage":"', '"stage":"x')).join('\n')}\n`));
      }),
    );
    expect(failures).toHaveLength(MAX_SCHEMA_MESSAGES + 1);
    expect(failures.at(-1)!.message.en).toMatch(/^\d+ more schema problems not listed$/);
    expect(failures[49]!.message.en).toContain('line 50:');
  });

  it('checks the schema only once the bag is sound: an edited record without re-signing is a checksum failure', () => {
    expect(verifyBag(zip, f.publicKeyPem).ok).toBe(true);
    const failures = failuresOf(resigned((d) => editLine(d, 'cases', 1, (r) => ({ ...r, title: 1 }))));
    expect(failures[0]!.message.en).toContain('line 1: /title must be of type string');
    // The same edit with the original signature: the bag check stops it before the schema.
    const raw = unzipSync(zip);
    const name = Object.keys(raw).find((n) => n.endsWith('data/records/cases.jsonl'))!;
    raw[name] = encode(decode(raw[name]!).replace(/"title":"[^"]*"/, '"title":1'));
    const tampered = zipSync(raw);
    const checks = failuresOf(tampered).map((x) => x.check);
    expect(checks).toContain('checksum');
    expect(checks).not.toContain('schema');
  });
});

describe('verifyUpload (in the app)', () => {
  const upload = (bytes: Uint8Array) => ({ fileName: 'ADR-000001.zip', contentBase64: Buffer.from(bytes).toString('base64') });

  it("verifies against the center's own key named in bag-info when no key is given", () => {
    const r = verifyUpload(f.core, { file: upload(zip) });
    expect(r).toMatchObject({ ok: true, failures: [], bagName: 'ADR-000001', keyFingerprint: signingKeyForUse(f.core).fingerprint });
    expect(r.bagInfo?.['External-Identifier']).toBe('ADR-000001');
    expect(r.payloadFiles).toBeGreaterThan(10);
  });

  it('fails against a given public key of someone else', () => {
    const other = generateKeyPair();
    const r = verifyUpload(f.core, { file: upload(zip), publicKeyPem: other.publicKeyPem });
    expect(r.ok).toBe(false);
    expect(r.failures.map((x) => x.check)).toEqual(['signature', 'fingerprint']);
    expect(r.bagName).toBe('ADR-000001');
  });

  it('says a package was signed by an unknown key when its fingerprint is none of the center’s', () => {
    const stranger = generateKeyPair();
    const r = verifyUpload(f.core, { file: upload(resigned(() => {}, stranger.privateKeyPem)) });
    expect(r.ok).toBe(false);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatchObject({ check: 'key', file: 'bag-info.txt' });
    expect(r.failures[0]!.message.en).toMatch(/^The package was signed by an unknown key \(fingerprint [0-9a-f]{64}\)/);
    expect(r.failures[0]!.message['zh-CN']).toContain('未知的密钥');
  });

  it('still verifies a package signed before the key was rotated, against the retired key', async () => {
    const g = await exportFixture();
    const old = zipOf(await exportNow(g, 'all'));
    const before = signingKeyForUse(g.core).fingerprint;
    rotateSigningKey(g.core, g.actor, '年度更换');
    expect(signingKeyForUse(g.core).fingerprint).not.toBe(before);
    const r = verifyUpload(g.core, { file: upload(old) });
    expect(r).toMatchObject({ ok: true, keyFingerprint: before });
  }, 60_000);

  it('reports a file that is not a zip without throwing', () => {
    const r = verifyUpload(f.core, { file: upload(encode('not a zip at all')) });
    expect(r).toMatchObject({ ok: false, bagName: null, bagInfo: null });
    expect(r.failures[0]!.check).toBe('zip');
  });
});
