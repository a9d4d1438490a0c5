// PLACEHOLDER (issue 7): replaced by the export helper. Signatures are the contract.
import type { BatchMode, CourtBatch, CourtExportResult, CourtOverview } from '../../../contract/schemas/court';
import type { ExportFile } from '../../../contract/schemas/files';
import type { Localized } from '../../../contract/result';
import type { Actor } from '../../audit/audit-log';
import type { Core } from '../../core';

const todo = (): never => {
  throw new Error('not implemented yet');
};

export type Progress = (percent: number, label: Localized) => void;

export async function exportBatch(_core: Core, _actor: Actor, _mode: BatchMode, _progress: Progress): Promise<CourtExportResult> {
  return todo();
}
export function rewriteBatch(_core: Core, _actor: Actor, _batchNumber: number): ExportFile {
  return todo();
}
export function markDelivered(_core: Core, _actor: Actor, _batchNumber: number): CourtBatch {
  return todo();
}
export function courtOverview(_core: Core): CourtOverview {
  return todo();
}
