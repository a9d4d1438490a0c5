import type { RetentionStatus } from '../../contract/schemas/retention';
import type { Core } from '../core';
import { qb } from '../db/query';
import { retentionYears } from './retention-settings';

/**
 * The date N years before `date`; 29 February falls back to 28 February in a common year, so a
 * case closed on 2016-02-29 is past a ten-year period after 2026-02-28.
 */
export function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * Closed cases closed before the cutoff (more than N years ago) that still have a party not
 * anonymised. Soft-deleted cases count too: their parties' data is just as personal. A reopened
 * case has no closing date and is never due.
 */
export function dueCasesQuery(cutoff: string) {
  return qb
    .selectFrom('cases')
    .where('status', '=', 'closed')
    .where('closed_on', 'is not', null)
    .where('closed_on', '<', cutoff)
    .where((eb) =>
      eb.exists(eb.selectFrom('parties').select('parties.id').whereRef('parties.case_id', '=', 'cases.id').where('parties.anonymised_at', 'is', null)),
    );
}

export function retentionCutoff(core: Core, asOf?: string): { years: number; cutoff: string } {
  const years = retentionYears(core);
  return { years, cutoff: yearsBefore(asOf ?? core.today(), years) };
}

export function retentionStatus(core: Core): RetentionStatus {
  const { years, cutoff } = retentionCutoff(core);
  const due = core.q.first(
    dueCasesQuery(cutoff).select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min<string | null>('closed_on').as('oldest')]),
  );
  const anonymised = core.q.first(
    qb
      .selectFrom('parties')
      .where('anonymised_at', 'is not', null)
      .select((eb) => eb.fn.count<number>('case_id').distinct().as('n')),
  );
  return { years, cutoff, due: due?.n ?? 0, oldestClosedOn: due?.oldest ?? null, anonymisedCases: anonymised?.n ?? 0 };
}
