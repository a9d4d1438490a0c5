import type { Core } from '../core';
import { qb } from '../db/query';
import { getSetting } from '../services/settings';

export const DEFAULT_CASE_NUMBER_PATTERN = '{prefix}〔{year}〕{seq}号';
export const DEFAULT_CASE_NUMBER_PREFIX = '行化';

/** Fills `{prefix}`, `{year}` and `{seq}`; unknown placeholders stay visible so a typo shows. */
export function formatCaseNumber(pattern: string, vars: { prefix: string; year: number; seq: number }): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => {
    switch (key) {
      case 'prefix':
        return vars.prefix;
      case 'year':
        return String(vars.year);
      case 'seq':
        return String(vars.seq);
      default:
        return whole;
    }
  });
}

function stringSetting(core: Core, key: string, fallback: string): string {
  const value = getSetting<unknown>(core, key);
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/**
 * The next case number of `year`, e.g. 行化〔2026〕15号.
 *
 * Must run inside the write transaction that inserts the case, begun with BEGIN IMMEDIATE (see
 * createCase): the upsert bumps the year's counter, so a failed insert rolls the counter back with
 * it (no gap), and the write lock taken up front means a second process (the CLI, another window)
 * waits instead of reading the same last value (no duplicate).
 *
 * A number already taken (cases imported with numbers beyond the counter) is skipped rather than
 * reused; that is not a gap, the number exists.
 */
export function allocateCaseNumber(core: Core, year: number): { caseNumber: string; seq: number } {
  const configured = stringSetting(core, 'case_number.pattern', DEFAULT_CASE_NUMBER_PATTERN);
  // Without {seq} every number would be the same; fall back rather than loop for ever.
  const pattern = configured.includes('{seq}') ? configured : DEFAULT_CASE_NUMBER_PATTERN;
  const prefix = stringSetting(core, 'case_number.prefix', DEFAULT_CASE_NUMBER_PREFIX);
  const bump = core.q.prepare(
    `INSERT INTO case_number_sequences (year, last_value) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET last_value = last_value + 1
     RETURNING last_value`,
  );
  for (;;) {
    const seq = (bump.get(year) as { last_value: number }).last_value;
    const caseNumber = formatCaseNumber(pattern, { prefix, year, seq });
    const taken = core.q.first(qb.selectFrom('cases').select('id').where('case_number', '=', caseNumber));
    if (!taken) return { caseNumber, seq };
  }
}
