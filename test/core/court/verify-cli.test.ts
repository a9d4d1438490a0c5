import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { KEYS, OTHER_KEYS, ROOT, goodBag, rezip } from './bag-fixtures';

/**
 * The court's tool as a child process. It is built here the way vite.node.config.ts builds
 * `cli/verify-package` (ES module for Node 24, dependencies external) but into a temp folder, so
 * the test neither needs nor disturbs `out/` of a concurrent build.
 */
let dir: string;
let script: string;

beforeAll(async () => {
  dir = tempDir();
  const outDir = path.join(dir, 'out');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      target: 'node24',
      rollupOptions: {
        input: { 'cli/verify-package': path.resolve('electron/cli/verify-package.ts') },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  script = path.join(outDir, 'cli', 'verify-package.js');
  // Node resolves `fflate` from the project's node_modules via the script's location.
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
}, 120_000);

function run(...args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout + r.stderr };
}

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('verify-package command', () => {
  it('does not pull in the database', () => {
    const bundle = fs.readdirSync(path.dirname(script), { recursive: true }).map(String);
    const text = bundle.filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(path.dirname(script), f), 'utf8')).join('\n');
    expect(text).toContain('fflate');
    expect(text).not.toMatch(/better-sqlite3|kysely/);
  });

  // A real package verifying OK is in verify-package-cli.test.ts; this bag is sound but carries no
  // payload manifest, so the script must go on past the bag checks and refuse it on the schema.
  it('refuses a sound bag without the payload manifest, exit code 1, naming the schema check', () => {
    const key = write('center.pem', KEYS.publicKeyPem);
    const r = run(write('good.zip', goodBag()), '--key', key);
    expect(r.stdout).toContain('[schema] data/manifest.json');
    expect(r.stdout).not.toContain('OK 校验通过');
    expect(r.status).toBe(1);
  });

  it('prints each failure in Chinese and English, exit code 1, for a tampered package', () => {
    const key = write('center.pem', KEYS.publicKeyPem);
    const bad = rezip(goodBag(), (f) => {
      const bytes = f[`${ROOT}/data/records/cases.jsonl`];
      if (bytes) bytes[0] = (bytes[0] ?? 0) ^ 0x20;
    });
    const r = run(write('bad.zip', bad), '--key', key);
    expect(r.stdout).toContain('[checksum] data/records/cases.jsonl');
    expect(r.stdout).toContain('校验值不符：data/records/cases.jsonl');
    expect(r.stdout).toContain('Checksum mismatch: data/records/cases.jsonl');
    expect(r.status).toBe(1);
  });

  it('exits 1 when the package was signed by another key', () => {
    const r = run(write('good.zip', goodBag()), '--key', write('other.pem', OTHER_KEYS.publicKeyPem));
    expect(r.stdout).toContain('[signature]');
    expect(r.status).toBe(1);
  });

  it('exits 2 with usage when the key is missing', () => {
    const r = run(write('good.zip', goodBag()));
    expect(r.stdout).toContain('usage: verify-package FILE --key PUBKEY.pem');
    expect(r.status).toBe(2);
  });
});
