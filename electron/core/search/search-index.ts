import type { Core } from '../core';
import { qb, type Queries } from '../db/query';
import { joinForTrigram, segment, segmentAll } from './search-text';

/**
 * Keeps the two FTS5 indexes of migration 0003 in step with cases, parties and activities.
 *
 * Layout: ONE document per live case (columns case_number … activities), so a match is a case and
 * "which cases contain 征收" is one index lookup (≈5 ms on 20,000 cases / 400,000 activities,
 * against ≈100–300 ms to collapse per-activity rows to distinct cases; measured before choosing).
 * Highlighting is done from the source rows (search.ts), so the FTS tables are contentless and
 * hold no second copy of the text.
 *
 * Sync: SQLite triggers on cases, parties and activities (any connection: the app, the CLI, a
 * migration) put the case id in `search_dirty`; `syncSearchIndex` rebuilds those documents and
 * runs before every read of the index (searchCases, listCases with text). So no writer has to
 * remember anything, a bulk import costs one tiny insert per row (rebuilding a whole case
 * document inside every activity trigger would be quadratic in a bulk load), and the unigram
 * segmentation, which SQL cannot do inside a trigger (no CTEs there), stays in TypeScript.
 * Services that want the index current at commit time may call syncSearchIndex at the end of
 * their transaction; nothing depends on it.
 */

export const SEARCH_COLUMNS = [
  'case_number',
  'court_number',
  'parties',
  'dispute_focus',
  'title',
  'claims',
  'notes',
  'activities',
] as const;
export type SearchColumn = (typeof SEARCH_COLUMNS)[number];

export type SearchDocument = Record<SearchColumn, string | null>;

export interface CaseTexts {
  case_number: string;
  court_number: string | null;
  title: string;
  dispute_focus: string | null;
  claims: string | null;
  notes: string | null;
}

/** The document of one case, as the trigram index stores it (raw text). */
export function caseSearchDocument(
  texts: CaseTexts,
  parties: readonly string[],
  activities: readonly { description: string; result: string | null }[],
): SearchDocument {
  const activityTexts: string[] = [];
  for (const a of activities) {
    activityTexts.push(a.description);
    if (a.result) activityTexts.push(a.result);
  }
  return {
    case_number: texts.case_number,
    court_number: texts.court_number,
    parties: joinForTrigram(parties),
    dispute_focus: texts.dispute_focus,
    title: texts.title,
    claims: texts.claims,
    notes: texts.notes,
    activities: joinForTrigram(activityTexts),
  };
}

function unigramDocument(texts: CaseTexts, parties: readonly string[], activities: readonly string[]): SearchDocument {
  const one = (t: string | null) => (t === null ? null : segment(t));
  return {
    case_number: segment(texts.case_number),
    court_number: one(texts.court_number),
    parties: segmentAll(parties),
    dispute_focus: one(texts.dispute_focus),
    title: segment(texts.title),
    claims: one(texts.claims),
    notes: one(texts.notes),
    activities: segmentAll(activities),
  };
}

/**
 * Statements compiled once: a bulk rebuild runs them tens of thousands of times, and compiling a
 * Kysely query costs more than running these small ones. Parameters are bound positionally.
 */
const statements = (() => {
  const placeholder = '';
  return {
    pending: qb.selectFrom('search_dirty').select('case_id').compile(),
    clearPending: qb.deleteFrom('search_dirty').where('case_id', '=', placeholder).compile(),
    caseTexts: qb
      .selectFrom('cases')
      .select(['case_number', 'court_number', 'title', 'dispute_focus', 'claims', 'notes'])
      .where('id', '=', placeholder)
      .where('deleted_at', 'is', null)
      .compile(),
    parties: qb
      .selectFrom('parties')
      .select('name')
      .where('case_id', '=', placeholder)
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .compile(),
    activities: qb
      .selectFrom('activities')
      .select(['description', 'result'])
      .where('case_id', '=', placeholder)
      .where('deleted_at', 'is', null)
      .orderBy('occurred_at')
      .orderBy('id')
      .compile(),
    findDoc: qb.selectFrom('search_docs').select('doc').where('case_id', '=', placeholder).compile(),
    newDoc: qb.insertInto('search_docs').values({ case_id: placeholder }).compile(),
    dropDoc: qb.deleteFrom('search_docs').where('doc', '=', 0).compile(),
    deleteTrigram: qb.deleteFrom('search_trigram').where('rowid', '=', 0).compile(),
    deleteUnigram: qb.deleteFrom('search_unigram').where('rowid', '=', 0).compile(),
    insertTrigram: qb
      .insertInto('search_trigram')
      .values({ rowid: 0, ...Object.fromEntries(SEARCH_COLUMNS.map((c) => [c, placeholder])) })
      .compile(),
    insertUnigram: qb
      .insertInto('search_unigram')
      .values({ rowid: 0, ...Object.fromEntries(SEARCH_COLUMNS.map((c) => [c, placeholder])) })
      .compile(),
  };
})();

/**
 * Rebuilds (or drops) the document of every case queued in search_dirty and empties the queue.
 * Call inside a transaction. Takes Queries, not Core, so migration 0003 can backfill with it.
 * Returns how many cases were processed.
 */
export function rebuildPendingDocuments(q: Queries): number {
  const s = statements;
  const run = (c: { sql: string }, ...params: unknown[]) => q.prepare(c.sql).run(...params);
  // No .pluck(): Queries shares prepared statements by SQL text, and pluck mode would stick.
  const pending = (q.prepare(s.pending.sql).all() as { case_id: string }[]).map((r) => r.case_id);
  for (const caseId of pending) {
    const existing = (q.prepare(s.findDoc.sql).get(caseId) as { doc: number } | undefined)?.doc;
    if (existing !== undefined) {
      run(s.deleteTrigram, existing);
      run(s.deleteUnigram, existing);
    }
    const texts = q.prepare(s.caseTexts.sql).get(caseId) as CaseTexts | undefined;
    if (!texts) {
      if (existing !== undefined) run(s.dropDoc, existing);
    } else {
      const doc = existing ?? Number(run(s.newDoc, caseId).lastInsertRowid);
      const parties = (q.prepare(s.parties.sql).all(caseId) as { name: string }[]).map((r) => r.name);
      const activities = q.prepare(s.activities.sql).all(caseId) as { description: string; result: string | null }[];
      const trigram = caseSearchDocument(texts, parties, activities);
      const unigram = unigramDocument(
        texts,
        parties,
        activities.flatMap((a) => (a.result ? [a.description, a.result] : [a.description])),
      );
      run(s.insertTrigram, doc, ...SEARCH_COLUMNS.map((c) => trigram[c]));
      run(s.insertUnigram, doc, ...SEARCH_COLUMNS.map((c) => unigram[c]));
    }
    run(s.clearPending, caseId);
  }
  return pending.length;
}

/** Queues every live case (migration backfill, or a manual "rebuild the search index"). */
export function queueAllCases(q: Queries): void {
  // Registration order, so document ids (the recency order within a search tier) follow it.
  q.run(
    qb
      .insertInto('search_dirty')
      .columns(['case_id'])
      .expression(qb.selectFrom('cases').select('id').where('deleted_at', 'is', null).orderBy('received_on').orderBy('id'))
      .onConflict((oc) => oc.doNothing()),
  );
}

const hasPending = qb.selectFrom('search_dirty').select('case_id').limit(1);

/**
 * Brings the index up to date with every committed change. Cheap when nothing changed (one
 * indexed lookup); called by every reader of the index. A read-only connection cannot write and
 * reads the index as it is.
 */
export function syncSearchIndex(core: Core): number {
  if (core.sqlite.readonly) return 0;
  if (!core.q.first(hasPending)) return 0;
  return core.q.tx(() => rebuildPendingDocuments(core.q));
}

/** Drops and rebuilds every document (for `adr doctor`-style repair; not needed in normal use). */
export function rebuildSearchIndex(core: Core): number {
  return core.q.tx(() => {
    core.q.run(qb.deleteFrom('search_trigram'));
    core.q.run(qb.deleteFrom('search_unigram'));
    core.q.run(qb.deleteFrom('search_docs'));
    queueAllCases(core.q);
    return rebuildPendingDocuments(core.q);
  });
}

/**
 * Merges each index's segments into one (FTS5 'optimize'). Every re-indexed case leaves a
 * tombstone and a small segment that FTS5's automerge folds in over time; a maintenance task
 * (backup, doctor) may call this to compact them at once. Takes seconds on a large database.
 */
export function optimizeSearchIndex(core: Core): void {
  core.q.tx(() => {
    core.sqlite.exec("INSERT INTO search_trigram (search_trigram) VALUES ('optimize')");
    core.sqlite.exec("INSERT INTO search_unigram (search_unigram) VALUES ('optimize')");
  });
}
