import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/audit-log';
import type { Core } from '../../electron/core/core';
import { loadDemoData } from '../../electron/core/demo/load-demo';
import { dueDate, loadCalendar } from '../../electron/core/clocks';
import { defaultWorkflowTemplate } from '../../electron/core/demo/template';
import { CoreError } from '../../electron/core/errors';
import { defaultOperator } from '../../electron/core/services/setup';
import { isValidResidentId } from '../../electron/core/validation/resident-id';
import { isValidUscc } from '../../electron/core/validation/uscc';
import { memoryCore, setUpCore } from './helpers/core';

const NOW = '2026-11-27T02:00:00.000Z'; // the helpers' fixed clock; 10:00 in China
const TODAY = '2026-11-27';

async function loaded(clockIso = NOW) {
  const { core } = await setUpCore(await memoryCore(clockIso));
  const operator = defaultOperator(core)!;
  const result = loadDemoData(core, operator);
  return { core, operator, result };
}

function all<T = Record<string, unknown>>(core: Core, sql: string, ...params: unknown[]): T[] {
  return core.sqlite.prepare(sql).all(...params) as T[];
}

function count(core: Core, table: string): number {
  return core.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

const TABLES = [
  'agencies', 'agency_contacts', 'workflow_templates', 'workflow_steps', 'case_number_sequences', 'cases',
  'parties', 'case_agencies', 'stage_transitions', 'activities', 'clocks', 'rooms', 'meeting_series',
  'meetings', 'meeting_invitees', 'agenda_items', 'minutes', 'action_items', 'coordination_tasks',
  'court_hearings', 'judicial_suggestions', 'hearing_attendance', 'audit_log',
];

function tableCounts(core: Core): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, count(core, t)]));
}

describe('loading the demo data set', () => {
  it('reports counts that match what the tables hold', async () => {
    const { core, result } = await loaded();
    expect(result.cases).toBeGreaterThanOrEqual(35);
    expect(result.cases).toBeLessThanOrEqual(45);
    expect(result).toEqual({
      agencies: count(core, 'agencies'),
      cases: count(core, 'cases'),
      activities: count(core, 'activities'),
      meetings: count(core, 'meetings'),
      tasks: count(core, 'coordination_tasks'),
    });
    expect(result.agencies).toBeGreaterThanOrEqual(18);
    expect(result.activities / result.cases).toBeGreaterThanOrEqual(4);
    expect(result.activities / result.cases).toBeLessThanOrEqual(9);
    expect(result.meetings).toBeGreaterThanOrEqual(4);
    expect(result.tasks).toBeGreaterThanOrEqual(10);
  });

  it('covers every stage, source, seeded category, complexity and outcome', async () => {
    const { core } = await loaded();
    const values = (col: string) => all<{ v: string }>(core, `SELECT DISTINCT ${col} AS v FROM cases WHERE ${col} IS NOT NULL`).map((r) => r.v).sort();
    expect(values('stage')).toEqual(['closed', 'during', 'intake', 'post', 'pre']);
    expect(values('source')).toEqual(
      ['admin_review', 'agency_referral', 'court_delegated', 'court_entrusted', 'invited', 'party_application', 'petition'],
    );
    expect(values('complexity')).toEqual(['complex', 'simple']);
    expect(values('outcome')).toEqual(
      ['agency_corrected', 'judicial_confirmation', 'settlement', 'terminated', 'transferred_to_filing', 'withdrawn'],
    );
    const categories = all<{ id: string }>(core, 'SELECT id FROM dispute_categories');
    expect(categories.length).toBe(8);
    expect(values('category_id')).toEqual(categories.map((c) => c.id).sort());
  });

  it('gives every closed case an outcome, a summary and a closing date, and no open case any', async () => {
    const { core } = await loaded();
    const cases = all<{ status: string; stage: string; outcome: string | null; outcome_summary: string | null; closed_on: string | null }>(
      core,
      'SELECT status, stage, outcome, outcome_summary, closed_on FROM cases',
    );
    for (const c of cases) {
      if (c.stage === 'closed') {
        expect(c.status).toBe('closed');
        expect(c.outcome).not.toBeNull();
        expect(c.outcome_summary!.length).toBeGreaterThan(20);
        expect(c.closed_on).not.toBeNull();
      } else {
        expect(c.status).toBe('open');
        expect(c.outcome).toBeNull();
        expect(c.outcome_summary).toBeNull();
        expect(c.closed_on).toBeNull();
      }
    }
  });

  it('generates identity numbers and credit codes that pass their checksums', async () => {
    const { core } = await loaded();
    const parties = all<{ kind: string; id_type: string | null; id_number: string | null; name: string }>(
      core,
      'SELECT kind, id_type, id_number, name FROM parties',
    );
    const persons = parties.filter((p) => p.id_type === 'resident_id');
    const organisations = parties.filter((p) => p.id_type === 'uscc');
    expect(persons.length).toBeGreaterThan(30);
    expect(organisations.length).toBeGreaterThan(0);
    for (const p of persons) {
      expect(p.kind).toBe('person');
      expect(isValidResidentId(p.id_number!, TODAY), `${p.name} ${p.id_number}`).toBe(true);
      expect(p.id_number!.startsWith('1303')).toBe(true);
    }
    for (const o of organisations) {
      expect(o.kind).toBe('organisation');
      expect(isValidUscc(o.id_number!), `${o.name} ${o.id_number}`).toBe(true);
    }
    expect(new Set(persons.map((p) => p.id_number)).size).toBe(persons.length);
  });

  it('gives every case an applicant and a respondent agency', async () => {
    const { core } = await loaded();
    const rows = all<{ applicants: number; respondents: number }>(
      core,
      `SELECT (SELECT count(*) FROM parties p WHERE p.case_id = c.id AND p.role = 'applicant') AS applicants,
              (SELECT count(*) FROM case_agencies a WHERE a.case_id = c.id AND a.role = 'respondent') AS respondents
       FROM cases c`,
    );
    for (const r of rows) {
      expect(r.applicants).toBeGreaterThanOrEqual(1);
      expect(r.applicants).toBeLessThanOrEqual(3);
      expect(r.respondents).toBe(1);
    }
    const roles = all<{ role: string }>(core, 'SELECT DISTINCT role FROM case_agencies').map((r) => r.role).sort();
    expect(roles).toEqual(['lead', 'related', 'respondent', 'supporting']);
  });

  it('leaves no dangling reference', async () => {
    const { core } = await loaded();
    expect(core.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('writes one audit entry and keeps the chain intact', async () => {
    const { core, result } = await loaded();
    const entries = all<{ action: string; entity: string; detail: string }>(core, "SELECT action, entity, detail FROM audit_log WHERE action = 'demo.load'");
    expect(entries).toHaveLength(1);
    expect(entries[0]!.entity).toBe('demo');
    expect(JSON.parse(entries[0]!.detail)).toMatchObject(result);
    expect(verifyAuditChain(core.q).ok).toBe(true);
    expect(count(core, 'audit_log')).toBe(2); // setup + demo
  });

  it('refuses a database that already holds a case, and writes nothing', async () => {
    const { core, operator } = await loaded();
    const before = tableCounts(core);
    let error: unknown;
    try {
      loadDemoData(core, operator);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe('DEMO_NOT_EMPTY');
    expect(tableCounts(core)).toEqual(before);
    expect(verifyAuditChain(core.q).ok).toBe(true);
  });

  it('produces the same case numbers, titles and dates under the same clock', async () => {
    const snapshot = (core: Core) => ({
      cases: all(core, 'SELECT case_number, court_number, title, source, stage, outcome, received_on, closed_on, amount_cents FROM cases ORDER BY case_number'),
      activities: all(core, 'SELECT c.case_number, a.occurred_at, a.description FROM activities a JOIN cases c ON c.id = a.case_id ORDER BY c.case_number, a.occurred_at'),
      meetings: all(core, 'SELECT title, starts_at, status FROM meetings ORDER BY starts_at'),
      parties: all(core, 'SELECT name, id_number FROM parties ORDER BY id_number'),
    });
    const a = snapshot((await loaded()).core);
    const b = snapshot((await loaded()).core);
    expect(b).toEqual(a);
    const c = snapshot((await loaded('2026-06-15T02:00:00.000Z')).core);
    expect(c.cases).not.toEqual(a.cases); // the dates follow the clock
  });
});

describe('the demo case history', () => {
  it('numbers cases in order of receipt and records the sequence for later cases', async () => {
    const { core } = await loaded();
    const cases = all<{ case_number: string; received_on: string }>(core, 'SELECT case_number, received_on FROM cases ORDER BY received_on, rowid');
    expect(cases.map((c) => c.case_number)).toEqual(cases.map((_, i) => `行化〔2026〕${i + 1}号`));
    expect(all(core, 'SELECT year, last_value FROM case_number_sequences')).toEqual([{ year: 2026, last_value: cases.length }]);
  });

  it('keeps one sequence per year when the cases straddle New Year', async () => {
    const { core, result } = await loaded('2026-03-02T02:00:00.000Z');
    const seqs = all<{ year: number; last_value: number }>(core, 'SELECT year, last_value FROM case_number_sequences ORDER BY year');
    expect(seqs.map((s) => s.year)).toEqual([2025, 2026]);
    expect(seqs[0]!.last_value + seqs[1]!.last_value).toBe(result.cases);
    for (const s of seqs) {
      const n = core.sqlite.prepare("SELECT count(*) FROM cases WHERE substr(received_on, 1, 4) = ? AND case_number LIKE ?").pluck().get(String(s.year), `%〔${s.year}〕%`);
      expect(n).toBe(s.last_value);
    }
  });

  it('keeps court numbers unique and gives every court referral one', async () => {
    const { core } = await loaded();
    const rows = all<{ source: string; court_number: string | null; outcome: string | null }>(core, 'SELECT source, court_number, outcome FROM cases');
    for (const r of rows) {
      if (r.source === 'court_delegated' || r.source === 'court_entrusted' || r.outcome === 'transferred_to_filing') {
        expect(r.court_number).toMatch(/^（20\d\d）冀03(02)?(行初|诉前调)\d+号$/);
      }
    }
  });

  it('places every date in the past, within about ten months', async () => {
    const { core } = await loaded();
    const range = all<{ first: string; last: string }>(core, 'SELECT min(received_on) AS first, max(received_on) AS last FROM cases')[0]!;
    expect(range.last < TODAY).toBe(true);
    expect(range.first >= '2026-01-20').toBe(true);
    expect(range.first <= '2026-04-30').toBe(true); // actually spread, not all recent
    const late = all(core, 'SELECT occurred_at FROM activities WHERE occurred_at > ?', NOW);
    expect(late).toEqual([]);
    const lateMoves = all(core, 'SELECT at FROM stage_transitions WHERE at > ?', NOW);
    expect(lateMoves).toEqual([]);
    const badOrder = all(core, 'SELECT case_number FROM cases WHERE accepted_on < received_on OR closed_on < accepted_on');
    expect(badOrder).toEqual([]);
  });

  it('records stage moves that lead, in order, to the stage each case is in', async () => {
    const { core } = await loaded();
    const order = ['intake', 'pre', 'during', 'post', 'closed'];
    const cases = all<{ id: string; stage: string; outcome: string | null }>(core, 'SELECT id, stage, outcome FROM cases');
    for (const c of cases) {
      const moves = all<{ from_stage: string | null; to_stage: string; kind: string; at: string }>(
        core,
        'SELECT from_stage, to_stage, kind, at FROM stage_transitions WHERE case_id = ? ORDER BY at',
        c.id,
      );
      expect(moves[0]).toMatchObject({ from_stage: null, to_stage: 'intake', kind: 'create' });
      for (let i = 1; i < moves.length; i += 1) {
        expect(moves[i]!.from_stage).toBe(moves[i - 1]!.to_stage);
        expect(order.indexOf(moves[i]!.to_stage)).toBeGreaterThan(order.indexOf(moves[i]!.from_stage!));
        expect(moves[i]!.kind).toBe(moves[i]!.to_stage === 'closed' ? 'close' : 'advance');
      }
      expect(moves.at(-1)!.to_stage).toBe(c.stage);
      if (c.outcome === 'settlement' || c.outcome === 'judicial_confirmation') {
        expect(moves.map((m) => m.to_stage)).toEqual(order);
      }
    }
  });

  it('logs activities on the template steps of the stages each case went through', async () => {
    const { core } = await loaded();
    const rows = all<{ case_id: string; stage: string; step_stage: string | null; template_ok: number; occurred_at: string; participants: string }>(
      core,
      `SELECT a.case_id, a.stage, s.stage AS step_stage, (s.template_id = c.template_id) AS template_ok, a.occurred_at, a.participants
       FROM activities a JOIN cases c ON c.id = a.case_id LEFT JOIN workflow_steps s ON s.id = a.step_id
       ORDER BY a.case_id, a.occurred_at`,
    );
    const stagesOf = new Map<string, string[]>();
    for (const r of rows) {
      expect(r.step_stage).toBe(r.stage);
      expect(r.template_ok).toBe(1);
      const participants = JSON.parse(r.participants) as { kind: string; name: string }[];
      expect(participants.length).toBeGreaterThan(0);
      for (const p of participants) expect(['staff', 'agency_contact', 'party']).toContain(p.kind);
      stagesOf.set(r.case_id, [...(stagesOf.get(r.case_id) ?? []), r.stage]);
    }
    const order = ['intake', 'pre', 'during', 'post', 'closed'];
    for (const [caseId, stages] of stagesOf) {
      const idx = stages.map((s) => order.indexOf(s));
      expect(idx, caseId).toEqual([...idx].sort((x, y) => x - y)); // stage order follows time order
      const reached = all<{ to_stage: string }>(core, 'SELECT to_stage FROM stage_transitions WHERE case_id = ?', caseId).map((m) => m.to_stage);
      for (const s of stages) expect(reached).toContain(s);
    }
    expect(stagesOf.size).toBe(count(core, 'cases'));
  });

  it('runs a resolution clock on every accepted open case and a 5-day clock on transfers', async () => {
    const { core } = await loaded();
    const open = all<{ id: string; complexity: string; accepted_on: string | null; stage: string }>(
      core,
      "SELECT id, complexity, accepted_on, stage FROM cases WHERE status = 'open'",
    );
    for (const c of open) {
      const clocks = all<{ trigger_on: string; limit_days: number; due_on: string; status: string; completed_on: string | null }>(
        core,
        "SELECT trigger_on, limit_days, due_on, status, completed_on FROM clocks WHERE case_id = ? AND kind = 'resolution'",
        c.id,
      );
      if (c.accepted_on === null) {
        expect(clocks).toEqual([]);
        continue;
      }
      expect(clocks).toHaveLength(1);
      expect(clocks[0]!.trigger_on).toBe(c.accepted_on);
      expect(clocks[0]!.limit_days).toBe(c.complexity === 'complex' ? 60 : 30);
      const clock = clocks[0]!;
      // Open clocks carry the engine's due date (holiday calendar applied); stopped ones keep the
      // date they stopped against.
      const plain = new Date(Date.parse(`${c.accepted_on}T00:00:00Z`) + clock.limit_days * 86_400_000).toISOString().slice(0, 10);
      const due = clock.status === 'open' ? dueDate(c.accepted_on, clock.limit_days, [], loadCalendar(core)) : plain;
      expect(clock.due_on).toBe(due);
      if (c.stage === 'post') {
        // Agreement reached: the clock stopped, on time or late.
        expect(clock.completed_on).not.toBeNull();
        expect(clock.status).toBe(clock.completed_on! <= clock.due_on ? 'met' : 'missed');
      } else {
        expect(clock).toMatchObject({ status: 'open', completed_on: null });
      }
    }
    const transfers = all<{ limit_days: number; trigger_on: string; closed_on: string }>(
      core,
      "SELECT k.limit_days, k.trigger_on, c.closed_on FROM cases c JOIN clocks k ON k.case_id = c.id AND k.kind = 'transfer_to_filing' WHERE c.outcome = 'transferred_to_filing'",
    );
    expect(transfers.length).toBe(count(core, "cases WHERE outcome = 'transferred_to_filing'"));
    for (const t of transfers) {
      expect(t.limit_days).toBe(5);
      expect(t.trigger_on).toBe(t.closed_on);
    }
  });
});

describe('the demo data under other clocks', () => {
  // Just after New Year (UTC 31 Dec = China 1 Jan), on a weekend, and at the start of a month.
  for (const iso of ['2026-12-31T16:30:00.000Z', '2026-11-29T01:00:00.000Z', '2027-03-01T01:00:00.000Z']) {
    it(`keeps every record in the past and every activity inside its stage (${iso})`, async () => {
      const { core } = await loaded(iso);
      const today = new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
      expect(core.sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(all(core, 'SELECT occurred_at FROM activities WHERE occurred_at > ?', iso)).toEqual([]);
      expect(all(core, 'SELECT received_on FROM cases WHERE received_on >= ?', today)).toEqual([]);
      expect(all(core, "SELECT id FROM meetings WHERE (status = 'held') <> (ends_at < ?)", iso)).toEqual([]);
      expect(
        all(core, 'SELECT id FROM coordination_tasks WHERE sent_on > ? OR acknowledged_on > ? OR replied_on > ? OR closed_on > ?', today, today, today, today),
      ).toEqual([]);
      const outside = all(
        core,
        `SELECT a.stage, a.occurred_at FROM activities a
         WHERE a.occurred_at < (SELECT max(t.at) FROM stage_transitions t WHERE t.case_id = a.case_id AND t.to_stage = a.stage)
            OR a.occurred_at > coalesce((SELECT min(t.at) FROM stage_transitions t WHERE t.case_id = a.case_id AND t.from_stage = a.stage), '9999')`,
      );
      expect(outside).toEqual([]);
      const weekend = all(core, "SELECT occurred_at FROM activities WHERE strftime('%w', occurred_at, '+8 hours') IN ('0', '6')");
      expect(weekend).toEqual([]);
    });
  }
});

describe('the demo template, agencies, meetings and tasks', () => {
  it('creates the default workflow template from its JSON file, with the required steps', async () => {
    const { core } = await loaded();
    const templates = all<{ id: string; version: number; is_current: number }>(core, 'SELECT id, version, is_current FROM workflow_templates');
    expect(templates).toEqual([{ id: expect.any(String), version: 1, is_current: 1 }]);
    const steps = all<{ code: string; stage: string; required: number; time_limit_days: number | null }>(
      core,
      'SELECT code, stage, required, time_limit_days FROM workflow_steps ORDER BY sort',
    );
    const file = defaultWorkflowTemplate();
    expect(steps.map((s) => s.code)).toEqual(file.steps.map((s) => s.code));
    const required = steps.filter((s) => s.required === 1).map((s) => s.code);
    expect(required).toEqual(expect.arrayContaining(['register', 'acceptance_review', 'investigate', 'meeting', 'follow_up_visit', 'close']));
    expect(steps.find((s) => s.code === 'acceptance_review')!.time_limit_days).toBe(3);
    expect(new Set(steps.map((s) => s.stage))).toEqual(new Set(['intake', 'pre', 'during', 'post', 'closed']));
    expect(all(core, 'SELECT DISTINCT template_id FROM cases')).toEqual([{ template_id: templates[0]!.id }]);
  });

  it('reuses a current template and agencies already in the database', async () => {
    const { core } = await setUpCore();
    const now = core.now();
    core.sqlite.prepare("INSERT INTO workflow_templates (id, name, version, is_current, created_at, updated_at) VALUES ('t-own', '本中心流程', 3, 1, ?, ?)").run(now, now);
    core.sqlite
      .prepare("INSERT INTO workflow_steps (id, template_id, code, stage, name, kind, required, sort, created_at, updated_at) VALUES ('s-reg', 't-own', 'register', 'intake', '登记', 'record', 1, 10, ?, ?)")
      .run(now, now);
    core.sqlite
      .prepare("INSERT INTO agencies (id, name, kind, created_at, updated_at) VALUES ('a-sfj', '秦皇岛市司法局', 'member_unit', ?, ?)")
      .run(now, now);
    const result = loadDemoData(core, defaultOperator(core)!);
    expect(count(core, 'workflow_templates')).toBe(1);
    expect(all(core, 'SELECT DISTINCT template_id FROM cases')).toEqual([{ template_id: 't-own' }]);
    // Steps the reused template lacks are logged without a step link, never with a foreign one.
    expect(all(core, "SELECT count(*) AS n FROM activities WHERE step_id IS NOT NULL AND step_id <> 's-reg'")).toEqual([{ n: 0 }]);
    expect(count(core, "agencies WHERE name = '秦皇岛市司法局'")).toBe(1);
    expect(result.agencies).toBe(count(core, 'agencies') - 1);
    expect(core.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('links sub-units to their parent agency and marks agency heads', async () => {
    const { core } = await loaded();
    const child = all<{ parent: string }>(
      core,
      "SELECT p.name AS parent FROM agencies a JOIN agencies p ON p.id = a.parent_id WHERE a.name = '秦皇岛市不动产登记中心'",
    );
    expect(child).toEqual([{ parent: '秦皇岛市自然资源和规划局' }]);
    const kinds = all<{ kind: string }>(core, 'SELECT DISTINCT kind FROM agencies').map((k) => k.kind).sort();
    expect(kinds).toEqual(['court', 'department', 'district_government', 'mediation_org', 'member_unit']);
    const perAgency = all<{ n: number; heads: number }>(
      core,
      'SELECT count(c.id) AS n, coalesce(sum(c.is_head), 0) AS heads FROM agencies a LEFT JOIN agency_contacts c ON c.agency_id = a.id GROUP BY a.id',
    );
    for (const a of perAgency) {
      expect(a.n).toBeGreaterThanOrEqual(1);
      expect(a.n).toBeLessThanOrEqual(3);
      expect(a.heads).toBeLessThanOrEqual(1);
    }
    const phones = all<{ phones: string }>(core, 'SELECT phones FROM agency_contacts').flatMap((r) => JSON.parse(r.phones) as string[]);
    for (const p of phones) expect(p).toMatch(/^1[358]\d0335\d{4}$/);
    const bureauHead = all<{ title: string }>(core, "SELECT c.title FROM agency_contacts c JOIN agencies a ON a.id = c.agency_id WHERE a.name = '秦皇岛市司法局' AND c.is_head = 1");
    expect(bureauHead).toEqual([{ title: '局长' }]);
  });

  it('holds past meetings with minutes and action items, and upcoming ones without', async () => {
    const { core } = await loaded();
    const meetings = all<{ id: string; kind: string; status: string; starts_at: string; series_id: string | null }>(
      core,
      'SELECT id, kind, status, starts_at, series_id FROM meetings',
    );
    expect(new Set(meetings.map((m) => m.kind))).toEqual(new Set(['analysis', 'coordination', 'resolution', 'joint', 'plenary']));
    for (const m of meetings) {
      if (m.status === 'held') {
        expect(m.starts_at < NOW).toBe(true);
        expect(count(core, `minutes WHERE meeting_id = '${m.id}'`)).toBe(1);
        expect(count(core, `meeting_invitees WHERE meeting_id = '${m.id}' AND attended IS NULL`)).toBe(0);
      } else {
        expect(m.starts_at > NOW).toBe(true);
        expect(count(core, `minutes WHERE meeting_id = '${m.id}'`)).toBe(0);
      }
      expect(count(core, `agenda_items WHERE meeting_id = '${m.id}'`)).toBeGreaterThan(0);
    }
    expect(meetings.filter((m) => m.status === 'held').length).toBeGreaterThanOrEqual(2);
    expect(meetings.filter((m) => m.status === 'scheduled').length).toBeGreaterThanOrEqual(2);
    expect(meetings.filter((m) => m.series_id !== null).length).toBe(2);
    expect(count(core, 'action_items')).toBeGreaterThan(0);
    expect(count(core, 'agenda_items WHERE case_id IS NOT NULL')).toBeGreaterThan(3);
  });

  it('sends coordination tasks in every status, some of them overdue', async () => {
    const { core } = await loaded();
    const tasks = all<{ status: string; due_on: string; reply_text: string | null; replied_on: string | null; action_item_id: string | null }>(
      core,
      'SELECT status, due_on, reply_text, replied_on, action_item_id FROM coordination_tasks',
    );
    expect(new Set(tasks.map((t) => t.status))).toEqual(new Set(['sent', 'acknowledged', 'answered', 'closed']));
    const overdue = tasks.filter((t) => (t.status === 'sent' || t.status === 'acknowledged') && t.due_on < TODAY);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    for (const t of tasks) {
      if (t.status === 'answered' || t.status === 'closed') {
        expect(t.reply_text).toBeTruthy();
        expect(t.replied_on! <= TODAY).toBe(true);
      } else {
        expect(t.reply_text).toBeNull();
      }
    }
    expect(tasks.some((t) => t.action_item_id !== null)).toBe(true);
  });

  it('records court hearings with and without the agency head, and judicial suggestions', async () => {
    const { core } = await loaded();
    const appeared = all<{ head_appeared: number }>(core, 'SELECT DISTINCT head_appeared FROM court_hearings').map((r) => r.head_appeared).sort();
    expect(appeared).toEqual([0, 1]);
    expect(count(core, 'judicial_suggestions')).toBeGreaterThan(0);
    expect(count(core, 'hearing_attendance')).toBeGreaterThan(0);
    // The demo adds no holidays of its own: only the calendar the migrations ship.
    const fresh = await memoryCore();
    expect(count(core, 'holidays')).toBe(count(fresh, 'holidays'));
  });
});
