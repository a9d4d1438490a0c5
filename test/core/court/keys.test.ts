import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  generateKeyPair,
  publicKeyPemOf,
  signDetached,
  verifyDetached,
} from '../../../electron/core/court/keys/ed25519';

describe('Ed25519 keys', () => {
  it('exports PEM, derives the public key from the private one, and signs/verifies detached', () => {
    const keys = generateKeyPair();
    expect(keys.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(keys.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(publicKeyPemOf(keys.privateKeyPem)).toBe(keys.publicKeyPem);
    const data = new TextEncoder().encode('tag manifest');
    const sig = signDetached(data, keys.privateKeyPem);
    expect(Buffer.from(sig, 'base64')).toHaveLength(64);
    expect(verifyDetached(data, sig, keys.publicKeyPem)).toBe(true);
    expect(verifyDetached(new TextEncoder().encode('tag manifesT'), sig, keys.publicKeyPem)).toBe(false);
    expect(verifyDetached(data, sig, generateKeyPair().publicKeyPem)).toBe(false);
  });

  it('fingerprints the DER SPKI public key with SHA-256 (checkable with openssl)', () => {
    const keys = generateKeyPair();
    const der = crypto.createPublicKey(keys.publicKeyPem).export({ type: 'spki', format: 'der' });
    expect(fingerprint(keys.publicKeyPem)).toBe(crypto.createHash('sha256').update(der).digest('hex'));
    expect(fingerprint(keys.publicKeyPem)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint(keys.publicKeyPem)).not.toBe(fingerprint(generateKeyPair().publicKeyPem));
  });

  it('refuses a key that is not Ed25519', () => {
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => fingerprint(rsa)).toThrow(/Ed25519/);
  });
});
