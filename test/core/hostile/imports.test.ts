import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../electron/contract/channels';
import type { ChannelName } from '../../../electron/contract/names';
import { dispatch } from '../../../electron/core/handlers/registry';
import { verifyPackage } from '../../../electron/core/court/verify/verify-package';
import { csvText, HEADER, xlsxBytes } from '../agencies/import-files';
import { exportFixture, exportNow, zipOf, type ExportFixture } from '../court/export-fixture';
import { EXAMPLES } from '../court/import-fixture';
import { assertNotPolluted, checkError, hostileLeaf, POISON, prototypeKeys, writeMarks } from './arbitraries';

/**
 * Issue 8, hostile input, the import parsers: agency directory (XLSX/CSV), holiday calendar
 * (JSON/CSV), court referrals (JSON/CSV/XLSX) and receipts (JSON), and court package verification.
 * Arbitrary bytes and mutated real files (bytes flipped, cut, inserted; JSON values replaced by
 * hostile ones) go through the real channels; the answer is always a structured Result, never a
 * throw or INTERNAL; a failed import writes nothing and a preview never writes.
 */
const RUNS = 40;

let f: ExportFixture;
let seeds: { agencies: { name: string; bytes: Uint8Array }[]; holidays: string; court: { name: string; bytes: Uint8Array }[]; pkg: Uint8Array };

beforeAll(async () => {
  f = await exportFixture();
  const rows = [HEADER, ['秦皇岛市测试局', '测试局', '成员单位', '', '是', '王测试', '科长', '0335-1234567', 'test@example.cn', '是', '']];
  seeds = {
    agencies: [
      { name: '单位名录.xlsx', bytes: await xlsxBytes(rows) },
      { name: '单位名录.csv', bytes: new TextEncoder().encode(csvText(rows)) },
    ],
    holidays: fs.readFileSync(path.join(import.meta.dirname, '../../../resources/holidays/2027.json'), 'utf8'),
    court: fs.readdirSync(EXAMPLES)
      .filter((n) => /\.(json|csv|xlsx)$/.test(n))
      .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(EXAMPLES, name))) })),
    pkg: zipOf(await exportNow(f, 'all')),
  };
  expect(seeds.court.length).toBeGreaterThanOrEqual(4);
}, 120_000);

/** Byte-level damage: flips, cuts, insertions and overwrites at arbitrary places. */
function mutatedBytes(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  );
  return fc.array(op, { minLength: 1, maxLength: 4 }).map((ops) => {
    let b = Uint8Array.from(seed);
    for (const o of ops) {
      const at = b.length === 0 ? 0 : o.at % b.length;
      if (o.kind === 'flip' && b.length > 0) b[at] = b[at]! ^ (1 << o.bit);
      else if (o.kind === 'cut') b = b.slice(0, at);
      else if (o.kind === 'insert') b = Uint8Array.from([...b.slice(0, at), ...o.bytes, ...b.slice(at)]);
      else if (o.kind === 'overwrite') b.set(o.bytes.slice(0, b.length - at), at);
    }
    return b;
  });
}

/** JSON-level damage: one value somewhere in the document replaced by a hostile one. */
function mutatedJson(text: string): fc.Arbitrary<string> {
  const doc = JSON.parse(text) as unknown;
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    if (paths.length > 400) return;
    paths.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(doc, []);
  const replacement = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileLeaf([]).filter((v) => typeof v !== 'bigint' && v !== undefined), fc.constantFrom(...POISON));
  return fc.tuple(fc.constantFrom(...paths), replacement).map(([p, value]) => {
    const copy = JSON.parse(text) as unknown;
    if (p.length === 0) return JSON.stringify(value) ?? 'null';
    let node = copy as Record<string | number, unknown>;
    for (const key of p.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[p[p.length - 1]!] = value;
    return JSON.stringify(copy) ?? 'null';
  });
}

const upload = (fileName: string, bytes: Uint8Array) => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Bytes for a file: arbitrary, or a damaged copy of one of the seeds. */
function hostileFile(named: { name: string; bytes: Uint8Array }[]): fc.Arbitrary<{ fileName: string; contentBase64: string }> {
  const names = fc.oneof(fc.constantFrom(...named.map((n) => n.name)), fc.constantFrom('x.xlsx', 'x.csv', 'x.json', 'x', '../../x.xlsx', '文件.CSV'));
  const byteSources = [
    fc.uint8Array({ minLength: 1, maxLength: 4096 }),
    ...named.map((n) => mutatedBytes(n.bytes)),
    ...named.filter((n) => n.name.endsWith('.json')).map((n) => mutatedJson(new TextDecoder().decode(n.bytes)).map(utf8)),
  ];
  return fc
    .tuple(fc.oneof(...byteSources), names)
    .filter(([bytes]) => bytes.length > 0)
    .map(([bytes, name]) => upload(name, bytes));
}

async function structuredCall(channel: ChannelName, payload: unknown, protoBefore: string): Promise<void> {
  const before = writeMarks(f.core);
  const result = await dispatch(f.core, f.session, channel, payload);
  assertNotPolluted(protoBefore);
  if (result.ok) {
    expect(CHANNELS[channel].output.safeParse(result.value).success).toBe(true);
    if (!CHANNELS[channel].writes) expect(writeMarks(f.core)).toEqual(before);
    return;
  }
  expect(checkError(result.error), `${channel} ${result.error.code}`).toBeNull();
  expect(result.error.code, `${channel}: ${result.error.message.en}`).not.toBe('INTERNAL');
  expect(writeMarks(f.core), `${channel} failed with ${result.error.code} but wrote`).toEqual(before);
}

function property(channel: ChannelName, payloads: () => fc.Arbitrary<unknown>) {
  it(`${channel}: damaged and arbitrary files give a structured Result; failures and previews write nothing`, async () => {
    const protoBefore = prototypeKeys();
    await fc.assert(
      fc.asyncProperty(payloads(), (payload) => structuredCall(channel, payload, protoBefore)),
      { numRuns: RUNS, seed: 20261127, endOnFailure: true },
    );
  }, 120_000);
}

describe('hostile import files', () => {
  property('agencies.importPreview', () => hostileFile(seeds.agencies));
  property('agencies.import', () => hostileFile(seeds.agencies));
  property('holidays.import', () =>
    fc.oneof(
      fc.record({ format: fc.constant('json' as const), text: mutatedJson(seeds.holidays) }),
      fc.record({ format: fc.constantFrom('json' as const, 'csv' as const), text: fc.string({ minLength: 1, maxLength: 2000 }) }),
      fc.record({ format: fc.constant('csv' as const), text: fc.array(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2027-01-01', 'holiday', 'workday', '元旦')), { maxLength: 5 }), { minLength: 1, maxLength: 20 }).map((rows) => ['date,kind,name', ...rows.map((r) => r.join(','))].join('\n')) }),
      mutatedBytes(utf8(seeds.holidays)).map((b) => ({ format: 'json' as const, text: new TextDecoder().decode(b) || ' ' })),
    ),
  );
  property('court.importPreview', () => hostileFile(seeds.court));
  property('court.import', () => hostileFile(seeds.court));
  property('court.verify', () =>
    fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((b) => ({ file: upload('batch.zip', b) })),
      mutatedBytes(seeds.pkg).filter((b) => b.length > 0).map((b) => ({ file: upload('batch.zip', b) })),
    ),
  );
});

describe('court package verification on hostile bytes', () => {
  const contents = (zip: Uint8Array): Map<string, string> | null => {
    try {
      return new Map(Object.entries(unzipSync(zip)).map(([p, b]) => [p, Buffer.from(b).toString('base64')]));
    } catch {
      return null;
    }
  };

  it('verifyPackage on arbitrary bytes and on damaged real packages: a structured answer, never a throw; it accepts only unchanged contents', async () => {
    const original = contents(seeds.pkg)!;
    expect(verifyPackage(seeds.pkg, f.publicKeyPem).ok).toBe(true);
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 4096 }), mutatedBytes(seeds.pkg)), (bytes) => {
        const result = verifyPackage(bytes, f.publicKeyPem);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(result.failures.length).toBeGreaterThan(0);
          for (const failure of result.failures) {
            expect(typeof failure.check).toBe('string');
            expect(failure.message['zh-CN'].length).toBeGreaterThan(0);
            expect(failure.message.en.length).toBeGreaterThan(0);
          }
        } else {
          // Accepted only if the damage missed every file's content (e.g. a zip timestamp).
          expect(contents(bytes)).toEqual(original);
        }
      }),
      { numRuns: 150, seed: 20261127, endOnFailure: true },
    );
  }, 120_000);
});
