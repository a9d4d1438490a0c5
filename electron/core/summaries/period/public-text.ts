import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { anonymiser, type Anonymiser } from '../anonymise';
import { partyIdentities } from '../typical/typical-files';

/**
 * The case texts the period report prints, without the parties. The report goes to the
 * committee, the court and the public, and its figures need no person: a typical case's title
 * (王建国诉市自然资源和规划局…) and an overdue task's request are anonymised as the typical case's
 * publicity version does it (王某, 某食品有限公司; ID and phone numbers ××), agencies' names kept.
 * The page's figures (summary.periodFigures) stay as stored: they are for the center's own staff.
 */
export function publicFigures(core: Core, figures: PeriodFigures): PeriodFigures {
  const byCase = new Map<string | null, Anonymiser>();
  const anonymiserOf = (caseId: string | null): Anonymiser => {
    let a = byCase.get(caseId);
    if (!a) {
      // A text not tied to a case still loses anything shaped like an ID or phone number.
      const parties = caseId ? partyIdentities(core, caseId) : [];
      const agencies = caseId
        ? core.q
            .all(
              qb
                .selectFrom('case_agencies as ca')
                .innerJoin('agencies as g', 'g.id', 'ca.agency_id')
                .select('g.name')
                .where('ca.case_id', '=', caseId)
                .where('ca.deleted_at', 'is', null),
            )
            .map((r) => r.name)
        : [];
      a = anonymiser(parties, agencies);
      byCase.set(caseId, a);
    }
    return a;
  };
  return {
    ...figures,
    typicalCases: figures.typicalCases.map((c) => ({ ...c, title: anonymiserOf(c.caseId).text(c.title) })),
    overdue: {
      // The report names a late clock by its case number and kind, never by the case's title.
      clocks: figures.overdue.clocks.map((c) => ({ ...c, caseTitle: '' })),
      tasks: figures.overdue.tasks.map((t) => ({ ...t, request: anonymiserOf(t.caseId).text(t.request) })),
    },
  };
}
