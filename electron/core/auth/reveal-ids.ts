import type { CaseDetail } from '../../contract/schemas/cases';
import { roleHas } from '../../contract/permissions';
import { appendAudit } from '../audit/audit-log';
import { getCaseDetail } from '../cases/case-detail';
import { writeTx } from '../cases/case-rows';
import type { Core } from '../core';
import { actorOf, type OperatorRow } from '../services/operators';

/**
 * Full ID numbers (身份证号) are personal information under PIPL: only roles holding `ids.reveal`
 * get them, and each reveal is audited. Any other role asking for them gets the case with the
 * numbers masked, not an error — the page shows the same case, just as it would by default, so a
 * secretary's or liaison's screen works the same minus the numbers. (Court packages carry full
 * numbers by design; they leave only through court.export, held by the liaison and administrator.)
 */
export function caseDetailFor(core: Core, operator: OperatorRow | null, caseId: string, revealIds: boolean): CaseDetail {
  const allowed = revealIds && operator !== null && roleHas(operator.role, 'ids.reveal');
  if (!allowed) return getCaseDetail(core, caseId);
  const detail = getCaseDetail(core, caseId, { revealIds: true });
  const revealed = detail.parties.filter((p) => p.idNumber !== null).length;
  if (revealed > 0) {
    writeTx(core, () =>
      appendAudit(core.q, actorOf(operator), core.now(), {
        action: 'ids.reveal',
        entity: 'cases',
        entityId: caseId,
        detail: { caseNumber: detail.caseNumber, parties: revealed },
      }),
    );
  }
  return detail;
}
