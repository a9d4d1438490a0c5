import { APPEARANCE_TARGET, type AppearanceRow } from '../../contract/schemas/linkage';
import type { Core } from '../core';
import { sql } from 'kysely';
import { qb } from '../db/query';
import type { Period } from './period';

/**
 * 负责人出庭应诉率: hearings where the agency's head appeared ÷ hearings. An agency with no
 * hearings has no rate: it is neither above nor below the 70% target, so it is never named for it.
 */
export function appearanceRate(hearings: number, headAppearances: number): { rate: number | null; belowTarget: boolean } {
  if (hearings === 0) return { rate: null, belowTarget: false };
  const rate = headAppearances / hearings;
  return { rate, belowTarget: rate < APPEARANCE_TARGET };
}

export interface AppearanceFigures {
  hearings: number;
  headAppearances: number;
  rate: number | null;
  belowTarget: boolean;
  agencies: AppearanceRow[];
}

/** Per agency with hearings in the period (by name), and the total over all of them. */
export function appearanceIn(core: Core, period: Period): AppearanceFigures {
  const rows = core.q.all(
    qb
      .selectFrom('court_hearings as h')
      .innerJoin('agencies as a', 'a.id', 'h.agency_id')
      .select(['h.agency_id', 'a.name as agency_name'])
      .select((eb) => [eb.fn.countAll<number>().as('hearings'), sql<number>`sum(h.head_appeared)`.as('head')])
      .where('h.deleted_at', 'is', null)
      .where('h.held_on', '>=', period.from)
      .where('h.held_on', '<=', period.to)
      .groupBy(['h.agency_id', 'a.name']),
  );
  const agencies = rows
    .map((r) => ({ agencyId: r.agency_id, agencyName: r.agency_name, hearings: r.hearings, headAppearances: r.head, ...appearanceRate(r.hearings, r.head) }))
    .sort((a, b) => byName.compare(a.agencyName, b.agencyName));
  const hearings = agencies.reduce((n, a) => n + a.hearings, 0);
  const headAppearances = agencies.reduce((n, a) => n + a.headAppearances, 0);
  return { hearings, headAppearances, ...appearanceRate(hearings, headAppearances), agencies };
}

/** Agency names sort as a Chinese reader expects (pinyin order), the same everywhere. */
export const byName = new Intl.Collator('zh-CN');

/** 40.0% — one decimal, as the notice prints it. */
export function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}
