import { z } from 'zod';
import { text } from './common';
import { ExportFileSchema, LocalizedTextSchema } from './agencies';

/**
 * Court exchange (issue 7): signed export packages (BagIt zips), their batches, the center's
 * signing key, verification, and imports of the court's referral and receipt files.
 */

/** The payload format version written to data/manifest.json; the JSON Schema lives in resources/court-package/. */
export const COURT_PAYLOAD_VERSION = '1.0';

/** Packages are far larger than a directory import; 256 MB keeps the base64 text under V8's string limit. */
export const MAX_PACKAGE_BYTES = 256 * 1024 * 1024;
/** Referral and receipt files: a year of referrals is well under this. */
export const MAX_COURT_IMPORT_BYTES = 20 * 1024 * 1024;

function upload(maxBytes: number) {
  return z
    .object({
      fileName: z.string().trim().min(1).max(255),
      contentBase64: z.string().min(1).max(Math.ceil((maxBytes * 4) / 3) + 4),
    })
    .strict();
}
export const CourtPackageUploadSchema = upload(MAX_PACKAGE_BYTES);
export const CourtImportUploadSchema = upload(MAX_COURT_IMPORT_BYTES);
export type CourtUpload = z.infer<typeof CourtImportUploadSchema>;

// ---- Batches -----------------------------------------------------------------

export const BATCH_MODES = ['incremental', 'all'] as const;
export const BatchModeSchema = z.enum(BATCH_MODES);
export type BatchMode = z.infer<typeof BatchModeSchema>;

/** created → delivered (staff carried it to the court) → acknowledged (the court's receipt came back). */
export const BatchStatusSchema = z.enum(['created', 'delivered', 'acknowledged']);
export type BatchStatus = z.infer<typeof BatchStatusSchema>;

export const CourtBatchSchema = z.object({
  batchNumber: z.number().int().positive(),
  /** Bag External-Identifier and bag directory, e.g. "ADR-000003". */
  externalIdentifier: z.string(),
  mode: BatchModeSchema,
  /** Changes after fromChangeSeq up to and including toChangeSeq are in the batch. */
  fromChangeSeq: z.number().int(),
  toChangeSeq: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  /** Records in all JSON Lines files together. */
  recordCount: z.number().int(),
  caseCount: z.number().int(),
  signingFingerprint: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  status: BatchStatusSchema,
});
export type CourtBatch = z.infer<typeof CourtBatchSchema>;

export const CourtImportKindSchema = z.enum(['referrals', 'receipt']);
export type CourtImportKind = z.infer<typeof CourtImportKindSchema>;

export const CourtImportRecordSchema = z.object({
  id: z.string(),
  kind: CourtImportKindSchema,
  fileName: z.string(),
  sha256: z.string(),
  recordCount: z.number().int(),
  importedAt: z.string(),
  operatorName: z.string().nullable(),
});
export type CourtImportRecord = z.infer<typeof CourtImportRecordSchema>;

export const CourtOverviewSchema = z.object({
  /** Newest first. */
  batches: z.array(CourtBatchSchema),
  /** Newest first. */
  imports: z.array(CourtImportRecordSchema),
  /** The highest batch number the court has acknowledged; null before the first receipt. */
  lastAcknowledgedBatch: z.number().int().nullable(),
  /** Cases with changes the court has not acknowledged (the "unsynced" badge), deleted ones included: a deletion is news too. */
  unsyncedCases: z.number().int(),
});
export type CourtOverview = z.infer<typeof CourtOverviewSchema>;

export const CourtExportInputSchema = z.object({ mode: BatchModeSchema.default('incremental') }).strict();
export const CourtExportResultSchema = z.object({ batch: CourtBatchSchema, file: ExportFileSchema });
export type CourtExportResult = z.infer<typeof CourtExportResultSchema>;

export const BatchNumberInputSchema = z.object({ batchNumber: z.number().int().positive() }).strict();

// ---- Verification ----------------------------------------------------------------

export const VERIFY_CHECKS = [
  'key',
  'zip',
  'entry-name',
  'size',
  'structure',
  'completeness',
  'checksum',
  'payload-oxum',
  'tag-checksum',
  'signature',
  'fingerprint',
  'schema',
] as const;
export const VerifyCheckSchema = z.enum(VERIFY_CHECKS);

export const CourtVerifyInputSchema = z
  .object({
    file: CourtPackageUploadSchema,
    /** A public key (PEM) to verify against; absent → the center's own keys, current and retired. */
    publicKeyPem: z.string().trim().min(1).max(10_000).optional(),
  })
  .strict();

export const CourtVerifyResultSchema = z.object({
  ok: z.boolean(),
  failures: z.array(z.object({ check: VerifyCheckSchema, file: z.string(), message: LocalizedTextSchema })),
  /** When the structure could be read: the bag's info. */
  bagName: z.string().nullable(),
  bagInfo: z.record(z.string(), z.string()).nullable(),
  payloadFiles: z.number().int().nullable(),
  payloadBytes: z.number().int().nullable(),
  /** The fingerprint of the key the signature was checked against. */
  keyFingerprint: z.string().nullable(),
});
export type CourtVerifyResult = z.infer<typeof CourtVerifyResultSchema>;

// ---- Keys ----------------------------------------------------------------------

/** How the private key is kept: Electron safeStorage (the OS keychain) or plain PEM in the database. */
export const KeySealingSchema = z.enum(['safeStorage', 'none']);

export const SigningKeyInfoSchema = z.object({
  fingerprint: z.string(),
  publicKeyPem: z.string(),
  createdAt: z.string(),
  sealing: KeySealingSchema,
  /** Earlier keys, newest first; packages they signed still verify against them. */
  retired: z.array(z.object({ fingerprint: z.string(), createdAt: z.string(), retiredAt: z.string() })),
});
export type SigningKeyInfo = z.infer<typeof SigningKeyInfoSchema>;

export const KeyRotateInputSchema = z.object({ reason: text(500) }).strict();

// ---- Imports from the court ---------------------------------------------------

export const ReferralKindSchema = z.enum(['court_delegated', 'court_entrusted']);

export const ReferralRowSchema = z.object({
  /** The row as the user sees it: the spreadsheet row (header = 1), or the referral's index + 1 in JSON. */
  row: z.number().int(),
  courtNumber: z.string(),
  source: ReferralKindSchema,
  title: z.string(),
  category: z.string().nullable(),
  respondentAgency: z.string(),
  referredOn: z.string(),
  parties: z.array(z.object({ name: z.string(), kind: z.enum(['person', 'organisation']) })),
  /** create: a new case; existing: the court number is already a case here, nothing changes. */
  action: z.enum(['create', 'existing']),
  existingCaseNumber: z.string().nullable(),
});
export type ReferralRow = z.infer<typeof ReferralRowSchema>;

export const ReceiptFilingSchema = z.object({
  row: z.number().int(),
  caseNumber: z.string(),
  courtFilingNumber: z.string(),
  filedOn: z.string().nullable(),
  /** attach: the number is new here; unchanged: already attached (a re-import). */
  action: z.enum(['attach', 'unchanged']),
});

export const CourtImportRejectionSchema = z.object({ row: z.number().int(), reasons: z.array(LocalizedTextSchema) });

const previewBase = {
  fileName: z.string(),
  sha256: z.string(),
  rejected: z.array(CourtImportRejectionSchema),
  /** Problems with the file as a whole (unreadable, wrong format, unknown batch). */
  fileErrors: z.array(LocalizedTextSchema),
  /** Set when this exact file was imported before: importing it again changes nothing. */
  alreadyImportedAt: z.string().nullable(),
  /** Nothing rejected, no file errors: the import may run (it may still change nothing). */
  importable: z.boolean(),
};

export const CourtImportPreviewSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('referrals'),
    format: z.enum(['json', 'csv', 'xlsx']),
    rows: z.array(ReferralRowSchema),
    ...previewBase,
  }),
  z.object({
    kind: z.literal('receipt'),
    format: z.literal('json'),
    batchNumber: z.number().int().nullable(),
    receivedOn: z.string().nullable(),
    /** The batch was acknowledged before (a re-import): only new filing numbers would be attached. */
    batchAlreadyAcknowledged: z.boolean(),
    filings: z.array(ReceiptFilingSchema),
    ...previewBase,
  }),
]);
export type CourtImportPreview = z.infer<typeof CourtImportPreviewSchema>;

export const CourtImportResultSchema = z.object({
  kind: CourtImportKindSchema,
  /** Referrals: cases created. */
  created: z.number().int(),
  /** Referrals already here (by court number), or filings already attached. */
  unchanged: z.number().int(),
  /** Receipts: filing numbers attached. */
  attached: z.number().int(),
  acknowledgedBatch: z.number().int().nullable(),
  /** True when nothing changed (the same file again). */
  noChange: z.boolean(),
});
export type CourtImportResult = z.infer<typeof CourtImportResultSchema>;
