import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Operator passwords: scrypt (RFC 7914) with a random 16-byte salt and a 64-byte key, stored as a
 * self-describing string `scrypt$N$r$p$saltB64$hashB64` so the cost can be raised later without
 * breaking the hashes already stored (each one carries its own parameters). N = 2^15, r = 8 costs
 * about 32 MiB and ~100 ms per attempt: slow for a guesser, unnoticeable at sign-in. Neither the
 * password nor the hash is ever logged, audited or returned by a channel.
 */

export const SCRYPT_N = 2 ** 15;
export const SCRYPT_R = 8;
export const SCRYPT_P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 64;

/** scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly that, so leave headroom. */
function options(n: number, r: number, p: number): ScryptOptions {
  return { N: n, r, p, maxmem: 128 * n * r * 2 };
}

function encode(n: number, r: number, p: number, salt: Buffer, key: Buffer): string {
  return ['scrypt', n, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

function scryptAsync(password: string, salt: Buffer, length: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, opts, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(password, salt, KEY_BYTES, options(SCRYPT_N, SCRYPT_R, SCRYPT_P));
  return encode(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, key);
}

/** For callers inside a synchronous transaction (first-run setup). */
export function hashPasswordSync(password: string): string {
  const salt = randomBytes(SALT_BYTES);
  const key = scryptSync(password.normalize('NFC'), salt, KEY_BYTES, options(SCRYPT_N, SCRYPT_R, SCRYPT_P));
  return encode(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, key);
}

interface ParsedHash {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

/** Refuses anything odd (hand-edited rows, absurd costs that would stall the app). */
function parse(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const powerOfTwo = Number.isInteger(n) && n >= 2 && (n & (n - 1)) === 0;
  if (!powerOfTwo || n > 2 ** 20 || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return null;
  const salt = Buffer.from(parts[4]!, 'base64');
  const key = Buffer.from(parts[5]!, 'base64');
  if (salt.length < 8 || key.length < 16) return null;
  return { n, r, p, salt, key };
}

/** Constant-time comparison of the derived key; false (never an exception) for a malformed hash. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored ? parse(stored) : null;
  if (!parsed) return false;
  const key = await scryptAsync(password, parsed.salt, parsed.key.length, options(parsed.n, parsed.r, parsed.p));
  return timingSafeEqual(key, parsed.key);
}

/**
 * Spends the same work as a real check, so an unknown operator and a wrong password take the same
 * time (a guesser cannot tell which operator ids exist from the response time).
 */
export async function burnVerifyTime(password: string): Promise<void> {
  await scryptAsync(password, randomBytes(SALT_BYTES), KEY_BYTES, options(SCRYPT_N, SCRYPT_R, SCRYPT_P));
}
