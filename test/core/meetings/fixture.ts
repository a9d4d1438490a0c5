import type { z } from 'zod';
import type { MeetingDraftSchema, MeetingSaveInputSchema } from '../../../electron/contract/schemas/meetings';
import { createCase } from '../../../electron/core/cases/intake';
import { dispatch } from '../../../electron/core/handlers/registry';
import { saveRoom } from '../../../electron/core/meetings/rooms';
import { insertOperator } from '../../../electron/core/services/operators';
import { caseFixture, intake, type CaseFixture } from '../cases/fixture';

/**
 * A center with rooms, a second staff member, agency contacts and two cases; today is Friday
 * 2026-11-27, 10:00 China time (the case fixture's clock).
 */
export interface MeetingFixture extends CaseFixture {
  rooms: { first: string; second: string };
  staff: { me: string; li: string };
  contacts: { wang: string; zhao: string; other: string };
  cases: { a: string; b: string };
}

export async function meetingFixture(options: { clockIso?: string; dir?: string } = {}): Promise<MeetingFixture> {
  const f = await caseFixture(options);
  const rooms = {
    first: saveRoom(f.core, f.actor, { name: '第一调解室', location: '中心一楼101室', capacity: 12, active: true }).id,
    second: saveRoom(f.core, f.actor, { name: '第二调解室', location: '中心一楼103室', capacity: 10, active: true }).id,
  };
  const li = insertOperator(f.core, '李秘书', 'secretary').id;
  const contact = (agencyId: string, name: string, email: string | null) => {
    const id = f.core.newId();
    f.core.sqlite
      .prepare('INSERT INTO agency_contacts (id, agency_id, name, title, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, agencyId, name, '科长', email, f.core.now(), f.core.now());
    return id;
  };
  const contacts = {
    wang: contact(f.agencies.respondent, '王科长', 'wang@zrzy.example.cn'),
    zhao: contact(f.agencies.lead, '赵主任', null),
    other: contact(f.agencies.supporting, '钱科员', null),
  };
  const a = createCase(f.core, f.actor, intake(f)).id;
  const b = createCase(f.core, f.actor, intake(f, { title: '李某诉市住房和城乡建设局不动产登记案' })).id;
  return { ...f, rooms, staff: { me: f.operatorId, li }, contacts, cases: { a, b } };
}

export type DraftInput = z.input<typeof MeetingDraftSchema>;
export type SaveInput = z.input<typeof MeetingSaveInputSchema>;

/** A case-analysis meeting on Thursday 2026-12-03 09:00–11:00 in the first room. */
export function draft(f: MeetingFixture, overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    kind: 'analysis',
    title: '案情研判会',
    startsAt: '2026-12-03T09:00:00+08:00',
    endsAt: '2026-12-03T11:00:00+08:00',
    roomId: f.rooms.first,
    status: 'scheduled',
    invitees: [
      { kind: 'staff', operatorId: f.staff.me, role: 'chair' },
      { kind: 'agency_contact', contactId: f.contacts.wang },
    ],
    agenda: [
      { caseId: f.cases.a, presenter: '张协调', minutesAllotted: 30 },
      { topic: '年度化解工作情况通报', minutesAllotted: 15 },
    ],
    ...overrides,
  };
}

/** Dispatch through the real registry; throws with the error attached when the call fails. */
export async function call<T>(f: CaseFixture, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(f.core, f.session, channel, input, { log: (m, e) => console.error(m, e) });
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message.en}`), { error: result.error });
  return result.value as T;
}

export async function failure(f: CaseFixture, channel: string, input: unknown) {
  const result = await dispatch(f.core, f.session, channel, input, { log: (m, e) => console.error(m, e) });
  if (result.ok) throw new Error(`${channel} should have failed: ${JSON.stringify(result.value).slice(0, 300)}`);
  return result.error;
}

export function count(f: CaseFixture, table: string): number {
  return f.core.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
}
