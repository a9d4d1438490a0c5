// PLACEHOLDER (issue 7): the export helper replaces this with verifyBag + the payload's JSON Schema
// check (check 'schema'). Signature is the contract for the CLI and verify-upload.
import { DEFAULT_LIMITS, verifyBag, type VerifyLimits } from '../bag/verify-bag';
import type { BagFailure, VerifiedBag } from '../bag/verify-bag';
import type { Localized } from '../../../contract/result';

export interface PackageFailure extends Omit<BagFailure, 'check'> {
  check: BagFailure['check'] | 'schema';
  message: Localized;
}
export type PackageVerifyResult = { ok: true; info: VerifiedBag } | { ok: false; failures: PackageFailure[] };

/** The whole check the court runs: the bag (structure, sizes, checksums, signature) then the schema. */
export function verifyPackage(zip: Uint8Array, publicKeyPem: string, limits: Partial<VerifyLimits> = DEFAULT_LIMITS): PackageVerifyResult {
  return verifyBag(zip, publicKeyPem, limits);
}
