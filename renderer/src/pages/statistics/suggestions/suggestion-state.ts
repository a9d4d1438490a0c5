import { SUGGESTION_DUE_SOON_DAYS, type Suggestion } from '../../../../../electron/contract/schemas/linkage';

export type SuggestionState = 'overdue' | 'dueSoon' | 'open' | 'answered';

/** 已反馈 once feedback is recorded; otherwise by the days left to the reply deadline. */
export function suggestionState(s: Suggestion): SuggestionState {
  if (s.feedback !== null) return 'answered';
  if (s.overdue) return 'overdue';
  if (s.daysLeft !== null && s.daysLeft <= SUGGESTION_DUE_SOON_DAYS) return 'dueSoon';
  return 'open';
}

export const STATE_COLOR: Record<SuggestionState, string> = {
  overdue: 'red',
  dueSoon: 'orange',
  open: 'blue',
  answered: 'green',
};

const STATE_ORDER: Record<SuggestionState, number> = { overdue: 0, dueSoon: 1, open: 2, answered: 3 };

/** What needs chasing first: overdue, due soon, open (by deadline), then answered (newest first). */
export function byUrgency(a: Suggestion, b: Suggestion): number {
  const sa = suggestionState(a);
  const sb = suggestionState(b);
  if (sa !== sb) return STATE_ORDER[sa] - STATE_ORDER[sb];
  if (sa !== 'answered' && a.replyDueOn !== b.replyDueOn) return (a.replyDueOn ?? '9999').localeCompare(b.replyDueOn ?? '9999');
  return b.receivedOn.localeCompare(a.receivedOn);
}
