import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core, KeySealer } from '../../../electron/core/core';
import { qb } from '../../../electron/core/db/query';
import { CoreError } from '../../../electron/core/errors';
import { fingerprint, publicKeyPemOf, signDetached, verifyDetached } from '../../../electron/core/court/keys/ed25519';
import {
  ensureSigningKey,
  exportPublicKey,
  knownPublicKeys,
  rotateSigningKey,
  signingKeyForUse,
  signingKeyInfo,
} from '../../../electron/core/court/keys/key-store';
import { localize } from '../../../electron/contract/errors';
import { fileCore, memoryCore, setUpCore, tempDir } from '../helpers/core';

const actor = { operatorId: null, operatorName: '张协调' };

/** A reversible stand-in for safeStorage: base64 of the reversed text behind a marker. */
function fakeSealer(): KeySealer & { broken: boolean } {
  const sealer = {
    kind: 'safeStorage' as const,
    broken: false,
    seal: (plain: string) => Buffer.from(`sealed:${[...plain].reverse().join('')}`).toString('base64'),
    unseal: (text: string) => {
      if (sealer.broken) throw new Error('keychain locked');
      const s = Buffer.from(text, 'base64').toString();
      if (!s.startsWith('sealed:')) throw new Error('not sealed here');
      return [...s.slice('sealed:'.length)].reverse().join('');
    },
  };
  return sealer;
}

function withSealer(core: Core, sealer: KeySealer | null): Core {
  return { ...core, keySealer: sealer };
}

function keyRows(core: Core) {
  return core.q.all(qb.selectFrom('signing_keys').selectAll().orderBy('created_at'));
}

function auditOf(core: Core, action: string) {
  return core.q.all(qb.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq')).map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

const cores: Core[] = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});
async function track(p: Promise<Core>): Promise<Core> {
  const core = await p;
  cores.push(core);
  return core;
}

describe('the center signing key', () => {
  it('is made at first-run setup, its fingerprint in the setup entry', async () => {
    const bare = await track(memoryCore());
    expect(keyRows(bare)).toHaveLength(0);
    const { core } = await setUpCore(bare);
    const rows = keyRows(core);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sealing).toBe('none');
    expect(rows[0]!.retired_at).toBeNull();
    expect(rows[0]!.fingerprint).toBe(fingerprint(rows[0]!.public_key_pem));
    expect(auditOf(core, 'setup.complete')[0]!.detail.signingKeyFingerprint).toBe(rows[0]!.fingerprint);
    expect(auditOf(core, 'court.keyCreate')).toHaveLength(0);
  });

  it('rolls back with a setup that fails after it', async () => {
    const core = await track(memoryCore());
    expect(() =>
      core.q.tx(() => {
        ensureSigningKey(core);
        throw new Error('later step failed');
      }),
    ).toThrow('later step failed');
    expect(keyRows(core)).toHaveLength(0);
  });

  it('is made once however often it is ensured', async () => {
    const { core } = await setUpCore(await track(memoryCore()));
    const before = keyRows(core)[0]!;
    ensureSigningKey(core);
    ensureSigningKey(core);
    expect(keyRows(core)).toEqual([before]);
    expect(ensureSigningKey(core)).toEqual({ fingerprint: before.fingerprint, created: false });
    expect(auditOf(core, 'court.keyCreate')).toHaveLength(0);
  });

  it('is made on first use in a database from before keys existed', async () => {
    const core = await track(memoryCore());
    const used = signingKeyForUse(core);
    expect(keyRows(core)).toHaveLength(1);
    expect(auditOf(core, 'court.keyCreate').map((a) => a.detail.fingerprint)).toEqual([used.fingerprint]);
    expect(used.fingerprint).toBe(keyRows(core)[0]!.fingerprint);
    expect(publicKeyPemOf(used.privateKeyPem)).toBe(keyRows(core)[0]!.public_key_pem);
  });

  it('signs with the private key of the public key it reports', async () => {
    const { core } = await setUpCore(await track(memoryCore()));
    const { privateKeyPem, fingerprint: fp } = signingKeyForUse(core);
    const info = signingKeyInfo(core);
    expect(fp).toBe(info.fingerprint);
    const data = new TextEncoder().encode('tagmanifest-sha256.txt');
    expect(verifyDetached(data, signDetached(data, privateKeyPem), info.publicKeyPem)).toBe(true);
  });

  it('is sealed with the keychain when there is one: no private PEM in the database file', async () => {
    const dir = tempDir();
    const sealer = fakeSealer();
    const core = withSealer(await track(fileCore(dir)), sealer);
    await setUpCore(core);
    const row = keyRows(core)[0]!;
    expect(row.sealing).toBe('safeStorage');
    expect(row.private_key_sealed).not.toContain('PRIVATE KEY');
    expect(signingKeyInfo(core).sealing).toBe('safeStorage');
    const { privateKeyPem } = signingKeyForUse(core);
    expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(publicKeyPemOf(privateKeyPem)).toBe(row.public_key_pem);
    core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    for (const name of fs.readdirSync(dir).filter((f) => f.startsWith('adr-desk.sqlite3'))) {
      expect(fs.readFileSync(path.join(dir, name)).includes('-----BEGIN PRIVATE KEY')).toBe(false);
    }
  });

  it('stores plain PEM only as sealing "none", and the database file then holds it (the check above can fail)', async () => {
    const dir = tempDir();
    const core = await track(fileCore(dir));
    await setUpCore(core);
    core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(path.join(dir, 'adr-desk.sqlite3')).includes('-----BEGIN PRIVATE KEY')).toBe(true);
  });

  it('refuses to sign with KEY_UNAVAILABLE where the sealed key cannot be opened', async () => {
    const sealer = fakeSealer();
    const core = withSealer(await track(memoryCore()), sealer);
    await setUpCore(core);

    const noKeychain = withSealer(core, null);
    const error = (() => {
      try {
        signingKeyForUse(noKeychain);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe('KEY_UNAVAILABLE');
    const message = localize('KEY_UNAVAILABLE', (error as CoreError).params);
    expect(message['zh-CN']).toContain('钥匙串');
    expect(message.en).toContain("desktop app's OS keychain");

    sealer.broken = true;
    expect(() => signingKeyForUse(core)).toThrow(expect.objectContaining({ code: 'KEY_UNAVAILABLE' }) as Error);
    // Reading the public side still works without the private key.
    expect(signingKeyInfo(noKeychain).sealing).toBe('safeStorage');
  });

  it('seals a plain key once a keychain is available (a key first made by the CLI)', async () => {
    const { core } = await setUpCore(await track(memoryCore()));
    const plain = keyRows(core)[0]!;
    const app = withSealer(core, fakeSealer());
    expect(signingKeyForUse(app).privateKeyPem).toBe(plain.private_key_sealed);
    const row = keyRows(core)[0]!;
    expect(row.sealing).toBe('safeStorage');
    expect(row.private_key_sealed).not.toContain('PRIVATE KEY');
    expect(row.fingerprint).toBe(plain.fingerprint);
    expect(auditOf(core, 'court.keySeal').map((a) => a.detail.fingerprint)).toEqual([plain.fingerprint]);
  });

  it('keeps a key plain when the keychain fails while sealing, so setup still completes', async () => {
    const core = withSealer(await track(memoryCore()), {
      kind: 'safeStorage',
      seal: () => {
        throw new Error('no keyring');
      },
      unseal: () => {
        throw new Error('no keyring');
      },
    });
    await setUpCore(core);
    expect(keyRows(core)[0]!.sealing).toBe('none');
    expect(signingKeyForUse(core).privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('rotates: retires the old key, audits both fingerprints, and old signatures still verify', async () => {
    const { core } = await setUpCore(await track(memoryCore()));
    const old = signingKeyForUse(core);
    const data = new TextEncoder().encode('a package signed before the rotation');
    const oldSignature = signDetached(data, old.privateKeyPem);

    const info = rotateSigningKey(core, actor, '  密钥保管人员调离  ');
    expect(info.fingerprint).not.toBe(old.fingerprint);
    expect(info.retired).toEqual([{ fingerprint: old.fingerprint, createdAt: expect.any(String) as string, retiredAt: core.now() }]);
    expect(keyRows(core).filter((r) => r.retired_at === null)).toHaveLength(1);
    expect(signingKeyForUse(core).fingerprint).toBe(info.fingerprint);

    const rotations = auditOf(core, 'court.keyRotate');
    expect(rotations).toHaveLength(1);
    expect(rotations[0]!.operator_name).toBe('张协调');
    expect(rotations[0]!.detail).toMatchObject({ oldFingerprint: old.fingerprint, newFingerprint: info.fingerprint, reason: '密钥保管人员调离' });

    const known = knownPublicKeys(core);
    expect(known.map((k) => k.fingerprint)).toEqual([info.fingerprint, old.fingerprint]);
    expect(verifyDetached(data, oldSignature, known[1]!.publicKeyPem)).toBe(true);
    expect(verifyDetached(data, oldSignature, known[0]!.publicKeyPem)).toBe(false);
  });

  it('lists retired keys newest first after two rotations', async () => {
    const { core } = await setUpCore(await track(memoryCore()));
    const first = signingKeyInfo(core).fingerprint;
    const second = rotateSigningKey(core, actor, '定期更换').fingerprint;
    const third = rotateSigningKey(core, actor, '定期更换');
    expect(third.retired.map((r) => r.fingerprint)).toEqual([second, first]);
    expect(knownPublicKeys(core).map((k) => k.fingerprint)).toEqual([third.fingerprint, second, first]);
  });

  it('refuses a rotation without a reason and changes nothing', async () => {
    const { core } = await setUpCore(await track(memoryCore()));
    const before = keyRows(core);
    expect(() => rotateSigningKey(core, actor, '   ')).toThrow(expect.objectContaining({ code: 'VALIDATION' }) as Error);
    expect(keyRows(core)).toEqual(before);
    expect(auditOf(core, 'court.keyRotate')).toHaveLength(0);
  });

  it('exports the public key as PEM named by its fingerprint, audited with its SHA-256', async () => {
    const { core } = await setUpCore(await track(memoryCore()));
    const info = signingKeyInfo(core);
    const file = exportPublicKey(core, actor);
    expect(file.fileName).toBe(`ADR-signing-key-${info.fingerprint.slice(0, 16)}.pem`);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.toString()).toBe(info.publicKeyPem);
    expect(bytes.toString()).not.toContain('PRIVATE');
    const exports = auditOf(core, 'export');
    expect(exports).toHaveLength(1);
    expect(exports[0]!.detail).toMatchObject({
      fileName: file.fileName,
      fingerprint: info.fingerprint,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.byteLength,
    });
  });

  it('knows no keys before one is made (verification does not invent one)', async () => {
    const core = await track(memoryCore());
    expect(knownPublicKeys(core)).toEqual([]);
    expect(keyRows(core)).toHaveLength(0);
  });
});
