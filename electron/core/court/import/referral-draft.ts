import type { Localized } from '../../../contract/result';

/**
 * A referral as read from the file, before any check: the JSON format's referral object (a
 * spreadsheet's rows are gathered into one first) and the rows the user sees for it.
 */

export type ReferralFormat = 'json' | 'csv' | 'xlsx';

export interface RowIssue {
  row: number;
  message: Localized;
}

export interface ReferralDraft {
  /** The referral's row: its first spreadsheet row (header = 1), or its index + 1 in the JSON list. */
  row: number;
  /** The row of each party, in the order of `value.parties` (JSON: all the referral's row). */
  partyRows: number[];
  /** The referral object to check against ReferralSchema. */
  value: unknown;
  /** Problems found while reading (rows of one court number that disagree). */
  issues: RowIssue[];
}

export interface ReferralSource {
  format: ReferralFormat;
  /** CSV only: how the bytes were decoded. */
  encoding: string | null;
  /** JSON only: the court named in the file. */
  court: string | null;
  drafts: ReferralDraft[];
  /** Problems with the file as a whole; when present, drafts is empty. */
  fileErrors: Localized[];
}

export function failedSource(format: ReferralFormat, error: Localized, encoding: string | null = null): ReferralSource {
  return { format, encoding, court: null, drafts: [], fileErrors: [error] };
}
