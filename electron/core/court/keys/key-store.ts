import { sql } from 'kysely';
import type { SigningKeyInfo } from '../../../contract/schemas/court';
import type { ExportFile } from '../../../contract/schemas/files';
import { appendAudit, SYSTEM_ACTOR, type Actor } from '../../audit/audit-log';
import { writeTx } from '../../cases/case-rows';
import { field } from '../../cases/messages';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import type { SigningKeysTable } from '../../db/schema';
import { exportFile, logExport } from '../../documents/export-file';
import { fieldErrors } from '../../errors';
import { fingerprint as fingerprintOf, generateKeyPair } from './ed25519';
import { sealPrivateKey, unsealPrivateKey, type Sealing } from './key-sealing';

/**
 * The center's signing key pair, kept in signing_keys: one current key (retired_at null) and the
 * keys it replaced, which stay so that packages they signed still verify. The private key is
 * sealed with the host's keychain where there is one (core.keySealer); the public key and its
 * fingerprint are plain.
 */

type KeyRow = SigningKeysTable;

function currentKeyRow(core: Core): KeyRow | undefined {
  return core.q.first(qb.selectFrom('signing_keys').selectAll().where('retired_at', 'is', null).orderBy('created_at', 'desc').limit(1));
}

/** Retired keys newest first; rowid breaks ties between keys retired in the same millisecond. */
function retiredKeyRows(core: Core): KeyRow[] {
  return core.q.all(
    qb
      .selectFrom('signing_keys')
      .selectAll()
      .where('retired_at', 'is not', null)
      .orderBy('retired_at', 'desc')
      .orderBy(sql`rowid`, 'desc'),
  );
}

interface NewKey {
  id: string;
  publicKeyPem: string;
  fingerprint: string;
  sealed: string;
  sealing: Sealing;
}

/** Generates and seals outside any transaction: a keychain call may be slow or prompt the user. */
function makeKey(core: Core): NewKey {
  const pair = generateKeyPair();
  return { id: core.newId(), publicKeyPem: pair.publicKeyPem, fingerprint: fingerprintOf(pair.publicKeyPem), ...sealPrivateKey(core, pair.privateKeyPem) };
}

function insertKey(core: Core, key: NewKey, at: string): void {
  core.q.run(
    qb.insertInto('signing_keys').values({
      id: key.id,
      public_key_pem: key.publicKeyPem,
      private_key_sealed: key.sealed,
      sealing: key.sealing,
      fingerprint: key.fingerprint,
      created_at: at,
      retired_at: null,
    }),
  );
}

/**
 * Makes the center's key pair if there is none (first run, or a database from before keys
 * existed); sealed with core.keySealer when present. A current key kept as plain PEM is sealed
 * once a keychain is available (a key made by the CLI, then the app opened). Safe to call
 * repeatedly, alone or inside an outer transaction (setup), where the write becomes a savepoint.
 *
 * A key made here is audited as 'court.keyCreate' unless the caller records it in its own entry
 * (`audited: false`: setup names the fingerprint in 'setup.complete').
 */
export function ensureSigningKey(core: Core, options: { audited?: boolean } = {}): { fingerprint: string; created: boolean } {
  const current = currentKeyRow(core);
  if (current) {
    if (current.sealing === 'none' && core.keySealer) sealPlainKey(core, current);
    return { fingerprint: current.fingerprint, created: false };
  }
  const key = makeKey(core);
  return writeTx(core, () => {
    // Another process (the CLI beside the app) may have made one since the check above.
    const made = currentKeyRow(core);
    if (made) return { fingerprint: made.fingerprint, created: false };
    const at = core.now();
    insertKey(core, key, at);
    if (options.audited !== false) {
      appendAudit(core.q, SYSTEM_ACTOR, at, {
        action: 'court.keyCreate',
        entity: 'signing_keys',
        entityId: key.id,
        detail: { fingerprint: key.fingerprint, sealing: key.sealing },
      });
    }
    return { fingerprint: key.fingerprint, created: true };
  });
}

function sealPlainKey(core: Core, row: KeyRow): void {
  const sealed = sealPrivateKey(core, row.private_key_sealed);
  if (sealed.sealing === 'none') return;
  writeTx(core, () => {
    const changed = core.q.run(
      qb
        .updateTable('signing_keys')
        .set({ private_key_sealed: sealed.sealed, sealing: sealed.sealing })
        .where('id', '=', row.id)
        .where('sealing', '=', 'none'),
    ).changes;
    if (changed === 0) return;
    appendAudit(core.q, SYSTEM_ACTOR, core.now(), {
      action: 'court.keySeal',
      entity: 'signing_keys',
      entityId: row.id,
      detail: { fingerprint: row.fingerprint, sealing: sealed.sealing },
    });
  });
}

function currentKey(core: Core): KeyRow {
  ensureSigningKey(core);
  const row = currentKeyRow(core);
  if (!row) throw new Error('No current signing key after ensureSigningKey');
  return row;
}

export function signingKeyInfo(core: Core): SigningKeyInfo {
  const current = currentKey(core);
  return {
    fingerprint: current.fingerprint,
    publicKeyPem: current.public_key_pem,
    createdAt: current.created_at,
    sealing: current.sealing === 'safeStorage' ? 'safeStorage' : 'none',
    retired: retiredKeyRows(core).map((r) => ({ fingerprint: r.fingerprint, createdAt: r.created_at, retiredAt: r.retired_at ?? '' })),
  };
}

/**
 * Retires the current key and makes a new one, in one transaction with its audit entry naming
 * both fingerprints. The old key stays (retired) so packages it signed still verify.
 */
export function rotateSigningKey(core: Core, actor: Actor, reason: string): SigningKeyInfo {
  const why = reason.trim();
  if (why === '') throw fieldErrors([field('reason', '请填写更换密钥的原因。', 'Give the reason for rotating the key.')]);
  const key = makeKey(core);
  writeTx(core, () => {
    const at = core.now();
    const old = currentKeyRow(core);
    core.q.run(qb.updateTable('signing_keys').set({ retired_at: at }).where('retired_at', 'is', null));
    insertKey(core, key, at);
    appendAudit(core.q, actor, at, {
      action: 'court.keyRotate',
      entity: 'signing_keys',
      entityId: key.id,
      detail: { oldFingerprint: old?.fingerprint ?? null, newFingerprint: key.fingerprint, sealing: key.sealing, reason: why },
    });
  });
  return signingKeyInfo(core);
}

/** The current public key as a PEM file named by its fingerprint; audited with its SHA-256. */
export function exportPublicKey(core: Core, actor: Actor): ExportFile {
  const current = currentKey(core);
  const fileName = `ADR-signing-key-${current.fingerprint.slice(0, 16)}.pem`;
  const file = exportFile(fileName, 'application/x-pem-file', new TextEncoder().encode(current.public_key_pem));
  logExport(core, actor, {
    kind: 'signing_public_key',
    fileName,
    entity: 'signing_keys',
    entityId: current.id,
    detail: { fingerprint: current.fingerprint },
    content: file,
  });
  return file;
}

/** The current private key for signing; CoreError KEY_UNAVAILABLE when it cannot be unsealed here. */
export function signingKeyForUse(core: Core): { privateKeyPem: string; fingerprint: string } {
  const current = currentKey(core);
  return { privateKeyPem: unsealPrivateKey(core, current), fingerprint: current.fingerprint };
}

/** Current and retired public keys, current first (a read: no key is made here). */
export function knownPublicKeys(core: Core): { fingerprint: string; publicKeyPem: string }[] {
  const current = currentKeyRow(core);
  return [...(current ? [current] : []), ...retiredKeyRows(core)].map((r) => ({ fingerprint: r.fingerprint, publicKeyPem: r.public_key_pem }));
}
