import { createHash } from 'node:crypto';
import type { CourtUpload } from '../../../contract/schemas/court';
import type { Localized } from '../../../contract/result';
import { formatOf, readImportTable } from '../../agencies/import/read-table';
import { t } from '../../cases/messages';
import { failedSource, type ReferralSource } from './referral-draft';
import { readReferralJson } from './referral-json';
import { readReferralTable } from './referral-table';

/**
 * What an uploaded court file is: a receipt (JSON whose "format" is adr-court-receipt) or a
 * referral file (JSON, CSV or XLSX). Reading never throws for a bad file; it reports it.
 */

export const RECEIPT_FORMAT = 'adr-court-receipt';

export type CourtFile =
  | { kind: 'referrals'; fileName: string; sha256: string; source: ReferralSource }
  | { kind: 'receipt'; fileName: string; sha256: string; json: unknown };

/** Parsed JSON, or why not. UTF-8 only (JSON's own rule, RFC 8259); a BOM is allowed. */
function parseJson(bytes: Uint8Array): { json: unknown } | { error: Localized } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return { error: t('JSON 文件应为 UTF-8 编码', 'A JSON file must be UTF-8 encoded') };
  }
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: t(`JSON 格式有误：${reason}`, `The JSON is malformed: ${reason}`) };
  }
}

function isJsonName(fileName: string): boolean {
  return /\.json$/iu.test(fileName.trim());
}

export async function readCourtFile(upload: CourtUpload): Promise<CourtFile> {
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  const base = { fileName: upload.fileName, sha256: createHash('sha256').update(bytes).digest('hex') };
  if (isJsonName(upload.fileName)) {
    const parsed = parseJson(bytes);
    if ('error' in parsed) return { ...base, kind: 'referrals', source: failedSource('json', parsed.error) };
    const format = typeof parsed.json === 'object' && parsed.json !== null ? (parsed.json as { format?: unknown }).format : undefined;
    if (format === RECEIPT_FORMAT) return { ...base, kind: 'receipt', json: parsed.json };
    return { ...base, kind: 'referrals', source: readReferralJson(parsed.json) };
  }
  if (formatOf(upload.fileName) === null) {
    return {
      ...base,
      kind: 'referrals',
      source: failedSource(
        bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'csv',
        t(`不支持的文件类型「${upload.fileName}」，请使用 JSON、CSV 或 Excel 工作簿（.xlsx）`, `Unsupported file type "${upload.fileName}"; use JSON, CSV or an Excel workbook (.xlsx)`),
      ),
    };
  }
  return { ...base, kind: 'referrals', source: readReferralTable(await readImportTable(upload.fileName, bytes)) };
}
