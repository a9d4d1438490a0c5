import { nameKey } from '../../agencies/agency-rows';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { normaliseCourtNumber } from './court-number';

/**
 * What a referral is checked against, read in one go: the agency directory, the dispute
 * categories and the court numbers already registered. Read for the preview and again inside the
 * import's write transaction, so the check that decides is the one under the write lock.
 */

export interface DirectoryEntry {
  id: string;
  name: string;
  active: boolean;
}

export interface ReferralDirectory {
  today: string;
  /** Live agencies by nameKey of the full name. */
  agencyNames: Map<string, DirectoryEntry>;
  /** Live agencies by nameKey of the short name; two agencies may share one. */
  agencyShortNames: Map<string, DirectoryEntry[]>;
  /** Dispute categories (retired ones too, to say so) by nameKey. */
  categories: Map<string, DirectoryEntry>;
  /** Registered court numbers (deleted cases too: the number stays taken) in canonical form → case number. */
  courtNumbers: Map<string, string>;
}

/** The category a referral without one gets. */
export const DEFAULT_CATEGORY = '其他';

export function loadReferralDirectory(core: Core): ReferralDirectory {
  const agencies = core.q.all(qb.selectFrom('agencies').select(['id', 'name', 'short_name', 'active']).where('deleted_at', 'is', null));
  const agencyNames = new Map<string, DirectoryEntry>();
  const agencyShortNames = new Map<string, DirectoryEntry[]>();
  for (const a of agencies) {
    const entry = { id: a.id, name: a.name, active: a.active === 1 };
    agencyNames.set(nameKey(a.name), entry);
    if (a.short_name) {
      const key = nameKey(a.short_name);
      agencyShortNames.set(key, [...(agencyShortNames.get(key) ?? []), entry]);
    }
  }
  const categories = new Map(
    core.q.all(qb.selectFrom('dispute_categories').select(['id', 'name', 'active'])).map((c) => [nameKey(c.name), { id: c.id, name: c.name, active: c.active === 1 }] as const),
  );
  const courtNumbers = new Map(
    core.q
      .all(qb.selectFrom('cases').select(['court_number', 'case_number']).where('court_number', 'is not', null))
      .map((c) => [normaliseCourtNumber(c.court_number!), c.case_number] as const),
  );
  return { today: core.today(), agencyNames, agencyShortNames, categories, courtNumbers };
}
