// PLACEHOLDER (issue 7): replaced by the export helper. Signatures are the contract.
import type { CourtVerifyResult } from '../../../contract/schemas/court';
import type { Core } from '../../core';

export function verifyUpload(_core: Core, _input: { file: { fileName: string; contentBase64: string }; publicKeyPem?: string | undefined }): CourtVerifyResult {
  throw new Error('not implemented yet');
}
