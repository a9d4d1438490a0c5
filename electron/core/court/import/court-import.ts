// PLACEHOLDER (issue 7): replaced by the import helper. Signatures are the contract.
// Async: an XLSX referral file is read with exceljs, whose load() is asynchronous.
import type { CourtImportPreview, CourtImportResult, CourtUpload } from '../../../contract/schemas/court';
import type { Localized } from '../../../contract/result';
import type { Actor } from '../../audit/audit-log';
import type { Core } from '../../core';

const todo = (): never => {
  throw new Error('not implemented yet');
};

export async function previewCourtImport(_core: Core, _file: CourtUpload): Promise<CourtImportPreview> {
  return Promise.resolve(todo());
}
export function applyCourtImport(_core: Core, _actor: Actor, _file: CourtUpload, _progress?: (percent: number, label: Localized) => void): Promise<CourtImportResult> {
  return Promise.resolve(todo());
}
