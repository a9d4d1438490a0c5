import type { z } from 'zod';
import type { Attendance, AttendanceSaveSchema } from '../../contract/schemas/linkage';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { notFound } from '../cases/messages';
import type { Core } from '../core';
import { qb, type Row } from '../db/query';
import { fieldErrors } from '../errors';
import type { LinkageListInput } from './hearings';
import { agencyIssue, changesOf, notFutureIssue } from './linkage-checks';
import { yearPeriod } from './period';

export type AttendanceSaveInput = z.output<typeof AttendanceSaveSchema>;

/**
 * Agency staff attending a court hearing (旁听庭审): agencies with many cases owe at least one a
 * year. Attendance rows are not tied to a case and are not carried in court exports, so a wrong
 * entry is deleted outright; the audit entry keeps what it was.
 */
function attendanceQuery() {
  return qb
    .selectFrom('hearing_attendance as h')
    .innerJoin('agencies as a', 'a.id', 'h.agency_id')
    .select(['h.id', 'h.agency_id', 'a.name as agency_name', 'h.attended_on', 'h.court_number', 'h.attendees']);
}

function toAttendance(row: Row<ReturnType<typeof attendanceQuery>>): Attendance {
  return {
    id: row.id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    attendedOn: row.attended_on,
    courtNumber: row.court_number,
    attendees: row.attendees,
  };
}

/** Filtered by year and agency; attendance has no case, so a case filter matches nothing. */
export function listAttendance(core: Core, input: LinkageListInput): Attendance[] {
  if (input?.caseId) return [];
  let query = attendanceQuery();
  if (input?.year !== undefined) {
    const { from, to } = yearPeriod(input.year);
    query = query.where('h.attended_on', '>=', from).where('h.attended_on', '<=', to);
  }
  if (input?.agencyId) query = query.where('h.agency_id', '=', input.agencyId);
  return core.q.all(query.orderBy('h.attended_on', 'desc').orderBy('h.created_at', 'desc')).map(toAttendance);
}

function loadAttendanceRow(core: Core, id: string) {
  const row = core.q.first(qb.selectFrom('hearing_attendance').selectAll().where('id', '=', id));
  if (!row) throw notFound(`旁听记录 ${id}`, `attendance ${id}`);
  return row;
}

export function saveAttendance(core: Core, actor: Actor, input: AttendanceSaveInput): Attendance {
  const id = writeTx(core, () => {
    const before = input.id ? loadAttendanceRow(core, input.id) : undefined;
    const values = {
      agency_id: input.agencyId,
      attended_on: input.attendedOn,
      court_number: input.courtNumber ?? null,
      attendees: input.attendees ?? null,
    };
    const issues = [...agencyIssue(core, values.agency_id), ...notFutureIssue('attendedOn', values.attended_on, core.today(), '旁听日期', 'attendance date')];
    if (issues.length > 0) throw fieldErrors(issues);
    const now = core.now();
    if (before) {
      const changes = changesOf(before, values);
      if (Object.keys(changes).length === 0) return before.id;
      core.q.run(qb.updateTable('hearing_attendance').set({ ...values, updated_at: now }).where('id', '=', before.id));
      appendAudit(core.q, actor, now, { action: 'attendance.update', entity: 'hearing_attendance', entityId: before.id, detail: { changes } });
      return before.id;
    }
    const newId = core.newId();
    core.q.run(qb.insertInto('hearing_attendance').values({ id: newId, ...values, created_at: now, updated_at: now }));
    appendAudit(core.q, actor, now, { action: 'attendance.create', entity: 'hearing_attendance', entityId: newId, detail: values });
    return newId;
  });
  const row = core.q.first(attendanceQuery().where('h.id', '=', id));
  if (!row) throw notFound(`旁听记录 ${id}`, `attendance ${id}`);
  return toAttendance(row);
}

export function deleteAttendance(core: Core, actor: Actor, id: string): { id: string } {
  return writeTx(core, () => {
    const before = loadAttendanceRow(core, id);
    const now = core.now();
    core.q.run(qb.deleteFrom('hearing_attendance').where('id', '=', id));
    appendAudit(core.q, actor, now, { action: 'attendance.delete', entity: 'hearing_attendance', entityId: id, detail: { before } });
    return { id };
  });
}
