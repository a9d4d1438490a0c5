// PLACEHOLDER (issue 7): replaced by the keys helper. Signatures are the contract.
import type { SigningKeyInfo } from '../../../contract/schemas/court';
import type { ExportFile } from '../../../contract/schemas/files';
import type { Actor } from '../../audit/audit-log';
import type { Core } from '../../core';

const todo = (): never => {
  throw new Error('not implemented yet');
};

/** Makes the center's key pair if there is none (first run); sealed with core.keySealer when present. */
export function ensureSigningKey(_core: Core): void {}
export function signingKeyInfo(_core: Core): SigningKeyInfo {
  return todo();
}
export function rotateSigningKey(_core: Core, _actor: Actor, _reason: string): SigningKeyInfo {
  return todo();
}
/** The current public key as a PEM file; audited. */
export function exportPublicKey(_core: Core, _actor: Actor): ExportFile {
  return todo();
}
/** The current private key for signing; CoreError KEY_UNAVAILABLE when it cannot be unsealed here. */
export function signingKeyForUse(_core: Core): { privateKeyPem: string; fingerprint: string } {
  return todo();
}
/** Current and retired public keys, current first. */
export function knownPublicKeys(_core: Core): { fingerprint: string; publicKeyPem: string }[] {
  return todo();
}
