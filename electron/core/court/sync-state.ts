import type { Core } from '../core';

/**
 * What the court already holds. Every row carries the global change_seq stamped by triggers
 * (migration 0001); an acknowledged export batch covers every change up to its to_change_seq, so
 * the highest such value is the watermark: a case is "unsynced" when it, or a row that belongs to
 * it, has a change_seq above it. The same rule picks the cases of the next incremental batch, so
 * the badge and the export cannot disagree.
 */

/** The rows that belong to a case for the court: its own tables, its tasks, and meetings about it. */
const CASE_OWNED = ['parties', 'case_agencies', 'activities', 'coordination_tasks', 'clocks', 'agenda_items'] as const;

/**
 * SQL for the highest change_seq of the case `alias`.id and everything it owns. Each term is a
 * max over an index on (case_id …); the meetings term goes through the case's agenda items.
 */
export function caseChangeSeqSql(alias: string): string {
  const terms = CASE_OWNED.map((t) => `coalesce((SELECT max(change_seq) FROM ${t} WHERE case_id = ${alias}.id), 0)`);
  terms.push(
    `coalesce((SELECT max(m.change_seq) FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id WHERE ai.case_id = ${alias}.id), 0)`,
  );
  return `max(${alias}.change_seq, ${terms.join(', ')})`;
}

/** The change_seq the court has acknowledged through (0 before the first receipt). */
export function acknowledgedThrough(core: Core): number {
  const row = core.sqlite
    .prepare(`SELECT coalesce(max(to_change_seq), 0) AS w FROM court_batches WHERE direction = 'export' AND acknowledged_at IS NOT NULL`)
    .get() as { w: number };
  return row.w;
}

/** The ids among `ids` with changes the court has not acknowledged. */
export function unsyncedCaseIds(core: Core, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const w = acknowledgedThrough(core);
  const rows = core.sqlite
    .prepare(`SELECT c.id FROM cases c WHERE c.id IN (SELECT value FROM json_each(?)) AND ${caseChangeSeqSql('c')} > ?`)
    .all(JSON.stringify(ids), w) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

export function isCaseUnsynced(core: Core, caseId: string): boolean {
  return unsyncedCaseIds(core, [caseId]).has(caseId);
}

/** Live and deleted cases alike: a deletion is a change the court must hear about. */
export function countUnsyncedCases(core: Core): number {
  const w = acknowledgedThrough(core);
  const row = core.sqlite.prepare(`SELECT count(*) AS n FROM cases c WHERE ${caseChangeSeqSql('c')} > ?`).get(w) as { n: number };
  return row.n;
}
