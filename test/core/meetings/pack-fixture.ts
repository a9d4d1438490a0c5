import type { z } from 'zod';
import type { MeetingDraftSchema, SavedFiles } from '../../../electron/contract/schemas/meetings';
import { fixedClock } from '../../../electron/core/clock';
import { openCore, type Core, type CoreOptions } from '../../../electron/core/core';
import { loadDemoData } from '../../../electron/core/demo/load-demo';
import { dispatch, type DispatchOptions } from '../../../electron/core/handlers/registry';
import { defaultOperator } from '../../../electron/core/services/setup';
import type { Session } from '../../../electron/core/session';
import { setUpCore } from '../helpers/core';

/**
 * The demo center (40 cases with parties, activities, clocks; the monthly case-analysis series
 * with a held meeting whose action items are still open) plus a meeting of that series with
 * `cases` agenda cases, saved through dispatch like the app does. Today is 2026-11-27.
 */
export interface PackFixture {
  core: Core;
  session: Session;
  meetingId: string;
  /** The agenda cases, in agenda order. */
  caseIds: string[];
  /** Every party ID number of those cases, in full, as stored. */
  fullIdNumbers: string[];
  /** Open action items of earlier meetings of the series (they must carry over). */
  carriedOver: { description: string }[];
}

type Draft = z.input<typeof MeetingDraftSchema>;

export async function packFixture(
  options: { cases?: number; host?: Pick<CoreOptions, 'printPdf' | 'chooseFolder'>; draft?: Partial<Draft> } = {},
): Promise<PackFixture> {
  const core = await openCore({
    databaseFile: ':memory:',
    dataDir: null,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock: fixedClock('2026-11-27T02:00:00.000Z'),
    ...options.host,
  });
  const { session } = await setUpCore(core);
  const operator = defaultOperator(core)!;
  loadDemoData(core, operator);
  const all = core.sqlite.prepare.bind(core.sqlite);
  const series = all("SELECT id FROM meeting_series WHERE kind = 'analysis'").pluck().get() as string;
  const hall = all("SELECT id FROM rooms WHERE name = '中心会议室'").pluck().get() as string;
  const caseIds = all(
    "SELECT id FROM cases WHERE stage IN ('pre', 'during', 'intake', 'post') AND deleted_at IS NULL ORDER BY case_number",
  )
    .pluck()
    .all()
    .slice(0, options.cases ?? 20) as string[];
  const contacts = all('SELECT id FROM agency_contacts ORDER BY name LIMIT 6').pluck().all() as string[];
  const party = all(`SELECT id FROM parties WHERE case_id = ? AND deleted_at IS NULL LIMIT 1`).pluck().get(caseIds[0]) as string;
  const draft: Draft = {
    kind: 'analysis',
    title: '2026年12月行政争议案情研判会（扩大）',
    startsAt: '2026-12-17T09:00:00+08:00',
    endsAt: '2026-12-17T12:00:00+08:00',
    roomId: hall,
    seriesId: series,
    status: 'scheduled',
    invitees: [
      { kind: 'agency_contact', contactId: contacts[0]!, role: 'chair' },
      { kind: 'staff', operatorId: operator.id, role: 'required' },
      ...contacts.slice(1, 5).map((contactId) => ({ kind: 'agency_contact' as const, contactId, role: 'required' as const })),
      { kind: 'agency_contact', contactId: contacts[5]!, role: 'optional' },
      { kind: 'court_staff', name: '刘法官', role: 'required' },
      { kind: 'party', partyId: party, role: 'non_participant' },
    ],
    agenda: caseIds.map((caseId, i) => ({
      caseId,
      presenter: i % 2 ? '张协调' : '李秘书',
      minutesAllotted: 8,
      proposedPlan: i === 0 ? '由被申请人会同属地政府重新核定补偿面积，按市场评估价补足差额，争取当事人撤回申请。' : null,
      questions: i === 0 ? '1. 是否同意重新核定面积；2. 补偿差额由哪一级财政承担。' : null,
    })),
    ...options.draft,
  };
  const saved = await dispatch(core, session, 'meetings.save', { meeting: draft, acceptWarnings: true });
  if (!saved.ok) throw new Error(`meetings.save: ${saved.error.message.en}`);
  const value = saved.value as { saved: boolean; meeting: { id: string; carriedOver: { description: string }[] } | null; clashes: unknown[] };
  if (!value.saved || !value.meeting) throw new Error(`meeting not saved: ${JSON.stringify(value.clashes)}`);
  const fullIdNumbers = caseIds.flatMap(
    (id) => all('SELECT id_number FROM parties WHERE case_id = ? AND id_number IS NOT NULL').pluck().all(id) as string[],
  );
  return { core, session, meetingId: value.meeting.id, caseIds, fullIdNumbers, carriedOver: value.meeting.carriedOver };
}

/** A document channel through the real registry, with its progress events. */
export async function documentCall(
  f: Pick<PackFixture, 'core' | 'session'>,
  channel: 'meetings.pack' | 'meetings.minutesExport',
  input: unknown,
  onProgress?: DispatchOptions['onProgress'],
): Promise<SavedFiles> {
  const result = await dispatch(f.core, f.session, channel, input, { log: (m, e) => console.error(m, e), ...(onProgress ? { onProgress } : {}) });
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message.en}`), { error: result.error });
  return result.value as SavedFiles;
}
