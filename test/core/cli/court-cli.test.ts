import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import { runVerify } from '../../../electron/cli/verify-report';
import type { CourtBatch, CourtImportPreview, SigningKeyInfo } from '../../../electron/contract/schemas/court';
import { createCase } from '../../../electron/core/cases/intake';
import { openCore } from '../../../electron/core/core';
import { ensureSigningKey } from '../../../electron/core/court/keys/key-store';
import { caseFixture, intake } from '../cases/fixture';
import { KEYS, OTHER_KEYS, ROOT, goodBag, rezip } from '../court/bag-fixtures';
import { tempDir } from '../helpers/core';

let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  vi.stubEnv('ADR_LANG', 'en');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

async function adr(...args: string[]): Promise<string> {
  out = [];
  const program = buildProgram();
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  }
  await program.parseAsync(['node', 'adr', ...args]);
  return out.join('\n');
}

/** The error `adr` would print on stderr (exit code 1). */
async function failure(...args: string[]): Promise<string> {
  try {
    await adr(...args);
  } catch (error) {
    return describeError(error);
  }
  throw new Error(`adr ${args.join(' ')} did not fail`);
}

/** A set-up center in a temp folder with one case and the agencies a referral names. */
async function centerWithCase(): Promise<string> {
  const dir = tempDir('adr-court-cli-');
  const f = await caseFixture({ dir });
  createCase(f.core, f.actor, intake(f));
  f.core.close();
  return dir;
}

function query<T>(dir: string, sql: string): T[] {
  const db = new Database(path.join(dir, 'adr-desk.sqlite3'), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

function audit(dir: string, action: string): { operator_name: string | null; detail: Record<string, unknown> }[] {
  return query<{ operator_name: string | null; detail: string }>(dir, `SELECT operator_name, detail FROM audit_log WHERE action = '${action}' ORDER BY seq`).map((r) => ({
    operator_name: r.operator_name,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('adr court key', () => {
  it('shows the fingerprint and how the private key is kept', async () => {
    const dir = await centerWithCase();
    const text = await adr('--data', dir, 'court', 'key');
    const [row] = query<{ fingerprint: string }>(dir, 'SELECT fingerprint FROM signing_keys');
    expect(text).toContain(`Current key fingerprint (SHA-256): ${row!.fingerprint}`);
    expect(text).toContain('kept unencrypted in the database');
  });

  it('--out writes the public key PEM, audited with the SHA-256 of the file', async () => {
    const dir = await centerWithCase();
    const file = path.join(dir, 'keys', 'center.pem');
    const text = await adr('--data', dir, 'court', 'key', '--out', file);
    expect(text.split('\n')[0]).toBe(file);
    const [row] = query<{ public_key_pem: string; fingerprint: string }>(dir, 'SELECT public_key_pem, fingerprint FROM signing_keys');
    const bytes = fs.readFileSync(file);
    expect(bytes.toString()).toBe(row!.public_key_pem);
    expect(bytes.toString()).not.toContain('PRIVATE');
    const [entry] = audit(dir, 'export');
    expect(entry!.operator_name).toBe('张协调');
    expect(entry!.detail).toMatchObject({ kind: 'signing_public_key', fingerprint: row!.fingerprint, sha256: sha256(bytes) });
  });

  it('--rotate --reason retires the key, records both fingerprints, and --out then writes the new key', async () => {
    const dir = await centerWithCase();
    const before = JSON.parse(await adr('--data', dir, 'court', 'key', '--json')) as SigningKeyInfo;
    const file = path.join(dir, 'new.pem');
    const after = JSON.parse(await adr('--data', dir, 'court', 'key', '--rotate', '--reason', '保管人员调离', '--out', file, '--json')) as SigningKeyInfo;
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.retired.map((r) => r.fingerprint)).toEqual([before.fingerprint]);
    expect(fs.readFileSync(file, 'utf8')).toBe(after.publicKeyPem);
    expect(audit(dir, 'court.keyRotate').map((a) => a.detail)).toEqual([
      expect.objectContaining({ oldFingerprint: before.fingerprint, newFingerprint: after.fingerprint, reason: '保管人员调离' }),
    ]);
  });

  it('--rotate without --reason is refused and changes nothing', async () => {
    const dir = await centerWithCase();
    const keys = query(dir, 'SELECT * FROM signing_keys');
    expect(await failure('--data', dir, 'court', 'key', '--rotate')).toBe('--rotate needs --reason');
    expect(query(dir, 'SELECT * FROM signing_keys')).toEqual(keys);
  });

  it('is refused before first-run setup', async () => {
    const dir = tempDir();
    expect(await failure('--data', dir, 'court', 'key')).toBe('Complete the first-run setup first.');
  });
});

describe('adr court verify (the code of npm run verify-package)', () => {
  function write(dir: string, name: string, bytes: Uint8Array | string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  }

  it('prints the same report as verify-package and fails on a signature from another key, without a database', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'no-data-here');
    const zip = write(dir, 'package.zip', goodBag());
    const key = write(dir, 'other.pem', OTHER_KEYS.publicKeyPem);
    expect(await failure('--data', data, 'court', 'verify', zip, '--key', key)).toBe('The package did not verify.');
    const printed = [...out];
    expect(printed.join('\n')).toContain('[signature]');
    const report: string[] = [];
    expect(runVerify(zip, key, { log: (l) => report.push(l), error: (l) => report.push(l) })).toBe(1);
    expect(printed).toEqual(report);
    expect(fs.existsSync(data)).toBe(false);
  });

  it('names a changed payload file', async () => {
    const dir = tempDir();
    const bad = rezip(goodBag(), (f) => {
      const bytes = f[`${ROOT}/data/records/cases.jsonl`]!;
      bytes[0] = bytes[0]! ^ 0x20;
    });
    const zip = write(dir, 'bad.zip', bad);
    await failure('court', 'verify', zip, '--key', write(dir, 'center.pem', KEYS.publicKeyPem));
    expect(out.join('\n')).toContain('[checksum] data/records/cases.jsonl');
  });

  it('says which file it cannot read', async () => {
    const dir = tempDir();
    const zip = write(dir, 'package.zip', goodBag());
    expect(await failure('court', 'verify', zip, '--key', path.join(dir, 'missing.pem'))).toMatch(/Cannot read file: .*missing\.pem/);
  });
});

// The following run the export and import services (electron/core/court/export, import).

describe('adr court export / batches', () => {
  it('writes a signed batch that verifies with the exported key, and lists it', async () => {
    const dir = await centerWithCase();
    const zip = path.join(dir, 'out', 'batch.zip');
    const text = await adr('--data', dir, 'court', 'export', '--out', zip);
    const lines = text.split('\n');
    expect(lines[0]).toBe(zip);
    expect(lines[1]).toMatch(/^Batch: 1 \(.+\) {2}1 cases, \d+ records$/);
    const bytes = fs.readFileSync(zip);
    expect(lines[2]).toBe(`SHA-256: ${sha256(bytes)}`);

    const key = path.join(dir, 'center.pem');
    await adr('--data', dir, 'court', 'key', '--out', key);
    const verified = await adr('court', 'verify', zip, '--key', key);
    expect(verified).toContain('OK 校验通过 / package verified');

    const batches = JSON.parse(await adr('--data', dir, 'court', 'batches', '--json')) as CourtBatch[];
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ batchNumber: 1, mode: 'incremental', caseCount: 1, sha256: sha256(bytes), status: 'created' });
    const table = (await adr('--data', dir, 'court', 'batches')).split('\n');
    expect(table[0]).toMatch(/^Batch +Identifier +Mode +Cases +Records +Created +Status +SHA-256$/);
    expect(table[1]).toContain(sha256(bytes));
    expect(table[1]).toContain('incremental');
  });

  it('--all exports everything and says so in the batch history', async () => {
    const dir = await centerWithCase();
    await adr('--data', dir, 'court', 'export', '--all', '--out', path.join(dir, 'all.zip'));
    const [batch] = JSON.parse(await adr('--data', dir, 'court', 'batches', '--json')) as CourtBatch[];
    expect(batch!.mode).toBe('all');
  });

  it('cannot sign where the key is sealed by the desktop app, and writes no file', async () => {
    const dir = await centerWithCase();
    // The app opened this database once: its keychain sealed the key made by the setup.
    const app = await openCore({
      databaseFile: path.join(dir, 'adr-desk.sqlite3'),
      dataDir: dir,
      appVersion: '0.0.0-test',
      mode: 'test',
      keySealer: { kind: 'safeStorage', seal: (s) => Buffer.from(s).toString('base64'), unseal: (s) => Buffer.from(s, 'base64').toString() },
    });
    ensureSigningKey(app);
    app.close();
    const zip = path.join(dir, 'batch.zip');
    expect(await failure('--data', dir, 'court', 'export', '--out', zip)).toContain("desktop app's OS keychain");
    expect(fs.existsSync(zip)).toBe(false);
  });
});

describe('adr court import', () => {
  function referralFile(dir: string, referrals: unknown[]): string {
    const file = path.join(dir, 'referrals.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'adr-court-referrals', version: 1, court: '秦皇岛市中级人民法院', referrals }));
    return file;
  }
  const referral = (courtNumber: string, name: string) => ({
    courtNumber,
    kind: 'delegated',
    title: `${name}诉市自然资源和规划局征收补偿案`,
    category: '土地房屋征收补偿',
    respondentAgency: '秦皇岛市自然资源和规划局',
    referredOn: '2026-11-20',
    parties: [{ kind: 'person', name }],
  });
  const caseCount = (dir: string) => query<{ n: number }>(dir, 'SELECT count(*) AS n FROM cases')[0]!.n;

  it('--dry-run prints the preview and writes nothing; the import creates the cases once', async () => {
    const dir = await centerWithCase();
    const file = referralFile(dir, [referral('（2026）冀03行初15号', '李某'), referral('（2026）冀03行初16号', '赵某')]);
    const preview = await adr('--data', dir, 'court', 'import', file, '--dry-run');
    expect(preview).toContain('2 referrals: 2 to create, 0 already here');
    expect(preview).toContain('（2026）冀03行初15号');
    expect(preview).toContain('Dry run: the file can be imported; nothing was written.');
    expect(caseCount(dir)).toBe(1);

    expect(await adr('--data', dir, 'court', 'import', file)).toContain('Created 2 cases');
    expect(caseCount(dir)).toBe(3);
    const again = await adr('--data', dir, 'court', 'import', file);
    expect(again).toContain('Nothing changed');
    expect(caseCount(dir)).toBe(3);
  });

  it('refuses a file with a bad row, names the row and why, and imports nothing', async () => {
    const dir = await centerWithCase();
    const file = referralFile(dir, [referral('（2026）冀03行初17号', '钱某'), { ...referral('（2026）冀03行初18号', '孙某'), respondentAgency: '不存在的单位' }]);
    expect(await failure('--data', dir, 'court', 'import', file)).toMatch(/^Nothing was imported/);
    const text = out.join('\n');
    expect(text).toContain('1 rows rejected:');
    expect(text).toMatch(/row 2: .*不存在的单位/);
    expect(caseCount(dir)).toBe(1);
  });

  it('refuses a receipt for a batch that was never exported', async () => {
    const dir = await centerWithCase();
    const file = path.join(dir, 'receipt.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'adr-court-receipt', version: 1, batchNumber: 999, packageSha256: 'ab'.repeat(32), receivedOn: '2026-11-28', filings: [] }));
    expect(await failure('--data', dir, 'court', 'import', file, '--json')).toMatch(/^Nothing was imported/);
    const { preview } = JSON.parse(out.join('\n')) as { preview: CourtImportPreview };
    expect(preview.kind).toBe('receipt');
    expect(preview.importable).toBe(false);
    expect(preview.fileErrors.map((e) => e.en).join(' ')).toContain('999');
  });
});
