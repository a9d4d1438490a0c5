import { z } from 'zod';

/**
 * A generated file (DOCX, XLSX, CSV template…) handed to the page, which saves it where the user
 * chooses (Electron shows its save dialog for a download; browser mode downloads it). The core
 * keeps no copy: exports are logged in the audit trail, not stored.
 */
export const ExportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
  bytes: z.number().int(),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/** A file the user picked, sent to the core for parsing (imports). 5 MB is far above any directory. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const UploadedFileSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.string().min(1).max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4),
  })
  .strict();
export type UploadedFile = z.infer<typeof UploadedFileSchema>;

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  pdf: 'application/pdf',
} as const;
