import type { Task } from '../../../electron/contract/schemas/tasks';
import { createCase } from '../../../electron/core/cases/intake';
import { createTask, type TaskCreateInput } from '../../../electron/core/tasks/task-write';
import { caseFixture, intake, setToday, type CaseFixture } from '../cases/fixture';

export interface TaskFixture extends CaseFixture {
  caseId: string;
  caseNumber: string;
  /** Contacts of the respondent agency (one active, one no longer) and of the lead agency. */
  contacts: { respondent: string; retired: string; lead: string };
  inactiveAgency: string;
}

/** A case fixture with a case, agency contacts and an inactive agency; today is `today`. */
export async function taskFixture(today = '2026-09-29'): Promise<TaskFixture> {
  const f = await caseFixture({ clockIso: `${today}T02:00:00.000Z` });
  const now = f.core.now();
  const contact = (agencyId: string, name: string, active = 1) => {
    const id = f.core.newId();
    f.core.sqlite
      .prepare('INSERT INTO agency_contacts (id, agency_id, name, title, phones, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, agencyId, name, '法制科科长', JSON.stringify(['0335-3000001']), active, now, now);
    return id;
  };
  const contacts = {
    respondent: contact(f.agencies.respondent, '李法制'),
    retired: contact(f.agencies.respondent, '赵退休', 0),
    lead: contact(f.agencies.lead, '王联络'),
  };
  const inactiveAgency = f.core.newId();
  f.core.sqlite
    .prepare('INSERT INTO agencies (id, name, kind, active, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)')
    .run(inactiveAgency, '秦皇岛市已撤销局', 'department', now, now);
  const created = createCase(f.core, f.actor, intake(f, { receivedOn: today }));
  return { ...f, caseId: created.id, caseNumber: created.caseNumber, contacts, inactiveAgency };
}

/** A task of the fixture's case to the respondent agency, due in 3 working days unless told. */
export function sendTask(f: TaskFixture, overrides: Partial<TaskCreateInput> = {}): Task {
  return createTask(f.core, f.actor, {
    caseId: f.caseId,
    agencyId: f.agencies.respondent,
    contactId: f.contacts.respondent,
    request: '请书面说明房屋面积认定的事实和依据，并提供评估报告',
    sentOn: f.core.today(),
    dueInWorkingDays: 3,
    ...overrides,
  });
}

export { setToday };
