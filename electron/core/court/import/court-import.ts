import type { CourtImportPreview, CourtImportResult, CourtUpload } from '../../../contract/schemas/court';
import type { Localized } from '../../../contract/result';
import type { Actor } from '../../audit/audit-log';
import { t } from '../../cases/messages';
import type { Core } from '../../core';
import { readCourtFile } from './court-file';
import { applyReceipt, previewReceipt } from './receipt-import';
import { applyReferrals, previewReferrals } from './referral-import';

/**
 * Files from the court (court.importPreview / court.import): referral files (JSON, CSV, XLSX)
 * and receipts (JSON). The whole file is checked first; the import re-checks it inside one write
 * transaction, so a bad file imports nothing and the same file twice changes nothing.
 *
 * Async only because an XLSX file is read with exceljs, whose load() is asynchronous; the check
 * and the write are synchronous, and progress is reported only before the write begins.
 */

export async function previewCourtImport(core: Core, file: CourtUpload): Promise<CourtImportPreview> {
  const read = await readCourtFile(file);
  return read.kind === 'receipt' ? previewReceipt(core, read) : previewReferrals(core, read);
}

const noProgress = () => undefined;

export async function applyCourtImport(
  core: Core,
  actor: Actor,
  file: CourtUpload,
  progress: (percent: number, label: Localized) => void = noProgress,
): Promise<CourtImportResult> {
  progress(5, t('正在读取文件…', 'Reading the file…'));
  const read = await readCourtFile(file);
  return read.kind === 'receipt' ? applyReceipt(core, actor, read, progress) : applyReferrals(core, actor, read, progress);
}
