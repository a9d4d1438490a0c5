// PLACEHOLDER (issue 7): replaced by the import helper. Signatures are the contract.
import type { CourtImportPreview, CourtImportResult, CourtUpload } from '../../../contract/schemas/court';
import type { Localized } from '../../../contract/result';
import type { Actor } from '../../audit/audit-log';
import type { Core } from '../../core';

const todo = (): never => {
  throw new Error('not implemented yet');
};

export function previewCourtImport(_core: Core, _file: CourtUpload): CourtImportPreview {
  return todo();
}
export function applyCourtImport(_core: Core, _actor: Actor, _file: CourtUpload, _progress?: (percent: number, label: Localized) => void): CourtImportResult {
  return todo();
}
