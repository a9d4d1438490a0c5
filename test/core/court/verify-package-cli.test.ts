import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBag } from '../../../electron/core/court/bag/write-bag';
import { parseBagInfo } from '../../../electron/core/court/bag/bag-text';
import { signingKeyForUse } from '../../../electron/core/court/keys/key-store';
import { tempDir } from '../helpers/core';
import { exportFixture, exportNow, unpack, zipOf } from './export-fixture';

/**
 * The court's command on a real package, built as vite.node.config.ts builds it, run from a folder
 * with no resources/: the payload schema must travel inside the script (imported JSON, inlined).
 */

let dir: string;
let script: string;
let zip: Uint8Array;
let keyFile: string;
let badZip: Uint8Array;

beforeAll(async () => {
  dir = tempDir('adr-verify-cli-');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: path.join(dir, 'out'),
      target: 'node24',
      rollupOptions: {
        input: { 'cli/verify-package': path.resolve('electron/cli/verify-package.ts') },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  script = path.join(dir, 'out', 'cli', 'verify-package.js');
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');

  const f = await exportFixture();
  zip = zipOf(await exportNow(f, 'all'));
  keyFile = path.join(dir, 'center.pem');
  fs.writeFileSync(keyFile, f.publicKeyPem);
  // The same data with one record broken, re-signed with the center's key: only the schema can tell.
  const files = unpack(zip);
  const info = parseBagInfo(new TextDecoder().decode(files.get('bag-info.txt')));
  const data = [...files].filter(([p]) => p.startsWith('data/')).map(([p, bytes]) => ({ path: p.slice(5), bytes }));
  const activities = data.find((d) => d.path === 'records/activities.jsonl')!;
  const lines = new TextDecoder().decode(activities.bytes).split('\n');
  lines[2] = lines[2]!.replace(/"stage":"[a-z]+"/, '"stage":"closing"');
  activities.bytes = new TextEncoder().encode(lines.join('\n'));
  badZip = writeBag(
    {
      files: data,
      bagInfo: {
        sourceOrganization: info['Source-Organization']!,
        contactName: info['Contact-Name']!,
        baggingDate: info['Bagging-Date']!,
        externalIdentifier: info['External-Identifier']!,
        bagGroupIdentifier: info['Bag-Group-Identifier']!,
        bagSoftwareAgent: info['Bag-Software-Agent']!,
      },
    },
    signingKeyForUse(f.core).privateKeyPem,
  );
}, 180_000);

function run(file: Uint8Array): { status: number | null; out: string } {
  const zipFile = path.join(dir, 'package.zip');
  fs.writeFileSync(zipFile, file);
  const r = spawnSync(process.execPath, [script, zipFile, '--key', keyFile], { encoding: 'utf8', cwd: dir });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('npm run verify-package on a court package', () => {
  it('carries the payload schema inside the script, and no database', () => {
    const bundle = fs
      .readdirSync(path.join(dir, 'out'), { recursive: true })
      .map(String)
      .filter((p) => p.endsWith('.js'))
      .map((p) => fs.readFileSync(path.join(dir, 'out', p), 'utf8'))
      .join('\n');
    expect(bundle).toContain('urn:adr-desk:court-package:1.0');
    expect(bundle).not.toMatch(/better-sqlite3|kysely/);
    expect(fs.existsSync(path.join(dir, 'resources'))).toBe(false);
  });

  it('prints OK for an exported package', () => {
    const r = run(zip);
    expect(r.out).toContain('OK');
    expect(r.out).toContain('External-Identifier: ADR-000001');
    expect(r.status).toBe(0);
  });

  it('names the file and the line of a record that breaks the schema, exit code 1', () => {
    const r = run(badZip);
    expect(r.status).toBe(1);
    expect(r.out).toContain('[schema] data/records/activities.jsonl');
    expect(r.out).toContain('data/records/activities.jsonl 第 3 行：/stage 的取值不在允许范围内');
    expect(r.out).toContain('data/records/activities.jsonl line 3: /stage has a value that is not allowed');
  });
});
