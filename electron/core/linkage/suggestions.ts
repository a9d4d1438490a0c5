import type { Suggestion } from '../../contract/schemas/linkage';
import type { Core } from '../core';
import { addDays } from '../dates';
import { suggestionQuery, toSuggestion } from './suggestion-rows';

/**
 * How far ahead a judicial suggestion's reply deadline shows as due. Court deadlines for
 * suggestions are set in calendar days (usually two months), so the warning is too: ten calendar
 * days leaves about two working weeks to chase the agency.
 */
export const SUGGESTION_DUE_SOON_DAYS = 10;

/**
 * Suggestions still waiting for the agency's feedback whose reply deadline is within
 * SUGGESTION_DUE_SOON_DAYS calendar days of `today` or already past: overdue ones first (longest
 * overdue at the top), then by deadline.
 */
export function dueSuggestions(core: Core, today: string): Suggestion[] {
  const horizon = addDays(today, SUGGESTION_DUE_SOON_DAYS);
  const rows = core.q.all(
    suggestionQuery()
      .where('s.feedback', 'is', null)
      .where('s.reply_due_on', 'is not', null)
      .where('s.reply_due_on', '<=', horizon)
      .orderBy('s.reply_due_on', 'asc')
      .orderBy('a.name', 'asc'),
  );
  // Ordered by deadline, overdue ones already come first; the sort keeps that explicit.
  return rows.map((r) => toSuggestion(r, today)).sort((a, b) => Number(b.overdue) - Number(a.overdue));
}
