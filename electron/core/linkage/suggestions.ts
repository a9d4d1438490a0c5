import type { z } from 'zod';
import type { FieldIssue } from '../../contract/result';
import { SUGGESTION_DUE_SOON_DAYS, type Suggestion, type SuggestionSaveSchema } from '../../contract/schemas/linkage';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { field, notFound } from '../cases/messages';
import type { Core } from '../core';
import { addDays } from '../dates';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import type { LinkageListInput } from './hearings';
import { agencyIssue, caseIssue, changesOf, notFutureIssue } from './linkage-checks';
import { yearPeriod } from './period';
import { loadSuggestion, suggestionQuery, toSuggestion } from './suggestion-rows';


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

export type SuggestionSaveInput = z.output<typeof SuggestionSaveSchema>;

export function listSuggestions(core: Core, input: LinkageListInput): Suggestion[] {
  let query = suggestionQuery();
  if (input?.year !== undefined) {
    const { from, to } = yearPeriod(input.year);
    query = query.where('s.received_on', '>=', from).where('s.received_on', '<=', to);
  }
  if (input?.agencyId) query = query.where('s.agency_id', '=', input.agencyId);
  if (input?.caseId) query = query.where('s.case_id', '=', input.caseId);
  const today = core.today();
  return core.q.all(query.orderBy('s.received_on', 'desc').orderBy('s.created_at', 'desc')).map((r) => toSuggestion(r, today));
}

function loadSuggestionRow(core: Core, id: string) {
  const row = core.q.first(qb.selectFrom('judicial_suggestions').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
  if (!row) throw notFound(`司法建议 ${id}`, `judicial suggestion ${id}`);
  return row;
}

/**
 * Feedback and its date go together: the date is what decides whether the agency answered in
 * time (overdue at a quarter's end), so feedback without a date could never be judged.
 */
function suggestionIssues(core: Core, v: SuggestionValues): FieldIssue[] {
  const today = core.today();
  const issues = [
    ...agencyIssue(core, v.agency_id),
    ...caseIssue(core, v.case_id),
    ...notFutureIssue('receivedOn', v.received_on, today, '收到日期', 'date received'),
    ...notFutureIssue('feedbackOn', v.feedback_on, today, '反馈日期', 'feedback date'),
  ];
  if (v.reply_due_on !== null && v.reply_due_on < v.received_on) {
    issues.push(field('replyDueOn', '回复期限不能早于收到日期', 'The reply deadline cannot be before the date received'));
  }
  if (v.feedback_on !== null && v.feedback_on < v.received_on) {
    issues.push(field('feedbackOn', '反馈日期不能早于收到日期', 'The feedback date cannot be before the date received'));
  }
  if (v.feedback_on !== null && v.feedback === null) {
    issues.push(field('feedback', '填写了反馈日期，请填写落实反馈情况', 'A feedback date needs the feedback itself'));
  }
  if (v.feedback !== null && v.feedback_on === null) {
    issues.push(field('feedbackOn', '请填写反馈日期', 'Feedback needs the date it was given'));
  }
  return issues;
}

type SuggestionValues = ReturnType<typeof suggestionValues>;

function suggestionValues(input: SuggestionSaveInput) {
  return {
    case_id: input.caseId ?? null,
    reference: input.reference ?? null,
    agency_id: input.agencyId,
    received_on: input.receivedOn,
    content: input.content,
    reply_due_on: input.replyDueOn ?? null,
    feedback: input.feedback ?? null,
    feedback_on: input.feedbackOn ?? null,
  };
}

/** Creates a suggestion, or replaces it when `id` is given; audited in the same transaction. */
export function saveSuggestion(core: Core, actor: Actor, input: SuggestionSaveInput): Suggestion {
  const id = writeTx(core, () => {
    const before = input.id ? loadSuggestionRow(core, input.id) : undefined;
    const values = suggestionValues(input);
    const issues = suggestionIssues(core, values);
    if (issues.length > 0) throw fieldErrors(issues);
    const now = core.now();
    if (before) {
      const changes = changesOf(before, values);
      if (Object.keys(changes).length === 0) return before.id;
      core.q.run(qb.updateTable('judicial_suggestions').set({ ...values, updated_at: now }).where('id', '=', before.id));
      appendAudit(core.q, actor, now, { action: 'suggestion.update', entity: 'judicial_suggestions', entityId: before.id, detail: { changes } });
      return before.id;
    }
    const newId = core.newId();
    core.q.run(qb.insertInto('judicial_suggestions').values({ id: newId, ...values, deleted_at: null, created_at: now, updated_at: now }));
    appendAudit(core.q, actor, now, { action: 'suggestion.create', entity: 'judicial_suggestions', entityId: newId, detail: values });
    return newId;
  });
  const saved = loadSuggestion(core, id);
  if (!saved) throw notFound(`司法建议 ${id}`, `judicial suggestion ${id}`);
  return saved;
}

export function deleteSuggestion(core: Core, actor: Actor, id: string): { id: string } {
  return writeTx(core, () => {
    const before = loadSuggestionRow(core, id);
    const now = core.now();
    core.q.run(qb.updateTable('judicial_suggestions').set({ deleted_at: now, updated_at: now }).where('id', '=', id));
    appendAudit(core.q, actor, now, { action: 'suggestion.delete', entity: 'judicial_suggestions', entityId: id, detail: { before } });
    return { id };
  });
}
