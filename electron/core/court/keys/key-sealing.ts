import { CoreError } from '../../errors';
import type { Core } from '../../core';

/** How a private key is kept in signing_keys.private_key_sealed (the contract's KeySealing). */
export type Sealing = 'safeStorage' | 'none';

/**
 * Seals a private key with the host's keychain when there is one. A keychain that fails at this
 * moment must not stop first-run setup, so the key is then kept as plain PEM (recorded as 'none',
 * and sealed later by ensureSigningKey once the keychain works).
 */
export function sealPrivateKey(core: Core, privateKeyPem: string): { sealed: string; sealing: Sealing } {
  if (core.keySealer) {
    try {
      return { sealed: core.keySealer.seal(privateKeyPem), sealing: core.keySealer.kind };
    } catch {
      // Falls through to plain storage; the sealing column says so.
    }
  }
  return { sealed: privateKeyPem, sealing: 'none' };
}

/** The PEM of a stored private key; KEY_UNAVAILABLE when this process cannot unseal it. */
export function unsealPrivateKey(core: Core, row: { private_key_sealed: string; sealing: string }): string {
  if (row.sealing === 'none') return row.private_key_sealed;
  if (row.sealing !== 'safeStorage') {
    throw keyUnavailable(
      `密钥的保护方式“${row.sealing}”无法识别。`,
      `the key is protected in an unknown way ("${row.sealing}").`,
    );
  }
  if (!core.keySealer) {
    // The CLI, browser mode: no Electron, so no access to the OS keychain that holds the key.
    throw keyUnavailable(
      '私钥由桌面程序通过操作系统钥匙串保护，只能在桌面程序中签名导出。',
      "the private key is protected by the desktop app's OS keychain; sign the export from the app.",
    );
  }
  try {
    return core.keySealer.unseal(row.private_key_sealed);
  } catch {
    // Another OS user, another machine (a copied database), or a locked or reset keychain.
    throw keyUnavailable(
      '无法用本机当前用户的操作系统钥匙串解开私钥（可能是其他用户或其他电脑创建的密钥，或钥匙串不可用）。可在“法院对接”中更换密钥。',
      "the OS keychain of this user cannot unseal the private key (made by another user or machine, or the keychain is unavailable). Rotate the key under Court exchange.",
    );
  }
}

function keyUnavailable(zh: string, en: string): CoreError {
  return new CoreError('KEY_UNAVAILABLE', `Signing key unavailable: ${en}`, { detail: en, 'detail.zh-CN': zh, 'detail.en': en });
}
