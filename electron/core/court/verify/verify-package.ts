import type { Localized } from '../../../contract/result';
import { DEFAULT_LIMITS, verifyBag, type BagFailure, type VerifiedBag, type VerifyLimits } from '../bag/verify-bag';
import { readCentralDirectory, readEntry } from '../bag/zip-read';
import { checkPayload } from './payload-schema';

/**
 * The whole check the court runs, in the app and in `npm run verify-package`: first the bag
 * (names, sizes, structure, checksums, Payload-Oxum, signature, fingerprint — verify-bag.ts), then,
 * only for a bag that passed, the payload against the published JSON Schema (check 'schema'). A
 * payload is only worth reading once it is known to be what the center signed.
 */

export interface PackageFailure extends Omit<BagFailure, 'check'> {
  check: BagFailure['check'] | 'schema';
  message: Localized;
}
export type PackageVerifyResult = { ok: true; info: VerifiedBag } | { ok: false; failures: PackageFailure[] };

export function verifyPackage(zip: Uint8Array, publicKeyPem: string, limits: Partial<VerifyLimits> = DEFAULT_LIMITS): PackageVerifyResult {
  const bag = verifyBag(zip, publicKeyPem, limits);
  if (!bag.ok) return bag;
  const failures = checkPayload(payloadFiles(zip, bag.info.bagName, { ...DEFAULT_LIMITS, ...limits }));
  if (failures.length > 0) return { ok: false, failures: failures.map((f) => ({ check: 'schema', file: f.file, message: f.message })) };
  return bag;
}

/**
 * The bag's files by their path in the bag. The bag check has already vetted every entry (names,
 * sizes, bombs), so reading again is safe; only the manifest and the record files are inflated.
 */
function payloadFiles(zip: Uint8Array, bagName: string, limits: VerifyLimits): Map<string, Uint8Array | null> {
  const files = new Map<string, Uint8Array | null>();
  const prefix = `${bagName}/`;
  for (const e of readCentralDirectory(zip)) {
    if (e.name.endsWith('/') || !e.name.startsWith(prefix)) continue;
    const path = e.name.slice(prefix.length);
    const wanted = path === 'data/manifest.json' || path.startsWith('data/records/');
    files.set(path, wanted ? readEntry(zip, e, limits.maxEntryBytes) : null);
  }
  return files;
}
