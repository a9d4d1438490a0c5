import type { Core } from '../core';
import { qb } from '../db/query';
import { anonymiser, partyAliases, type PartyIdentity } from '../summaries/anonymise';

/**
 * What retention (PIPL art. 19) removes from one closed case, reusing the publicity anonymiser
 * (summaries/anonymise.ts) so a person becomes surname + 某 (王某甲 / 王某乙 when two would meet):
 *
 * - parties: a person's name becomes the alias and the ID number, ID type, phone and address are
 *   cleared; an organisation keeps its name and credit code (not personal information, PIPL art.
 *   4) but loses phone and address, which are often a contact person's. Every party gets
 *   anonymised_at, which is what makes the case done.
 * - copies of those names and numbers in the case's own free text: case title, dispute focus,
 *   claims, notes, outcome texts; activities (description, result, place, participant names);
 *   stage-transition and clock-adjustment reasons; coordination tasks (request, reply); agenda
 *   items and action items of the case; the title and minutes of meetings that discussed it;
 *   attachment file names (the files stay); meeting invitees who were parties (name → alias,
 *   email cleared).
 * - the search index follows through its triggers (the caller rebuilds the queued documents in
 *   the same transaction).
 *
 * Call inside the caller's write transaction. Returns the number of parties changed.
 */
export function anonymiseCase(core: Core, caseId: string, now: string): number {
  const parties = core.q.all(
    qb.selectFrom('parties').select(['id', 'kind', 'name', 'id_number', 'phone', 'address', 'anonymised_at']).where('case_id', '=', caseId),
  );
  const persons: PartyIdentity[] = parties
    .filter((p) => p.kind === 'person' && p.anonymised_at === null)
    .map((p) => ({ kind: 'person', name: p.name, idNumber: p.id_number, phone: p.phone, address: p.address }));
  const aliases = partyAliases(persons);
  // Built from the persons only, so organisation names survive in the text; phone numbers of
  // any shape (an organisation's too) are caught by the anonymiser's number patterns.
  const anon = anonymiser(persons);
  const text = (value: string | null) => anon.text(value);

  let changed = 0;
  for (const p of parties) {
    if (p.anonymised_at !== null) continue;
    const person = p.kind === 'person';
    core.q.run(
      qb
        .updateTable('parties')
        .set({
          ...(person ? { name: aliases.get(p.name.replace(/\s+/g, '')) ?? anon.alias(p.name), id_number: null, id_type: null } : {}),
          phone: null,
          address: null,
          anonymised_at: now,
          updated_at: now,
        })
        .where('id', '=', p.id),
    );
    changed += 1;
  }

  const c = core.q.first(
    qb.selectFrom('cases').select(['title', 'dispute_focus', 'claims', 'notes', 'outcome_summary', 'outcome_basis']).where('id', '=', caseId),
  );
  if (c) {
    core.q.run(
      qb
        .updateTable('cases')
        .set({
          title: anon.text(c.title),
          dispute_focus: text(c.dispute_focus),
          claims: text(c.claims),
          notes: text(c.notes),
          outcome_summary: text(c.outcome_summary),
          outcome_basis: text(c.outcome_basis),
          updated_at: now,
        })
        .where('id', '=', caseId),
    );
  }
  for (const a of core.q.all(qb.selectFrom('activities').select(['id', 'description', 'result', 'place', 'participants']).where('case_id', '=', caseId))) {
    core.q.run(
      qb
        .updateTable('activities')
        .set({ description: anon.text(a.description), result: text(a.result), place: text(a.place), participants: anon.text(a.participants), updated_at: now })
        .where('id', '=', a.id),
    );
  }
  for (const s of core.q.all(qb.selectFrom('stage_transitions').select(['id', 'reason']).where('case_id', '=', caseId).where('reason', 'is not', null))) {
    core.q.run(qb.updateTable('stage_transitions').set({ reason: text(s.reason) }).where('id', '=', s.id));
  }
  const adjustments = core.q.all(
    qb
      .selectFrom('clock_adjustments')
      .innerJoin('clocks', 'clocks.id', 'clock_adjustments.clock_id')
      .select(['clock_adjustments.id', 'clock_adjustments.reason'])
      .where('clocks.case_id', '=', caseId),
  );
  for (const a of adjustments) {
    core.q.run(qb.updateTable('clock_adjustments').set({ reason: anon.text(a.reason), updated_at: now }).where('id', '=', a.id));
  }
  for (const t of core.q.all(qb.selectFrom('coordination_tasks').select(['id', 'request', 'reply_text']).where('case_id', '=', caseId))) {
    core.q.run(qb.updateTable('coordination_tasks').set({ request: anon.text(t.request), reply_text: text(t.reply_text), updated_at: now }).where('id', '=', t.id));
  }
  const agenda = core.q.all(
    qb.selectFrom('agenda_items').select(['id', 'topic', 'proposed_plan', 'questions', 'discussion', 'decision']).where('case_id', '=', caseId),
  );
  for (const a of agenda) {
    core.q.run(
      qb
        .updateTable('agenda_items')
        .set({
          topic: text(a.topic),
          proposed_plan: text(a.proposed_plan),
          questions: text(a.questions),
          discussion: text(a.discussion),
          decision: text(a.decision),
          updated_at: now,
        })
        .where('id', '=', a.id),
    );
  }
  for (const a of core.q.all(qb.selectFrom('action_items').select(['id', 'description']).where('case_id', '=', caseId))) {
    core.q.run(qb.updateTable('action_items').set({ description: anon.text(a.description), updated_at: now }).where('id', '=', a.id));
  }
  // Meetings that discussed the case: their title and minutes may name its parties. Only this
  // case's names are replaced; other cases on the same agenda keep theirs until their own turn.
  const meetingIds = core.q.all(qb.selectFrom('agenda_items').select('meeting_id').distinct().where('case_id', '=', caseId)).map((r) => r.meeting_id);
  for (const m of meetingIds.length ? core.q.all(qb.selectFrom('meetings').select(['id', 'title']).where('id', 'in', meetingIds)) : []) {
    core.q.run(qb.updateTable('meetings').set({ title: anon.text(m.title), updated_at: now }).where('id', '=', m.id));
  }
  for (const m of meetingIds.length ? core.q.all(qb.selectFrom('minutes').select(['id', 'summary']).where('meeting_id', 'in', meetingIds)) : []) {
    core.q.run(qb.updateTable('minutes').set({ summary: text(m.summary), updated_at: now }).where('id', '=', m.id));
  }
  // Attachment names (王建国身份证.jpg); the files themselves are kept as evidence.
  for (const a of core.q.all(qb.selectFrom('attachments').select(['id', 'file_name']).where('case_id', '=', caseId))) {
    core.q.run(qb.updateTable('attachments').set({ file_name: anon.text(a.file_name), updated_at: now }).where('id', '=', a.id));
  }
  const invitees = core.q.all(
    qb
      .selectFrom('meeting_invitees')
      .innerJoin('parties', 'parties.id', 'meeting_invitees.party_id')
      .select(['meeting_invitees.id', 'meeting_invitees.name'])
      .where('parties.case_id', '=', caseId)
      .where('meeting_invitees.kind', '=', 'party'),
  );
  for (const i of invitees) {
    core.q.run(qb.updateTable('meeting_invitees').set({ name: anon.text(i.name), email: null, updated_at: now }).where('id', '=', i.id));
  }
  return changed;
}
