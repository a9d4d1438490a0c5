import type { ChannelSpec } from '../channel-spec';
import { NoInput } from '../schemas/common';
import { ExportFileSchema } from '../schemas/files';
import {
  BatchNumberInputSchema,
  CourtBatchSchema,
  CourtExportInputSchema,
  CourtExportResultSchema,
  CourtImportPreviewSchema,
  CourtImportResultSchema,
  CourtImportUploadSchema,
  CourtOverviewSchema,
  CourtVerifyInputSchema,
  CourtVerifyResultSchema,
  KeyRotateInputSchema,
  SigningKeyInfoSchema,
} from '../schemas/court';

/**
 * The court exchange page (导出与同步). Exports and key export are audited with the file's SHA-256;
 * only court.export holders (liaison, administrator from issue 8) make or rewrite packages.
 */
export const COURT_CHANNELS = {
  'court.overview': { input: NoInput, output: CourtOverviewSchema, permission: 'court.read', writes: false },
  /** A new batch: incremental (since the last acknowledged batch) or everything. Reports progress. */
  'court.export': { input: CourtExportInputSchema, output: CourtExportResultSchema, permission: 'court.export', writes: true },
  /** The stored bytes of an earlier batch, byte for byte. */
  'court.rewrite': { input: BatchNumberInputSchema, output: ExportFileSchema, permission: 'court.export', writes: false },
  'court.markDelivered': { input: BatchNumberInputSchema, output: CourtBatchSchema, permission: 'court.export', writes: true },
  'court.verify': { input: CourtVerifyInputSchema, output: CourtVerifyResultSchema, permission: 'court.read', writes: false },
  'court.importPreview': { input: CourtImportUploadSchema, output: CourtImportPreviewSchema, permission: 'court.import', writes: false },
  'court.import': { input: CourtImportUploadSchema, output: CourtImportResultSchema, permission: 'court.import', writes: true },
  'court.key': { input: NoInput, output: SigningKeyInfoSchema, permission: 'court.read', writes: false },
  /** The public key as a PEM file for the court. */
  'court.keyExport': { input: NoInput, output: ExportFileSchema, permission: 'court.read', writes: false },
  'court.keyRotate': { input: KeyRotateInputSchema, output: SigningKeyInfoSchema, permission: 'court.keys', writes: true },
} as const satisfies Record<string, ChannelSpec>;
