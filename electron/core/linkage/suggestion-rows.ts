import type { Suggestion } from '../../contract/schemas/linkage';
import type { Core } from '../core';
import { daysBetween } from '../dates';
import { qb, type Row } from '../db/query';

/**
 * Judicial suggestions (司法建议) as the page sees them: the agency's name and the case number
 * joined in, overdue and days left worked out against `today`. Shared by the list, the save
 * result and the dashboard's due list, so all three agree on what "overdue" means.
 */
export function suggestionQuery() {
  return qb
    .selectFrom('judicial_suggestions as s')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .leftJoin('cases as c', 'c.id', 's.case_id')
    .select([
      's.id',
      's.case_id',
      'c.case_number',
      's.reference',
      's.agency_id',
      'a.name as agency_name',
      's.received_on',
      's.content',
      's.reply_due_on',
      's.feedback',
      's.feedback_on',
    ])
    .where('s.deleted_at', 'is', null);
}

type SuggestionRow = Row<ReturnType<typeof suggestionQuery>>;

/** Answered means the agency's feedback is recorded; a due date alone never closes a suggestion. */
export function toSuggestion(row: SuggestionRow, today: string): Suggestion {
  const open = row.feedback === null;
  const daysLeft = open && row.reply_due_on !== null ? daysBetween(today, row.reply_due_on) : null;
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    reference: row.reference,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    receivedOn: row.received_on,
    content: row.content,
    replyDueOn: row.reply_due_on,
    feedback: row.feedback,
    feedbackOn: row.feedback_on,
    overdue: daysLeft !== null && daysLeft < 0,
    daysLeft,
  };
}

export function loadSuggestion(core: Core, id: string): Suggestion | undefined {
  const row = core.q.first(suggestionQuery().where('s.id', '=', id));
  return row ? toSuggestion(row, core.today()) : undefined;
}
