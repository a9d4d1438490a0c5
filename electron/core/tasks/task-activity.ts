import type { Core } from '../core';
import { qb } from '../db/query';

/**
 * A task's milestones (sent, answered, closed) appear in its case's activity log (办理记录), so
 * the case page tells the whole story without a second list. The activities table takes them as
 * they are: no workflow step (step_id NULL, so no stage guard or clock is touched), the stage the
 * case is in, and the agency's contact as participant. Written directly rather than through
 * createActivity, which would complete step and transfer clocks and audit a second time; the
 * task's own audit entry names the activity it wrote. Call inside the task's write transaction.
 */
export interface TaskActivity {
  caseId: string | null;
  on: string;
  description: string;
  result?: string | null;
  contact: { id: string; name: string } | null;
}

/** 09:00 China time (01:00 UTC) on `date`: the start of the working day the event is dated. */
function instantOn(core: Core, date: string): string {
  return date === core.today() ? core.now() : `${date}T01:00:00.000Z`;
}

/** Returns the activity's id, or null when the task has no (live) case. */
export function logTaskActivity(core: Core, operatorId: string | null, a: TaskActivity): string | null {
  if (!a.caseId) return null;
  const caseRow = core.q.first(qb.selectFrom('cases').select(['id', 'stage']).where('id', '=', a.caseId).where('deleted_at', 'is', null));
  if (!caseRow) return null;
  const id = core.newId();
  const now = core.now();
  core.q.run(
    qb.insertInto('activities').values({
      id,
      case_id: caseRow.id,
      step_id: null,
      stage: caseRow.stage,
      occurred_at: instantOn(core, a.on),
      place: null,
      participants: JSON.stringify(a.contact ? [{ kind: 'agency_contact', refId: a.contact.id, name: a.contact.name }] : []),
      description: a.description,
      result: a.result ?? null,
      operator_id: operatorId,
      deleted_at: null,
      created_at: now,
      updated_at: now,
    }),
  );
  core.q.run(qb.updateTable('cases').set({ updated_at: now }).where('id', '=', caseRow.id));
  return id;
}
