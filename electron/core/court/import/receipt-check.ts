import { z } from 'zod';
import type { CourtImportPreview } from '../../../contract/schemas/court';
import type { Localized } from '../../../contract/result';
import { t } from '../../cases/messages';
import { isIsoDate } from '../../clocks/calendar';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { RECEIPT_FORMAT } from './court-file';
import { COURT_NUMBER_EXAMPLE, isWellFormedCourtNumber, normaliseCourtNumber } from './court-number';
import { issueText } from './issue-text';
import type { CourtImportRejection } from './referral-check';

/**
 * The court's receipt for an export batch: which batch (its number and the package's SHA-256, so
 * a receipt cannot acknowledge a package the court never held) and the court's filing (立案)
 * numbers for cases transferred after failed mediation. A receipt that does not fit a batch of
 * ours is refused as a whole; a filing that does not fit its case is refused by row (index + 1).
 */

const ReceiptFileSchema = z.object({
  format: z.literal(RECEIPT_FORMAT),
  version: z.literal(1),
  batchNumber: z.number().int().positive(),
  packageSha256: z.string().regex(/^[0-9a-fA-F]{64}$/u),
  receivedOn: z.string(),
  filings: z.array(z.unknown()).max(100_000).default([]),
});

const FilingSchema = z
  .object({
    caseNumber: z.string().trim().min(1).max(60),
    courtFilingNumber: z.string().trim().min(1).max(60),
    filedOn: z.string().trim().nullish(),
  })
  .strict();

const FIELD: Record<string, Localized> = {
  format: t('format', 'format'),
  version: t('version（版本）', 'version'),
  batchNumber: t('batchNumber（批次号）', 'batchNumber'),
  packageSha256: t('packageSha256（导出包 SHA-256）', 'packageSha256'),
  receivedOn: t('receivedOn（收到日期）', 'receivedOn'),
  filings: t('filings（立案列表）', 'filings'),
  caseNumber: t('caseNumber（案件编号）', 'caseNumber'),
  courtFilingNumber: t('courtFilingNumber（法院立案案号）', 'courtFilingNumber'),
  filedOn: t('filedOn（立案日期）', 'filedOn'),
};

function describe(issue: z.core.$ZodIssue): Localized {
  const key = [...issue.path].reverse().find((p) => typeof p === 'string');
  if (key === 'packageSha256' && issue.code === 'invalid_format') {
    return t('「packageSha256」应为 64 位十六进制的 SHA-256', '"packageSha256" must be a 64-digit hexadecimal SHA-256');
  }
  return issueText(issue, typeof key === 'string' ? (FIELD[key] ?? null) : null);
}

export type ReceiptPreview = Extract<CourtImportPreview, { kind: 'receipt' }>;

export interface ReceiptBatch {
  id: string;
  batchNumber: number;
  acknowledgedAt: string | null;
}

export interface ReceiptCheck {
  batch: ReceiptBatch | null;
  packageSha256: string | null;
  filings: (ReceiptPreview['filings'][number] & { caseId: string })[];
  preview: Omit<ReceiptPreview, 'fileName' | 'sha256' | 'alreadyImportedAt'>;
}

function shortSha(sha: string): string {
  return `${sha.slice(0, 12)}…`;
}

interface CaseHit {
  id: string;
  case_number: string;
  outcome: string | null;
  court_filing_number: string | null;
}

function checkFilings(core: Core, raw: readonly unknown[], today: string): { filings: ReceiptCheck['filings']; rejected: CourtImportRejection[] } {
  const filings: ReceiptCheck['filings'] = [];
  const rejected: CourtImportRejection[] = [];
  const caseRows = new Map<string, number>();
  const numberRows = new Map<string, { row: number; caseNumber: string }>();
  const findCase = core.sqlite.prepare<[string], CaseHit>(
    `SELECT c.id, c.case_number, c.outcome, f.filing_number AS court_filing_number
       FROM cases c LEFT JOIN court_filings f ON f.case_id = c.id
      WHERE c.case_number = ? AND c.deleted_at IS NULL`,
  );
  const holderOf = core.sqlite.prepare<[string, string], { case_number: string }>(
    'SELECT c.case_number FROM court_filings f JOIN cases c ON c.id = f.case_id WHERE f.filing_number = ? AND f.case_id != ? LIMIT 1',
  );
  raw.forEach((value, i) => {
    const row = i + 1;
    const reasons: Localized[] = [];
    const parsed = FilingSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      rejected.push({ row, reasons: parsed.error.issues.map(describe) });
      return;
    }
    const { caseNumber } = parsed.data;
    const filingNumber = normaliseCourtNumber(parsed.data.courtFilingNumber);
    const filedOn = parsed.data.filedOn || null;
    if (!isWellFormedCourtNumber(filingNumber)) {
      reasons.push(t(`法院立案案号「${parsed.data.courtFilingNumber}」格式不正确，应如「${COURT_NUMBER_EXAMPLE}」`, `The court filing number "${parsed.data.courtFilingNumber}" is malformed; expected e.g. "${COURT_NUMBER_EXAMPLE}"`));
    }
    if (filedOn !== null && !isIsoDate(filedOn)) reasons.push(t(`立案日期「${filedOn}」不是有效日期（格式 YYYY-MM-DD）`, `The filing date "${filedOn}" is not a real date (YYYY-MM-DD)`));
    else if (filedOn !== null && filedOn > today) reasons.push(t(`立案日期 ${filedOn} 晚于今天`, `The filing date ${filedOn} is in the future`));
    const earlier = caseRows.get(caseNumber);
    if (earlier !== undefined) reasons.push(t(`案件编号「${caseNumber}」与第 ${earlier} 条重复`, `The case number "${caseNumber}" repeats filing ${earlier}`));
    else caseRows.set(caseNumber, row);
    const sameNumber = numberRows.get(filingNumber);
    if (sameNumber !== undefined && sameNumber.caseNumber !== caseNumber) {
      reasons.push(t(`法院立案案号「${filingNumber}」在第 ${sameNumber.row} 条已用于案件 ${sameNumber.caseNumber}`, `The court filing number "${filingNumber}" is given to case ${sameNumber.caseNumber} in filing ${sameNumber.row} too`));
    } else numberRows.set(filingNumber, { row, caseNumber });

    const hit = findCase.get(caseNumber);
    if (!hit) {
      reasons.push(t(`案件编号「${caseNumber}」在本中心不存在`, `There is no case numbered "${caseNumber}" here`));
    } else {
      if (hit.outcome !== 'transferred_to_filing') {
        reasons.push(t(`案件 ${caseNumber} 的化解结果不是「化解不成，转立案」，不能登记法院立案案号`, `Case ${caseNumber} was not transferred to court filing after failed mediation, so it takes no court filing number`));
      }
      if (hit.court_filing_number !== null && hit.court_filing_number !== filingNumber) {
        reasons.push(t(`案件 ${caseNumber} 已登记法院立案案号「${hit.court_filing_number}」，与回执中的「${filingNumber}」不一致`, `Case ${caseNumber} already has the court filing number "${hit.court_filing_number}", not "${filingNumber}"`));
      }
      const holder = holderOf.get(filingNumber, hit.id);
      if (holder) reasons.push(t(`法院立案案号「${filingNumber}」已登记在案件 ${holder.case_number}`, `The court filing number "${filingNumber}" is already recorded on case ${holder.case_number}`));
    }
    if (reasons.length > 0 || !hit) {
      rejected.push({ row, reasons });
      return;
    }
    filings.push({ row, caseNumber, courtFilingNumber: filingNumber, filedOn, action: hit.court_filing_number === filingNumber ? 'unchanged' : 'attach', caseId: hit.id });
  });
  return { filings, rejected };
}

/** The receipt checked against the export batches and the cases; pure reading, run again inside the import's transaction. */
export function checkReceipt(core: Core, json: unknown): ReceiptCheck {
  const empty = { batch: null, packageSha256: null, filings: [] };
  const parsed = ReceiptFileSchema.safeParse(json, { reportInput: true });
  const preview = { kind: 'receipt' as const, format: 'json' as const, batchNumber: null, receivedOn: null, batchAlreadyAcknowledged: false, filings: [], rejected: [] };
  if (!parsed.success) {
    const fileErrors = parsed.error.issues.map((i) => describe(i));
    return { ...empty, preview: { ...preview, fileErrors, importable: false } };
  }
  const receipt = parsed.data;
  const fileErrors: Localized[] = [];
  const today = core.today();
  if (!isIsoDate(receipt.receivedOn)) fileErrors.push(t(`收到日期「${receipt.receivedOn}」不是有效日期（格式 YYYY-MM-DD）`, `The received date "${receipt.receivedOn}" is not a real date (YYYY-MM-DD)`));
  else if (receipt.receivedOn > today) fileErrors.push(t(`收到日期 ${receipt.receivedOn} 晚于今天`, `The received date ${receipt.receivedOn} is in the future`));

  const row = core.q.first(
    qb
      .selectFrom('court_batches')
      .select(['id', 'batch_number', 'sha256', 'acknowledged_at'])
      .where('direction', '=', 'export')
      .where('batch_number', '=', receipt.batchNumber),
  );
  const packageSha256 = receipt.packageSha256.toLowerCase();
  if (!row) {
    fileErrors.push(t(`本中心没有第 ${receipt.batchNumber} 批导出包：该回执不属于本中心导出的任何批次`, `There is no export batch ${receipt.batchNumber} here: the receipt does not belong to any batch this center exported`));
  } else if (row.sha256?.toLowerCase() !== packageSha256) {
    fileErrors.push(
      t(
        `回执中的导出包 SHA-256（${shortSha(packageSha256)}）与本中心第 ${receipt.batchNumber} 批导出包（${shortSha(row.sha256 ?? '')}）不一致：法院收到的不是该批次的导出包`,
        `The receipt's package SHA-256 (${shortSha(packageSha256)}) does not match export batch ${receipt.batchNumber} (${shortSha(row.sha256 ?? '')}): the court did not receive that batch's package`,
      ),
    );
  }
  const batch = row ? { id: row.id, batchNumber: receipt.batchNumber, acknowledgedAt: row.acknowledged_at } : null;
  const { filings, rejected } = checkFilings(core, receipt.filings, today);
  return {
    batch,
    packageSha256,
    filings,
    preview: {
      ...preview,
      batchNumber: receipt.batchNumber,
      receivedOn: receipt.receivedOn,
      batchAlreadyAcknowledged: batch?.acknowledgedAt != null,
      filings: filings.map(({ caseId: _caseId, ...f }) => f),
      rejected,
      fileErrors,
      importable: fileErrors.length === 0 && rejected.length === 0,
    },
  };
}
