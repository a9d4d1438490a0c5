import type { AgencyDetail } from '../../contract/schemas/agencies';
import type { Core } from '../core';
import { qb } from '../db/query';
import { agencyFigures } from './agency-figures';
import { agencyView, contactsOf, zhCollator } from './agency-rows';

/** How many of its cases the agency page lists (newest received first). */
export const AGENCY_PAGE_CASES = 50;

/** The agency page: the agency, its contacts, its sub-units, its figures and its latest cases. */
export function getAgencyDetail(core: Core, id: string): AgencyDetail {
  const agency = agencyView(core, id);
  const children = core.q
    .all(qb.selectFrom('agencies').select(['id', 'name']).where('parent_id', '=', id).where('deleted_at', 'is', null))
    .sort((a, b) => zhCollator.compare(a.name, b.name));
  const cases = core.q
    .all(
      qb
        .selectFrom('case_agencies as ca')
        .innerJoin('cases', 'cases.id', 'ca.case_id')
        .select(['cases.id', 'cases.case_number', 'cases.title', 'ca.role', 'cases.stage', 'cases.status', 'cases.received_on'])
        .where('ca.agency_id', '=', id)
        .where('ca.deleted_at', 'is', null)
        .where('cases.deleted_at', 'is', null)
        .orderBy('cases.received_on', 'desc')
        .orderBy('cases.id', 'desc')
        .limit(AGENCY_PAGE_CASES),
    )
    .map((c) => ({
      caseId: c.id,
      caseNumber: c.case_number,
      title: c.title,
      role: c.role,
      stage: c.stage,
      status: c.status,
      receivedOn: c.received_on,
    }));
  return { agency, contacts: contactsOf(core, id), children, figures: agencyFigures(core, id), cases };
}
