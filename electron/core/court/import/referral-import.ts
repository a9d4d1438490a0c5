import type { CourtImportPreview, CourtImportResult } from '../../../contract/schemas/court';
import type { Localized } from '../../../contract/result';
import { importRejected } from '../../agencies/import/import-agencies';
import { appendAudit, type Actor } from '../../audit/audit-log';
import { writeTx } from '../../cases/case-rows';
import { createCase } from '../../cases/intake';
import { t } from '../../cases/messages';
import type { Core } from '../../core';
import type { CourtFile } from './court-file';
import { previousImportAt, recordImport } from './import-records';
import { checkReferrals, type CheckedReferral } from './referral-check';
import { loadReferralDirectory } from './referral-directory';

/**
 * Referral files create cases, keyed by the court number: a referral whose number is already a
 * case changes nothing, so the same file (or an overlapping one) can be imported again safely.
 * Each case is registered by createCase, the intake form's own service, so its case number,
 * register step, audit entry and search entry are those of a hand-entered case.
 */

type ReferralFile = Extract<CourtFile, { kind: 'referrals' }>;
export type ReferralsPreview = Extract<CourtImportPreview, { kind: 'referrals' }>;

/** The progress label reported right before the write transaction begins. */
export const WRITING: Localized = t('正在写入数据库…', 'Writing to the database…');

function check(core: Core, file: ReferralFile): { preview: ReferralsPreview; referrals: CheckedReferral[] } {
  const { source } = file;
  const fileErrors = [...source.fileErrors];
  const { referrals, rejected } =
    fileErrors.length === 0 ? checkReferrals(source.drafts, loadReferralDirectory(core), source.format !== 'json') : { referrals: [], rejected: [] };
  const preview: ReferralsPreview = {
    kind: 'referrals',
    format: source.format,
    fileName: file.fileName,
    sha256: file.sha256,
    rows: referrals.map(({ create: _create, ...row }) => row),
    rejected,
    fileErrors,
    alreadyImportedAt: previousImportAt(core, 'referrals', file.sha256),
    importable: fileErrors.length === 0 && rejected.length === 0 && referrals.length > 0,
  };
  return { preview, referrals };
}

export function previewReferrals(core: Core, file: ReferralFile): ReferralsPreview {
  return check(core, file).preview;
}

function unchangedResult(count: number): CourtImportResult {
  return { kind: 'referrals', created: 0, unchanged: count, attached: 0, acknowledgedBatch: null, noChange: true };
}

export function applyReferrals(core: Core, actor: Actor, file: ReferralFile, progress: (percent: number, label: Localized) => void): CourtImportResult {
  progress(30, t('正在逐行检查…', 'Checking every row…'));
  // Checked once outside the lock so a bad file is refused without making other writers wait.
  const first = check(core, file).preview;
  // The very file was imported before: it is known to change nothing, whatever rules changed since.
  if (first.alreadyImportedAt !== null) return unchangedResult(first.rows.length);
  if (!first.importable) throw importRejected(first);
  progress(60, WRITING);
  return writeTx(core, () => {
    const { preview, referrals } = check(core, file);
    if (preview.alreadyImportedAt !== null) return unchangedResult(referrals.length);
    if (!preview.importable) throw importRejected(preview);
    const created: { courtNumber: string; caseNumber: string }[] = [];
    for (const r of referrals) {
      if (!r.create) continue;
      const { caseNumber } = createCase(core, actor, {
        title: r.title,
        source: r.source,
        courtNumber: r.courtNumber,
        categoryId: r.create.categoryId,
        mediabilityFlags: [],
        complexity: 'simple',
        coordinatorId: null,
        disputeFocus: r.create.disputeFocus,
        claims: r.create.claims,
        amountYuan: null,
        receivedOn: r.referredOn,
        notes: null,
        parties: r.create.parties,
        agencies: [{ agencyId: r.create.agencyId, role: 'respondent' }],
      });
      created.push({ courtNumber: r.courtNumber, caseNumber });
    }
    const unchanged = referrals.length - created.length;
    // Nothing new (an overlapping file holding only known numbers): nothing is written at all.
    if (created.length === 0) return unchangedResult(unchanged);
    const now = core.now();
    const { format, encoding, court } = file.source;
    const importId = recordImport(
      core,
      actor,
      {
        kind: 'referrals',
        fileName: file.fileName,
        sha256: file.sha256,
        recordCount: referrals.length,
        caseCount: created.length,
        summary: { format, encoding, court, created, existing: referrals.filter((r) => !r.create).map((r) => r.courtNumber) },
      },
      now,
    );
    appendAudit(core.q, actor, now, {
      action: 'court.import',
      entity: 'court_batches',
      entityId: importId,
      detail: {
        kind: 'referrals',
        fileName: file.fileName,
        sha256: file.sha256,
        format,
        court,
        created: created.length,
        unchanged,
        courtNumbers: created.map((c) => c.courtNumber),
      },
    });
    return { kind: 'referrals', created: created.length, unchanged, attached: 0, acknowledgedBatch: null, noChange: false };
  });
}
