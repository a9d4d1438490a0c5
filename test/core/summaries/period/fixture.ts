import { fixedClock } from '../../../../electron/core/clock';
import { openCore, type Core, type PdfPrinter } from '../../../../electron/core/core';
import { dispatch } from '../../../../electron/core/handlers/registry';
import { databaseFileIn } from '../../../../electron/core/paths';
import type { Session } from '../../../../electron/core/session';
import { setUpCore } from '../../helpers/core';

/**
 * A small fixed center for the period summary, inserted as rows with known dates so every figure
 * can be worked out by hand (the expected values are in period-figures.test.ts, with the sums).
 * Today is 2026-11-27, so 2026Q3 (2026-07-01..2026-09-30) is a finished quarter.
 *
 *   case  received    closed      outcome                category     source             respondent  notes
 *   K1    2026-06-20  2026-07-10  withdrawn              征收 cat1     court_delegated    A           20 days
 *   K2    2026-07-01  2026-07-31  settlement             cat1         court_delegated    A           30 days, typical, 王建国
 *   K3    2026-07-15  2026-08-10  agency_corrected       劳动 cat2     petition           B           26 days
 *   K4    2026-08-01  2026-09-30  transferred_to_filing  cat2         petition           B           60 days, last day
 *   K5    2026-08-10  2026-10-05  judicial_confirmation  cat1         admin_review       A           open at end, in post then
 *   K6    2026-09-30  —           —                      市场监管 cat3  party_application  C           received on the last day
 *   K7    2026-05-01  2026-06-30  settlement             cat1         court_delegated    A           before Q3, typical
 *   K8    2026-10-01  —           —                      cat1         petition           A           after Q3
 *   K9    2026-03-01  —           —                      cat2         petition           B           open, in pre at the end
 *   K10   2026-07-20  2026-09-10  terminated             cat3         agency_referral    C and A     52 days, two respondents
 *   K11   2026-07-05  2026-08-01  withdrawn              cat1         court_delegated    A           DELETED
 *   K12   2026-09-01  2026-09-20  withdrawn              cat2         court_entrusted    B           19 days, typical, a company
 *   K13   2026-09-05  2026-11-01  terminated             none         invited            C           open at end, no stage history
 */
export interface PeriodFixture {
  core: Core;
  session: Session;
  cases: Record<string, string>;
  agencies: { A: string; B: string; C: string };
  call<T>(channel: string, input: unknown): Promise<T>;
  fail(channel: string, input: unknown): Promise<{ code: string; fields?: { path: string }[] }>;
}

interface CaseRow {
  received: string;
  closed?: string;
  outcome?: string;
  category: '土地房屋征收补偿' | '劳动和社会保障' | '市场监管' | null;
  source: string;
  respondents: ('A' | 'B' | 'C')[];
  stage?: string;
  typical?: boolean;
  deleted?: boolean;
  /** [to_stage, China date] of each recorded transition (the at is 09:00 China time that day). */
  transitions?: [string, string][];
  title?: string;
  /** Applicants as [kind, name, id number, phone]; the report must print none of them. */
  parties?: ['person' | 'organisation', string, string | null, string | null][];
}

const CASES: Record<string, CaseRow> = {
  K1: { received: '2026-06-20', closed: '2026-07-10', outcome: 'withdrawn', category: '土地房屋征收补偿', source: 'court_delegated', respondents: ['A'] },
  K2: {
    received: '2026-07-01',
    closed: '2026-07-31',
    outcome: 'settlement',
    category: '土地房屋征收补偿',
    source: 'court_delegated',
    respondents: ['A'],
    typical: true,
    title: '王建国诉市自然资源和规划局房屋征收补偿纠纷',
    parties: [['person', '王建国', '130302196805121234', '13812345678']],
  },
  K3: { received: '2026-07-15', closed: '2026-08-10', outcome: 'agency_corrected', category: '劳动和社会保障', source: 'petition', respondents: ['B'] },
  K4: { received: '2026-08-01', closed: '2026-09-30', outcome: 'transferred_to_filing', category: '劳动和社会保障', source: 'petition', respondents: ['B'] },
  K5: {
    received: '2026-08-10',
    closed: '2026-10-05',
    outcome: 'judicial_confirmation',
    category: '土地房屋征收补偿',
    source: 'admin_review',
    respondents: ['A'],
    transitions: [
      ['intake', '2026-08-10'],
      ['pre', '2026-08-12'],
      ['during', '2026-09-01'],
      ['post', '2026-09-25'],
      ['closed', '2026-10-05'],
    ],
  },
  K6: { received: '2026-09-30', category: '市场监管', source: 'party_application', respondents: ['C'], stage: 'pre', transitions: [['intake', '2026-09-30'], ['pre', '2026-10-08']] },
  K7: { received: '2026-05-01', closed: '2026-06-30', outcome: 'settlement', category: '土地房屋征收补偿', source: 'court_delegated', respondents: ['A'], typical: true },
  K8: { received: '2026-10-01', category: '土地房屋征收补偿', source: 'petition', respondents: ['A'], stage: 'intake', transitions: [['intake', '2026-10-01']] },
  K9: {
    received: '2026-03-01',
    category: '劳动和社会保障',
    source: 'petition',
    respondents: ['B'],
    parties: [['person', '李秀兰', null, '13900001111']],
    stage: 'during',
    transitions: [
      ['intake', '2026-03-01'],
      ['pre', '2026-03-05'],
      ['during', '2026-10-10'],
    ],
  },
  K10: { received: '2026-07-20', closed: '2026-09-10', outcome: 'terminated', category: '市场监管', source: 'agency_referral', respondents: ['C', 'A'] },
  K11: { received: '2026-07-05', closed: '2026-08-01', outcome: 'withdrawn', category: '土地房屋征收补偿', source: 'court_delegated', respondents: ['A'], deleted: true },
  K12: {
    received: '2026-09-01',
    closed: '2026-09-20',
    outcome: 'withdrawn',
    category: '劳动和社会保障',
    source: 'court_entrusted',
    respondents: ['B'],
    typical: true,
    title: '秦皇岛澄屿食品有限公司诉市人力资源和社会保障局工伤认定纠纷',
    parties: [['organisation', '秦皇岛澄屿食品有限公司', null, null]],
  },
  K13: { received: '2026-09-05', closed: '2026-11-01', outcome: 'terminated', category: null, source: 'invited', respondents: ['C'] },
};

/** 09:00 China time on a China date, as stage_transitions records instants (UTC). */
const at = (date: string) => `${date}T01:00:00.000Z`;

export async function periodFixture(options: { clockIso?: string; printPdf?: PdfPrinter; dataDir?: string } = {}): Promise<PeriodFixture> {
  const opened = await openCore({
    // In memory, or in a data folder the CLI can open.
    databaseFile: options.dataDir ? databaseFileIn(options.dataDir) : ':memory:',
    dataDir: options.dataDir ?? null,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock: fixedClock(options.clockIso ?? '2026-11-27T02:00:00.000Z'),
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
  });
  const { core, session } = await setUpCore(opened);
  const now = core.now();
  const run = (sql: string, ...params: unknown[]) => core.sqlite.prepare(sql).run(...params);
  const category = (name: string) => core.sqlite.prepare('SELECT id FROM dispute_categories WHERE name = ?').pluck().get(name) as string;
  const agency = (name: string) => {
    const id = core.newId();
    run("INSERT INTO agencies (id, name, kind, created_at, updated_at) VALUES (?, ?, 'department', ?, ?)", id, name, now, now);
    return id;
  };
  const agencies = { A: agency('市自然资源和规划局'), B: agency('市人力资源和社会保障局'), C: agency('市市场监督管理局') };
  const cases: Record<string, string> = {};
  for (const [key, c] of Object.entries(CASES)) {
    const id = core.newId();
    cases[key] = id;
    run(
      `INSERT INTO cases (id, case_number, title, source, category_id, stage, status, received_on, closed_on, outcome, is_typical, deleted_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id,
      `测〔2026〕${key.slice(1)}号`,
      c.title ?? `${key} 测试案件`,
      c.source,
      c.category ? category(c.category) : null,
      c.closed ? 'closed' : (c.stage ?? 'intake'),
      c.closed ? 'closed' : 'open',
      c.received,
      c.closed ?? null,
      c.outcome ?? null,
      c.typical ? 1 : 0,
      c.deleted ? now : null,
      now,
      now,
    );
    for (const [kind, name, idNumber, phone] of c.parties ?? []) {
      run(
        "INSERT INTO parties (id, case_id, role, kind, name, id_type, id_number, phone, created_at, updated_at) VALUES (?, ?, 'applicant', ?, ?, ?, ?, ?, ?, ?)",
        core.newId(),
        id,
        kind,
        name,
        kind === 'person' ? 'resident_id' : null,
        idNumber,
        phone,
        now,
        now,
      );
    }
    for (const r of c.respondents) {
      run("INSERT INTO case_agencies (id, case_id, agency_id, role, created_at, updated_at) VALUES (?, ?, ?, 'respondent', ?, ?)", core.newId(), id, agencies[r], now, now);
    }
    let from: string | null = null;
    for (const [to, date] of c.transitions ?? []) {
      run(
        'INSERT INTO stage_transitions (id, case_id, from_stage, to_stage, kind, at) VALUES (?, ?, ?, ?, ?, ?)',
        core.newId(),
        id,
        from,
        to,
        from === null ? 'create' : to === 'closed' ? 'close' : 'advance',
        at(date),
      );
      from = to;
    }
  }
  // A supporting agency is not a respondent: it must not show in the agency table.
  run("INSERT INTO case_agencies (id, case_id, agency_id, role, created_at, updated_at) VALUES (?, ?, ?, 'supporting', ?, ?)", core.newId(), cases.K3, agencies.A, now, now);

  const clock = (caseKey: string, kind: string, trigger: string, due: string, status: string, completed: string | null) => {
    const id = core.newId();
    run(
      'INSERT INTO clocks (id, case_id, kind, trigger_on, limit_days, due_on, status, completed_on, created_at, updated_at) VALUES (?, ?, ?, ?, 30, ?, ?, ?, ?, ?)',
      id,
      cases[caseKey],
      kind,
      trigger,
      due,
      status,
      completed,
      now,
      now,
    );
    return id;
  };
  clock('K9', 'resolution', '2026-03-05', '2026-04-15', 'open', null); // overdue at the end: 168 days
  clock('K5', 'resolution', '2026-08-12', '2026-09-11', 'missed', '2026-10-05'); // overdue then, completed later: 19 days
  clock('K6', 'resolution', '2026-09-30', '2026-10-30', 'open', null); // not due yet
  clock('K4', 'transfer_to_filing', '2026-09-30', '2026-10-05', 'met', '2026-10-02'); // not due yet
  clock('K3', 'resolution', '2026-07-16', '2026-08-15', 'met', '2026-08-10'); // met in time
  const suspended = clock('K13', 'resolution', '2026-09-06', '2026-09-20', 'open', null); // suspended on the last day
  run(
    "INSERT INTO clock_adjustments (id, clock_id, kind, from_on, to_on, reason, created_at, updated_at) VALUES (?, ?, 'suspension', '2026-09-15', NULL, '等待鉴定', ?, ?)",
    core.newId(),
    suspended,
    now,
    now,
  );
  clock('K10', 'resolution', '2026-07-21', '2026-08-20', 'cancelled', null); // cancelled: nothing owed
  clock('K12', 'follow_up_visit', '2026-08-31', '2026-09-30', 'open', null); // due on the last day: still in time
  clock('K11', 'resolution', '2026-07-06', '2026-07-20', 'open', null); // deleted case

  const task = (agencyKey: 'A' | 'B' | 'C', caseKey: string | null, t: { sent: string; due: string; replied?: string; closed?: string }, request?: string) =>
    run(
      'INSERT INTO coordination_tasks (id, case_id, agency_id, request, sent_on, due_on, status, replied_on, closed_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      core.newId(),
      caseKey ? cases[caseKey] : null,
      agencies[agencyKey],
      request ?? `${agencyKey} 请提供书面意见`,
      t.sent,
      t.due,
      t.closed ? 'closed' : t.replied ? 'answered' : 'sent',
      t.replied ?? null,
      t.closed ?? null,
      now,
      now,
    );
  task('A', 'K9', { sent: '2026-09-01', due: '2026-09-10', replied: '2026-10-10' }, '请就李秀兰（电话13900001111）提出的补偿标准提出书面意见'); // overdue at the end: 20 days
  task('B', null, { sent: '2026-09-01', due: '2026-09-10', replied: '2026-09-09' }); // answered in time
  task('C', null, { sent: '2026-09-20', due: '2026-09-30' }); // due on the last day
  task('B', null, { sent: '2026-08-01', due: '2026-08-15', closed: '2026-08-20' }); // withdrawn by the center
  task('C', 'K6', { sent: '2026-09-25', due: '2026-09-29' }); // overdue at the end: 1 day

  const hearing = (agencyKey: 'A' | 'B', heldOn: string, head: boolean) =>
    run(
      'INSERT INTO court_hearings (id, agency_id, held_on, head_appeared, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      core.newId(),
      agencies[agencyKey],
      heldOn,
      head ? 1 : 0,
      now,
      now,
    );
  hearing('A', '2026-07-15', true);
  hearing('A', '2026-07-15', true);
  hearing('A', '2026-08-15', false);
  hearing('B', '2026-09-30', true);
  hearing('B', '2026-09-30', false);
  hearing('A', '2026-10-01', true); // after the quarter
  hearing('B', '2026-06-30', true); // before it

  return {
    core,
    session,
    cases,
    agencies,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const result = await dispatch(core, session, channel, input, { log: (m, e) => console.error(m, e) });
      if (!result.ok) throw Object.assign(new Error(`${channel}: ${JSON.stringify(result.error)}`), { error: result.error });
      return result.value as T;
    },
    async fail(channel, input) {
      const result = await dispatch(core, session, channel, input, { log: (m, e) => console.error(m, e) });
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error as never;
    },
  };
}
