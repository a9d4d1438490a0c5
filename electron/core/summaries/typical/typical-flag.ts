import type { SetTypicalResult } from '../../../contract/schemas/summaries';
import { appendAudit, type Actor } from '../../audit/audit-log';
import { loadCaseRow, writeTx, type CaseRow } from '../../cases/case-rows';
import { conflict } from '../../cases/messages';
import type { Core } from '../../core';
import { qb } from '../../db/query';

/**
 * The typical-case flag (典型案例): a closed case the center chooses to publish, anonymised, as an
 * example of its work. Only a closed case has an outcome to show, so only a closed case can be
 * flagged; clearing the flag is always allowed. Each change is audited in its transaction; asking
 * for the state a case already has changes nothing and logs nothing.
 */

export function notTypicalYet(row: Pick<CaseRow, 'case_number'>) {
  return conflict(
    `案件 ${row.case_number} 未列为典型案例，不能导出典型案例宣传稿；请先在已结案的案件上标记“典型案例”`,
    `Case ${row.case_number} is not flagged as a typical case; flag the closed case as typical before exporting its publicity version`,
  );
}

export function notClosed(row: Pick<CaseRow, 'case_number'>) {
  return conflict(
    `案件 ${row.case_number} 尚未结案；只有已结案的案件才能列为典型案例`,
    `Case ${row.case_number} is not closed; only closed cases can be flagged as typical cases`,
  );
}

export function setTypical(core: Core, actor: Actor, input: { caseId: string; typical: boolean }): SetTypicalResult {
  return writeTx(core, () => {
    const row = loadCaseRow(core, input.caseId);
    if (input.typical && row.status !== 'closed') throw notClosed(row);
    if ((row.is_typical === 1) === input.typical) return { caseId: row.id, typical: input.typical };
    const now = core.now();
    core.q.run(qb.updateTable('cases').set({ is_typical: input.typical ? 1 : 0, updated_at: now }).where('id', '=', row.id));
    appendAudit(core.q, actor, now, {
      action: 'case.typical',
      entity: 'cases',
      entityId: row.id,
      detail: { caseNumber: row.case_number, typical: input.typical },
    });
    return { caseId: row.id, typical: input.typical };
  });
}
