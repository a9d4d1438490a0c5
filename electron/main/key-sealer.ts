import { safeStorage } from 'electron';
import type { KeySealer } from '../core/core';

/**
 * The court signing key's protection in the app: Electron safeStorage, which encrypts with a key
 * held by the OS (macOS Keychain, Windows DPAPI, a Linux secret store). Only usable after the
 * app's 'ready' event, so this is made where the core is opened.
 *
 * null → the core keeps the key as plain PEM and says so (sealing 'none'):
 * - encryption is unavailable (no keychain reachable), or
 * - on Linux the backend is 'basic_text': with no secret store Electron encrypts with a
 *   hard-coded password, which protects nothing and would only pretend to; 'unknown' means the
 *   call came before 'ready' and is refused the same way.
 *
 * The synchronous calls are deprecated from Electron 45 (removed in 46) in favour of the async
 * ones; the core seals and unseals inside synchronous SQLite transactions, so KeySealer is
 * synchronous. Moving to the async API means unsealing before the transaction (see key-store.ts).
 */
export function electronKeySealer(platform: NodeJS.Platform = process.platform): KeySealer | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return null;
  }
  return {
    kind: 'safeStorage',
    // encryptString gives bytes; the database column is text, so they are kept as base64.
    seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
    // Throws when the bytes were sealed by another user, machine or keychain.
    unseal: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
