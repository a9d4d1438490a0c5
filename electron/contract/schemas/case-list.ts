import { z } from 'zod';
import { CaseSourceSchema, DateSchema, OutcomeSchema } from './cases';
import { StageSchema, text } from './common';

/**
 * The case list (案件列表), full-text search (全文检索) and saved views (常用筛选). The core answers
 * them from electron/core/cases/case-list.ts, electron/core/search/search.ts and
 * electron/core/cases/saved-views.ts.
 */

/** Longest search text accepted: a pasted paragraph is refused, a case number or a name is not. */
export const SEARCH_TEXT_MAX = 200;

export const CASE_LIST_SORT_FIELDS = ['received_on', 'case_number', 'stage', 'updated_at', 'closed_on'] as const;
export const CaseListSortFieldSchema = z.enum(CASE_LIST_SORT_FIELDS);

const filterShape = {
  /** Empty array = no restriction (nothing ticked in a multi-select). */
  stages: z.array(StageSchema).max(5).optional(),
  status: z.enum(['open', 'closed']).optional(),
  categoryIds: z.array(z.string().min(1).max(64)).max(50).optional(),
  sources: z.array(CaseSourceSchema).max(7).optional(),
  /** Cases this agency takes part in, in any role (respondent, lead, supporting, related). */
  agencyId: z.string().min(1).max(64).optional(),
  coordinatorId: z.string().min(1).max(64).optional(),
  /** true: has an open clock whose due date has passed; false: has none. */
  overdue: z.boolean().optional(),
  receivedFrom: DateSchema.optional(),
  receivedTo: DateSchema.optional(),
  closedFrom: DateSchema.optional(),
  closedTo: DateSchema.optional(),
  /** Same syntax as the search box: words separated by spaces, all must occur. */
  text: z.string().max(SEARCH_TEXT_MAX).optional(),
};

export const CaseListFiltersSchema = z.object(filterShape).strict();
export type CaseListFilters = z.infer<typeof CaseListFiltersSchema>;

export const CaseListSortSchema = z
  .object({ field: CaseListSortFieldSchema, direction: z.enum(['asc', 'desc']) })
  .strict();
export type CaseListSort = z.infer<typeof CaseListSortSchema>;

export const CASE_LIST_PAGE_MAX = 200;

export const CaseListQuerySchema = z
  .object({
    filters: CaseListFiltersSchema.default({}),
    sort: CaseListSortSchema.default({ field: 'received_on', direction: 'desc' }),
    page: z
      .object({
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(CASE_LIST_PAGE_MAX).default(50),
      })
      .strict()
      .default({ offset: 0, limit: 50 }),
  })
  .strict();
/** What a caller may send (defaults filled in by the schema). */
export type CaseListQueryInput = z.input<typeof CaseListQuerySchema>;
export type CaseListQuery = z.output<typeof CaseListQuerySchema>;

export const CaseListRowSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  courtNumber: z.string().nullable(),
  title: z.string(),
  source: CaseSourceSchema,
  /** Dispute category name (争议类型). */
  category: z.string().nullable(),
  complexity: z.enum(['simple', 'complex']),
  stage: StageSchema,
  status: z.enum(['open', 'closed']),
  /** Coordinator's name (协调员). */
  coordinator: z.string().nullable(),
  /** Respondent agency's name (被申请行政机关). */
  respondent: z.string().nullable(),
  /** The first three applicants' names joined with '、'; applicantCount tells whether more exist (…等N人). */
  applicants: z.string(),
  applicantCount: z.number().int(),
  receivedOn: DateSchema,
  closedOn: DateSchema.nullable(),
  outcome: OutcomeSchema.nullable(),
  /** Earliest due date among the case's open clocks. */
  nextDueOn: DateSchema.nullable(),
  /** An open clock's due date has passed (nextDueOn < today). */
  overdue: z.boolean(),
  /** Changes the court has not acknowledged yet (the 未同步 badge). */
  unsynced: z.boolean(),
});
export type CaseListRow = z.infer<typeof CaseListRowSchema>;

export const CaseListResultSchema = z.object({
  rows: z.array(CaseListRowSchema),
  /** Cases matching the filters, over all pages. */
  total: z.number().int(),
});
export type CaseListResult = z.infer<typeof CaseListResultSchema>;

export const SEARCH_FIELDS = [
  'case_number',
  'court_number',
  'party',
  'dispute_focus',
  'title',
  'claims',
  'notes',
  'activity',
] as const;
export const SearchFieldSchema = z.enum(SEARCH_FIELDS);
export type SearchField = z.infer<typeof SearchFieldSchema>;

/** A piece of the snippet; `hit` pieces are exactly the searched text (render them as <mark>). */
export const SnippetSegmentSchema = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetSegment = z.infer<typeof SnippetSegmentSchema>;

export const SEARCH_LIMIT_MAX = 200;

export const SearchInputSchema = z
  .object({
    text: z.string().max(SEARCH_TEXT_MAX),
    limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
  })
  .strict();
export type SearchInput = z.infer<typeof SearchInputSchema>;

export const SearchHitSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  stage: StageSchema,
  /** Where the words were found (the field shown in the snippet). */
  field: SearchFieldSchema,
  /** The activity the snippet comes from when field = 'activity'. */
  activityId: z.string().nullable(),
  snippet: z.array(SnippetSegmentSchema),
  /**
   * Relevance tier, lower is better: 1 case or court number, 2 party or title, 3 dispute focus,
   * claims or notes, 4 activities (or words spread over several fields). Hits come best first;
   * within a tier the most recently registered case first.
   */
  rank: z.number().int(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** Stored filters are read leniently: a key a later version dropped is ignored, not an error. */
export const StoredCaseListFiltersSchema = z.object(filterShape);

export const SavedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  filters: CaseListFiltersSchema,
  sort: CaseListSortSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof SavedViewSchema>;

export const SavedViewInputSchema = z
  .object({
    /** Present to rename or change an existing view of the same operator. */
    id: z.string().min(1).max(64).optional(),
    name: text(60),
    filters: CaseListFiltersSchema,
    sort: CaseListSortSchema.nullable().optional(),
  })
  .strict();
export type SavedViewInput = z.input<typeof SavedViewInputSchema>;
