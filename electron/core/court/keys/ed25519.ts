import crypto from 'node:crypto';

/**
 * The center's signing key: Ed25519 from node:crypto, nothing else (no native modules, and the
 * court can check a signature with any OpenSSL). Keys travel as PEM (PKCS#8 private, SPKI public);
 * a key is named by its fingerprint, the SHA-256 of the DER SPKI public key in lower-case hex, so
 * the court can compare it with what the center gave it on paper.
 */
export interface KeyPairPem {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function generateKeyPair(): KeyPairPem {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Throws if the PEM is not an Ed25519 public key (a wrong key type must not verify as "bad"). */
export function publicKeyFromPem(pem: string): crypto.KeyObject {
  const key = crypto.createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`Not an Ed25519 public key: ${key.asymmetricKeyType}`);
  return key;
}

export function privateKeyFromPem(pem: string): crypto.KeyObject {
  const key = crypto.createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`Not an Ed25519 private key: ${key.asymmetricKeyType}`);
  return key;
}

/** The public key of a private key, as PEM (so a stored private key is enough to re-export it). */
export function publicKeyPemOf(privateKeyPem: string): string {
  return crypto.createPublicKey(privateKeyFromPem(privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
}

export function fingerprint(publicKeyPem: string): string {
  const der = publicKeyFromPem(publicKeyPem).export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('hex');
}

/** Detached signature, base64. Ed25519 takes no digest name (the algorithm fixes SHA-512). */
export function signDetached(data: Uint8Array, privateKeyPem: string): string {
  return crypto.sign(null, data, privateKeyFromPem(privateKeyPem)).toString('base64');
}

export function verifyDetached(data: Uint8Array, signatureBase64: string, publicKeyPem: string): boolean {
  const signature = Buffer.from(signatureBase64.trim(), 'base64');
  if (signature.length !== 64) return false;
  return crypto.verify(null, data, publicKeyFromPem(publicKeyPem), signature);
}
