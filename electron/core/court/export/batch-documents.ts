import type { Localized } from '../../../contract/result';
import { t } from '../../cases/messages';
import { writeTx } from '../../cases/case-rows';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { CoreError } from '../../errors';
import type { BagFile } from '../bag/write-bag';
import { sha256Hex } from '../bag/bag-text';
import type { DocumentNeed } from './collect-records';
import { outcomeSummaryPdf } from './outcome-summary-pdf';
import { transferNoticePdf } from './transfer-notice';

/**
 * The PDFs of a batch: each closed case's outcome summary and, for a failed case, the transfer
 * notice. Printing is by far the slowest part of an export (Chromium lays out each document), so
 * each PDF is kept in court_documents keyed by the case's change marker: a case unchanged since
 * it was last sent is not printed again. A printed document is stored at once, in its own small
 * transaction, so a cancelled export still leaves the work done for the next one.
 */

export type DocumentKind = 'outcome_summary' | 'transfer_notice';

const FOLDER: Record<DocumentKind, string> = {
  outcome_summary: 'documents/outcome-summaries',
  transfer_notice: 'documents/transfer-notices',
};

const PRINT: Record<DocumentKind, (core: Core, caseId: string) => Promise<Uint8Array>> = {
  outcome_summary: outcomeSummaryPdf,
  transfer_notice: transferNoticePdf,
};

export const documentPath = (kind: DocumentKind, caseId: string): string => `${FOLDER[kind]}/${caseId}.pdf`;

export interface BatchDocuments {
  files: BagFile[];
  /** Documents printed for this batch (the rest came from the cache). */
  printed: number;
}

type Progress = (percent: number, label: Localized) => void;

export async function batchDocuments(core: Core, needs: readonly DocumentNeed[], progress: Progress, range: [number, number]): Promise<BatchDocuments> {
  const wanted = needs.flatMap((n) => (n.transferred ? (['outcome_summary', 'transfer_notice'] as const) : (['outcome_summary'] as const)).map((kind) => ({ ...n, kind })));
  const cached = new Map<string, Uint8Array>();
  const cache = core.q.prepare('SELECT bytes FROM court_documents WHERE case_id = ? AND kind = ? AND source_seq = ?');
  for (const w of wanted) {
    const row = cache.get(w.caseId, w.kind, w.sourceSeq) as { bytes: Uint8Array } | undefined;
    if (row) cached.set(`${w.kind}/${w.caseId}`, row.bytes);
  }
  const toPrint = wanted.filter((w) => !cached.has(`${w.kind}/${w.caseId}`));
  // Fail before any work: a package without its documents would be incomplete.
  if (toPrint.length > 0 && !core.printPdf) throw new CoreError('PDF_UNAVAILABLE', 'no PDF printer in this host');

  const files: BagFile[] = [];
  let done = 0;
  for (const w of wanted) {
    const path = documentPath(w.kind, w.caseId);
    const hit = cached.get(`${w.kind}/${w.caseId}`);
    if (hit) {
      files.push({ path, bytes: new Uint8Array(hit.buffer, hit.byteOffset, hit.byteLength) });
      continue;
    }
    progress(range[0] + Math.floor(((range[1] - range[0]) * done) / toPrint.length), t(`正在生成案件文书 ${done + 1}/${toPrint.length}…`, `Printing case documents ${done + 1}/${toPrint.length}…`));
    const bytes = await PRINT[w.kind](core, w.caseId);
    storeDocument(core, w.caseId, w.kind, w.sourceSeq, bytes);
    files.push({ path, bytes });
    done += 1;
  }
  return { files, printed: done };
}

function storeDocument(core: Core, caseId: string, kind: DocumentKind, sourceSeq: number, bytes: Uint8Array): void {
  // better-sqlite3 binds a Buffer as a BLOB.
  const values = { source_seq: sourceSeq, sha256: sha256Hex(bytes), bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), created_at: core.now() };
  writeTx(core, () => {
    core.q.run(
      qb
        .insertInto('court_documents')
        .values({ case_id: caseId, kind, ...values })
        .onConflict((oc) => oc.columns(['case_id', 'kind']).doUpdateSet(values)),
    );
  });
}
