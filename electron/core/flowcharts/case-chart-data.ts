import type { CaseDetail } from '../../contract/schemas/cases';
import { getCaseDetail } from '../cases/case-detail';
import { listClocks, type ClockStateName } from '../clocks';
import type { Core } from '../core';
import { qb } from '../db/query';

/**
 * What the case path is drawn from: the case page's own read (getCaseDetail: steps with due
 * dates, activities, clocks with their suspensions and extensions, stage history), plus the two
 * things it does not carry — which agency each contact who took part belongs to, and which step
 * a step clock belongs to.
 */
export interface CaseChartFacts {
  detail: CaseDetail;
  today: string;
  /** Agency name by agency-contact id, for the contacts named as participants. */
  contactAgency: ReadonlyMap<string, string>;
  /** Live state of the case's step clocks, by step id. */
  stepClocks: ReadonlyMap<string, ClockStateName>;
}

export function caseChartFacts(core: Core, caseId: string): CaseChartFacts {
  const detail = getCaseDetail(core, caseId);
  const contactIds = new Set<string>();
  for (const a of detail.activities) {
    for (const p of a.participants) if (p.kind === 'agency_contact' && p.refId) contactIds.add(p.refId);
  }
  const contactAgency = new Map(
    contactIds.size === 0
      ? []
      : core.q
          .all(
            qb
              .selectFrom('agency_contacts')
              .innerJoin('agencies', 'agencies.id', 'agency_contacts.agency_id')
              .select(['agency_contacts.id', 'agencies.name'])
              .where('agency_contacts.id', 'in', [...contactIds]),
          )
          .map((r) => [r.id, r.name] as const),
  );
  const stepClocks = new Map(
    listClocks(core, { caseId, kinds: ['step'] })
      .filter((c) => c.stepId !== null)
      .map((c) => [c.stepId!, c.state] as const),
  );
  return { detail, today: core.today(), contactAgency, stepClocks };
}
