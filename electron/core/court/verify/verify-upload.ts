import type { CourtVerifyResult } from '../../../contract/schemas/court';
import { t } from '../../cases/messages';
import type { Core } from '../../core';
import { FINGERPRINT_LABEL, parseBagInfo, type BagInfo } from '../bag/bag-text';
import { readCentralDirectory, readEntry } from '../bag/zip-read';
import { fingerprint } from '../keys/ed25519';
import { knownPublicKeys } from '../keys/key-store';
import { verifyPackage } from './verify-package';

/**
 * Verification in the app (court.verify): a package the user picked, against the public key they
 * give, or else against the center's own key — current or retired — whose fingerprint the bag
 * names. A package naming a key the center never had fails with a 'key' failure saying so.
 */

/** bag-info.txt is a few hundred bytes; anything near this is not ours. */
const BAG_INFO_LIMIT = 64 * 1024;

/** The bag's directory and bag-info, read without trusting the zip (a failure gives null). */
function peekBagInfo(zip: Uint8Array): { bagName: string; bagInfo: BagInfo } | null {
  try {
    const entries = readCentralDirectory(zip);
    const entry = entries.find((e) => /^[^/]+\/bag-info\.txt$/.test(e.name));
    if (!entry || entry.size > BAG_INFO_LIMIT) return null;
    const text = new TextDecoder().decode(readEntry(zip, entry, BAG_INFO_LIMIT));
    return { bagName: entry.name.slice(0, entry.name.indexOf('/')), bagInfo: parseBagInfo(text) };
  } catch {
    return null;
  }
}

function safeFingerprint(pem: string): string | null {
  try {
    return fingerprint(pem);
  } catch {
    return null;
  }
}

export function verifyUpload(core: Core, input: { file: { fileName: string; contentBase64: string }; publicKeyPem?: string | undefined }): CourtVerifyResult {
  const zip = new Uint8Array(Buffer.from(input.file.contentBase64, 'base64'));
  const peek = peekBagInfo(zip);
  const base = { bagName: peek?.bagName ?? null, bagInfo: peek?.bagInfo ?? null, payloadFiles: null, payloadBytes: null };
  let pem = input.publicKeyPem;
  if (pem === undefined) {
    const keys = knownPublicKeys(core);
    const named = peek?.bagInfo[FINGERPRINT_LABEL];
    const match = named ? keys.find((k) => k.fingerprint === named) : keys[0];
    if (!match) {
      return {
        ok: false,
        failures: [
          {
            check: 'key',
            file: 'bag-info.txt',
            message: named
              ? t(`此包由未知的密钥签名（指纹 ${named}），不是本中心现用或曾用的密钥；请提供签名方的公钥再校验`, `The package was signed by an unknown key (fingerprint ${named}), not one this center uses or used; give the signer's public key to verify it`)
              : t('本中心尚无签名密钥，请提供公钥再校验', 'This center has no signing key yet; give a public key to verify against'),
          },
        ],
        ...base,
        keyFingerprint: null,
      };
    }
    pem = match.publicKeyPem;
  }
  const result = verifyPackage(zip, pem);
  if (result.ok) {
    const { info } = result;
    return { ok: true, failures: [], bagName: info.bagName, bagInfo: info.bagInfo, payloadFiles: info.payloadFiles, payloadBytes: info.payloadBytes, keyFingerprint: info.fingerprint };
  }
  return { ok: false, failures: result.failures, ...base, keyFingerprint: safeFingerprint(pem) };
}
