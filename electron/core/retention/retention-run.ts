import fs from 'node:fs';
import path from 'node:path';
import type { RetentionRunResult } from '../../contract/schemas/retention';
import type { Localized } from '../../contract/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import { qb } from '../db/query';
import { writeTx } from '../cases/case-rows';
import type { Core } from '../core';
import { optimizeSearchIndex, rebuildPendingDocuments } from '../search/search-index';
import { anonymiseCase } from './anonymise-case';
import { dueCasesQuery, retentionCutoff } from './retention-status';

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/**
 * The retention job (PIPL art. 19), run when an administrator confirms it: every closed case
 * closed more than N years before today (or `asOf`) whose parties are not yet anonymised is
 * anonymised (anonymise-case.ts) in ONE write transaction together with ONE audit entry that lists
 * the case numbers and counts — no names, numbers or addresses, since the audit log can never be
 * changed afterwards. A second run finds nothing to do and writes nothing.
 *
 * secure_delete is on while it runs, so the pages that held the old text are zeroed in the file
 * rather than left in free space; afterwards the full-text indexes are merged ('optimize'), which
 * drops the old names' tokens the contentless FTS tables would otherwise keep until a later merge.
 * Backups taken before the run still hold the data until their rotation deletes them; the
 * attachment files themselves are kept (evidence), their view copies are removed.
 */
export function runRetention(
  core: Core,
  actor: Actor,
  input: { asOf?: string | undefined },
  progress: (percent: number, label: Localized) => void = () => {},
): RetentionRunResult {
  const { years, cutoff } = retentionCutoff(core, input.asOf);
  progress(5, t('正在查找到期案件', 'Finding cases past the retention period'));
  const secureDelete = core.sqlite.pragma('secure_delete', { simple: true }) as number;
  core.sqlite.pragma('secure_delete = ON');
  const viewCopies: string[] = [];
  try {
    const result = writeTx(core, () => {
      const due = core.q.all(dueCasesQuery(cutoff).select(['id', 'case_number', 'closed_on']).orderBy('closed_on').orderBy('case_number'));
      if (due.length === 0) return { cutoff, cases: 0, parties: 0, caseNumbers: [], auditSeq: null };
      const now = core.now();
      let parties = 0;
      for (const c of due) parties += anonymiseCase(core, c.id, now);
      rebuildPendingDocuments(core.q);
      // Case by case: one IN list of every due case could pass SQLite's limit of bound variables.
      for (const c of due) {
        viewCopies.push(...core.q.all(qb.selectFrom('attachments').select('sha256').where('case_id', '=', c.id)).map((r) => r.sha256));
      }
      const caseNumbers = due.map((c) => c.case_number);
      const auditSeq = appendAudit(core.q, actor, now, {
        action: 'retention.anonymise',
        entity: 'cases',
        detail: { years, cutoff, asOf: input.asOf ?? core.today(), cases: due.length, parties, caseNumbers },
      });
      return { cutoff, cases: due.length, parties, caseNumbers, auditSeq };
    });
    // No progress report after the commit: a cancel arriving now would turn a finished run into
    // a CANCELLED reply.
    if (result.cases > 0) optimizeSearchIndex(core);
    removeViewCopies(core, viewCopies);
    return result;
  } finally {
    core.sqlite.pragma(`secure_delete = ${secureDelete ? 'ON' : 'OFF'}`);
  }
}

/**
 * Opening an attachment in the app copies it under its original name (often a party's name) to
 * <data>/open/<sha256>/ for the system viewer (cases/attachments.ts). Those copies are a cache,
 * made again on the next open under the anonymised name, so they are removed after the run.
 */
function removeViewCopies(core: Core, sha256s: readonly string[]): void {
  if (!core.dataDir) return;
  for (const sha of sha256s) {
    if (!/^[0-9a-f]{64}$/.test(sha)) continue;
    fs.rmSync(path.join(core.dataDir, 'open', sha), { recursive: true, force: true });
  }
}
