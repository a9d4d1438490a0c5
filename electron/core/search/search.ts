import { sql } from 'kysely';
import type { SearchField, SearchHit, SnippetSegment } from '../../contract/schemas/case-list';
import { SEARCH_LIMIT_MAX } from '../../contract/schemas/case-list';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { Stage } from '../db/schema';
import { syncSearchIndex, type SearchColumn } from './search-index';
import { countTermsIn, ftsQuery, highlight, searchTerms, type FtsQuery } from './search-text';

/**
 * The search box: cases whose numbers, parties, dispute focus, title, claims, notes or activities
 * contain every word typed, as substrings (Chinese has no spaces between words, so substring is
 * the only meaningful match), best first, each with a highlighted snippet.
 *
 * Ranking is by tier, not bm25: a word found in the case number outranks one in a party name or
 * title, which outranks the case's own texts, which outrank its activities. Each tier is one FTS5
 * query restricted to those columns and read newest-document-first with a LIMIT, so it stops
 * early; bm25 would score every matching case (15–30 ms for a common two-character word on 20,000
 * cases, against well under 1 ms per tier).
 */

const TIERS: readonly (readonly SearchColumn[] | null)[] = [
  ['case_number', 'court_number'],
  ['parties', 'title'],
  ['dispute_focus', 'claims', 'notes'],
  null, // any column, and words spread over several
];

export interface SearchOptions {
  limit?: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;

/** One tier's query: the newest `limit` documents matching `fts` (exported for EXPLAIN tests). */
export function matchingDocs(fts: FtsQuery, limit: number) {
  return qb
    .selectFrom(fts.table)
    .select('rowid')
    .where(sql<boolean>`${sql.table(fts.table)} MATCH ${fts.match}`)
    .orderBy('rowid', 'desc')
    .limit(limit);
}

interface HitCase {
  doc: number;
  id: string;
  case_number: string;
  court_number: string | null;
  title: string;
  stage: Stage;
  dispute_focus: string | null;
  claims: string | null;
  notes: string | null;
}

export function searchCases(core: Core, text: string, options: SearchOptions = {}): SearchHit[] {
  const terms = searchTerms(text);
  if (terms.length === 0) return [];
  const limit = Math.max(1, Math.min(SEARCH_LIMIT_MAX, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT)));
  syncSearchIndex(core);

  const tierOf = new Map<number, number>();
  TIERS.forEach((columns, i) => {
    if (tierOf.size >= limit) return;
    const fts = ftsQuery(terms, columns ?? undefined);
    // Docs already placed in a better tier come back again here; ask for enough to skip them.
    for (const { rowid } of core.q.all(matchingDocs(fts, limit + tierOf.size))) {
      if (tierOf.size >= limit) break;
      if (!tierOf.has(rowid)) tierOf.set(rowid, i + 1);
    }
  });
  if (tierOf.size === 0) return [];

  const docs = [...tierOf.keys()];
  const cases = core.q.all(
    qb
      .selectFrom('search_docs')
      .innerJoin('cases', 'cases.id', 'search_docs.case_id')
      .select([
        'search_docs.doc',
        'cases.id',
        'cases.case_number',
        'cases.court_number',
        'cases.title',
        'cases.stage',
        'cases.dispute_focus',
        'cases.claims',
        'cases.notes',
      ])
      .where('search_docs.doc', 'in', sql<number>`(SELECT value FROM json_each(${JSON.stringify(docs)}))`)
      .where('cases.deleted_at', 'is', null),
  ) as HitCase[];
  const byDoc = new Map(cases.map((c) => [c.doc, c]));
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const c = byDoc.get(doc);
    if (!c) continue;
    const best = bestField(core, c, terms);
    hits.push({
      caseId: c.id,
      caseNumber: c.case_number,
      title: c.title,
      stage: c.stage,
      field: best.field,
      activityId: best.activityId,
      snippet: best.snippet,
      rank: tierOf.get(doc)!,
    });
  }
  return hits;
}

interface Candidate {
  field: SearchField;
  text: string;
  activityId: string | null;
}

/**
 * The field to show: the one holding the most of the words, earlier fields winning ties (a case
 * number beats an activity that quotes it). Activities are read only when no field of the case
 * itself holds every word.
 */
function bestField(
  core: Core,
  c: HitCase,
  terms: readonly string[],
): { field: SearchField; activityId: string | null; snippet: SnippetSegment[] } {
  const candidates: Candidate[] = [
    { field: 'case_number', text: c.case_number, activityId: null },
    { field: 'court_number', text: c.court_number ?? '', activityId: null },
  ];
  const parties = core.q.all(
    qb
      .selectFrom('parties')
      .select('name')
      .where('case_id', '=', c.id)
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id'),
  );
  for (const p of parties) candidates.push({ field: 'party', text: p.name, activityId: null });
  candidates.push(
    { field: 'title', text: c.title, activityId: null },
    { field: 'dispute_focus', text: c.dispute_focus ?? '', activityId: null },
    { field: 'claims', text: c.claims ?? '', activityId: null },
    { field: 'notes', text: c.notes ?? '', activityId: null },
  );
  const best = { candidate: null as Candidate | null, count: 0 };
  const consider = (candidate: Candidate) => {
    const n = candidate.text ? countTermsIn(candidate.text, terms) : 0;
    if (n > best.count) {
      best.candidate = candidate;
      best.count = n;
    }
  };
  candidates.forEach(consider);
  if (best.count < terms.length) {
    const activities = core.q.all(
      qb
        .selectFrom('activities')
        .select(['id', 'description', 'result'])
        .where('case_id', '=', c.id)
        .where('deleted_at', 'is', null)
        .orderBy('occurred_at', 'desc')
        .orderBy('id', 'desc'),
    );
    for (const a of activities) {
      consider({ field: 'activity', text: a.description, activityId: a.id });
      if (a.result) consider({ field: 'activity', text: a.result, activityId: a.id });
      if (best.count === terms.length) break;
    }
  }
  const chosen: Candidate = best.candidate ?? { field: 'title', text: c.title, activityId: null };
  return { field: chosen.field, activityId: chosen.activityId, snippet: highlight(chosen.text, terms) };
}

/**
 * The ids of the live cases whose document matches `text`, as a subquery for the case list's text
 * filter; null when `text` holds no words (then the filter does not apply). Brings the index up
 * to date first.
 */
export function caseIdsMatching(core: Core, text: string) {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  syncSearchIndex(core);
  const fts = ftsQuery(terms);
  return qb
    .selectFrom('search_docs')
    .select('search_docs.case_id')
    .where(
      'search_docs.doc',
      'in',
      qb.selectFrom(fts.table).select('rowid').where(sql<boolean>`${sql.table(fts.table)} MATCH ${fts.match}`),
    );
}
