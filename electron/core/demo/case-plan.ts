import type { AgencyRole, CaseSource, Outcome, Stage } from '../db/schema';
import type { AgencyDirectory, AgencyRef } from './agencies';
import { fill, type DemoContext } from './context';
import {
  addDays,
  addWorkdays,
  daysBetween,
  isWeekend,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearOf,
} from './dates';
import { formatYuan, scenariosFor, type Scenario } from './scenarios';

/**
 * The demo cases planned in memory before anything is written: who, what, and a timeline that is
 * consistent with the stage each case has reached (every event lies in the past, stage moves in
 * order, a case's activities fall inside the stage they belong to).
 */

export const SOURCES: readonly CaseSource[] = [
  'court_delegated',
  'court_entrusted',
  'invited',
  'admin_review',
  'petition',
  'party_application',
  'agency_referral',
];

/** Stage and outcome of each demo case: every stage, every outcome at least twice. */
type Slot = { stage: Stage; outcome: Outcome | null };
const SLOTS: readonly Slot[] = [
  ...repeat({ stage: 'intake', outcome: null }, 5),
  ...repeat({ stage: 'pre', outcome: null }, 7),
  ...repeat({ stage: 'during', outcome: null }, 9),
  ...repeat({ stage: 'post', outcome: null }, 5),
  ...repeat({ stage: 'closed', outcome: 'settlement' }, 3),
  ...repeat({ stage: 'closed', outcome: 'withdrawn' }, 3),
  ...repeat({ stage: 'closed', outcome: 'agency_corrected' }, 2),
  ...repeat({ stage: 'closed', outcome: 'judicial_confirmation' }, 2),
  ...repeat({ stage: 'closed', outcome: 'transferred_to_filing' }, 2),
  ...repeat({ stage: 'closed', outcome: 'terminated' }, 2),
];

function repeat(item: Slot, n: number): Slot[] {
  return Array.from({ length: n }, () => item);
}

export interface PartyPlan {
  id: string;
  role: 'applicant' | 'representative';
  kind: 'person' | 'organisation';
  name: string;
  idType: 'resident_id' | 'uscc';
  idNumber: string;
  phone: string;
  address: string;
}

export interface ActivityPlan {
  code: string;
  stage: Stage;
  date: string;
}

export interface CasePlan {
  id: string;
  caseNumber: string;
  courtNumber: string | null;
  title: string;
  source: CaseSource;
  categoryId: string | null;
  scenario: Scenario;
  complexity: 'simple' | 'complex';
  stage: Stage;
  outcome: Outcome | null;
  /** Which summary wording to use for the outcome. */
  variant: number;
  /** The stages the case went through, in order, ending with its current one. */
  path: Stage[];
  /** The first day of each stage on the path. */
  stageStart: Partial<Record<Stage, string>>;
  received: string;
  accepted: string | null;
  closedOn: string | null;
  /** Last day the history may use: the closing day, or yesterday for an open case. */
  historyEnd: string;
  parties: PartyPlan[];
  applicantLabel: string;
  respondent: AgencyRef;
  roles: { agency: AgencyRef; role: AgencyRole }[];
  /** The court a referral came from, a failed case goes to, or a settlement is confirmed by. */
  court: AgencyRef;
  amountYuan: number | null;
  agreedYuan: number | null;
  focus: string;
  claims: string;
  remedy: string;
  notes: string | null;
  isTypical: boolean;
  activities: ActivityPlan[];
}

export interface CategoryRow {
  id: string;
  name: string;
}

/** The planned cases in order of receipt, and the case number sequences after them (year → last). */
export function planCases(
  ctx: DemoContext,
  directory: AgencyDirectory,
  categories: readonly CategoryRow[],
  existingSequences: ReadonlyMap<number, number>,
): { plans: CasePlan[]; sequences: Map<number, number> } {
  const { rnd, today } = ctx;
  const yesterday = addDays(today, -1);
  const slots = rnd.shuffle(SLOTS);
  const categoryOrder: (CategoryRow | null)[] = categories.length > 0 ? rnd.shuffle(categories) : [null];
  const sourceOrder = rnd.shuffle(SOURCES);

  const plans = slots.map((slot, i): CasePlan => {
    const category = categoryOrder[i % categoryOrder.length]!;
    const source = sourceOrder[i % sourceOrder.length]!;
    const scenario = rnd.pick(scenariosFor(category?.name ?? null));
    const complexity = rnd.chance(scenario.complexOdds) ? 'complex' : 'simple';
    const respondent = directory[rnd.pick(scenario.respondents)];
    const roles = otherRoles(ctx, directory, scenario, respondent);
    const court = courtFor(directory, source, respondent);
    const timeline = planTimeline(ctx, slot.stage, slot.outcome, complexity, yesterday);

    const parties = planParties(ctx, scenario);
    const applicants = parties.filter((p) => p.role === 'applicant');
    const first = applicants[0]!;
    const applicantLabel = applicants.length > 1 ? `${first.name}等${applicants.length}人` : first.name;

    const amountYuan = scenario.amount ? Math.round(rnd.int(scenario.amount[0], scenario.amount[1]) / 1000) * 1000 : null;
    const agreedYuan = amountYuan === null ? null : Math.max(1000, Math.round((amountYuan * (0.45 + rnd.next() * 0.4)) / 1000) * 1000);
    const vars = {
      a: applicantLabel,
      r: respondent.ref,
      amount: amountYuan === null ? '' : formatYuan(amountYuan),
      agreed: agreedYuan === null ? '' : formatYuan(agreedYuan),
    };

    return {
      id: ctx.core.newId(),
      caseNumber: '', // numbered below, in order of receipt
      courtNumber: null,
      title: fill(scenario.title, vars),
      source,
      categoryId: category?.id ?? null,
      scenario,
      complexity,
      stage: slot.stage,
      outcome: slot.outcome,
      variant: rnd.int(0, 9),
      ...timeline,
      parties,
      applicantLabel,
      respondent,
      roles,
      court,
      amountYuan,
      agreedYuan,
      focus: fill(scenario.focus, vars),
      claims: fill(scenario.claims, vars),
      remedy: fill(scenario.remedy, vars),
      notes: sourceNote(source, respondent, court),
      isTypical: false,
      activities: [],
    };
  });

  plans.sort((a, b) => a.received.localeCompare(b.received));
  const sequences = numberCases(ctx, plans, existingSequences);
  assignCourtNumbers(ctx, plans);
  for (const plan of plans) plan.activities = planActivities(ctx, plan);
  // A few resolved, complex cases are flagged as typical cases (典型案例) for publicity.
  const resolved = plans.filter((p) => p.outcome && !['transferred_to_filing', 'terminated'].includes(p.outcome));
  for (const p of rnd.sample(resolved, 3)) p.isTypical = true;
  return { plans, sequences };
}

function otherRoles(
  ctx: DemoContext,
  directory: AgencyDirectory,
  scenario: Scenario,
  respondent: AgencyRef,
): { agency: AgencyRef; role: AgencyRole }[] {
  const roles: { agency: AgencyRef; role: AgencyRole }[] = [];
  const add = (keys: readonly (keyof AgencyDirectory)[] | undefined, role: AgencyRole, odds: number) => {
    if (!keys || keys.length === 0 || !ctx.rnd.chance(odds)) return;
    const agency = directory[ctx.rnd.pick(keys)];
    if (agency.id !== respondent.id && !roles.some((r) => r.agency.id === agency.id)) roles.push({ agency, role });
  };
  add(scenario.lead, 'lead', 0.85);
  add(scenario.supporting, 'supporting', 0.7);
  add(scenario.related, 'related', 0.6);
  return roles;
}

/** Cases against a district or county government go to the intermediate court (first instance). */
function courtFor(directory: AgencyDirectory, source: CaseSource, respondent: AgencyRef): AgencyRef {
  if (source === 'court_delegated' || source === 'invited') return directory.hgfy;
  return respondent.kind === 'district_government' ? directory.zy : directory.hgfy;
}

function sourceNote(source: CaseSource, respondent: AgencyRef, court: AgencyRef): string | null {
  switch (source) {
    case 'admin_review':
      return '市人民政府行政复议机构征得申请人同意后转入化解程序';
    case 'petition':
      return '市信访局转办';
    case 'agency_referral':
      return `${respondent.ref}移送`;
    case 'invited':
      return `${court.ref}邀请调解`;
    case 'court_delegated':
    case 'court_entrusted':
    case 'party_application':
      return null;
  }
}

function planParties(ctx: DemoContext, scenario: Scenario): PartyPlan[] {
  const { core, people, rnd } = ctx;
  const parties: PartyPlan[] = [];
  if (scenario.applicant === 'organisation') {
    const company = people.company();
    parties.push({ id: core.newId(), role: 'applicant', kind: 'organisation', name: company.name, idType: 'uscc', idNumber: company.uscc, phone: company.phone, address: company.address });
    const agent = people.person();
    parties.push({ id: core.newId(), role: 'representative', kind: 'person', name: agent.name, idType: 'resident_id', idNumber: agent.idNumber, phone: agent.phone, address: agent.address });
    return parties;
  }
  const [min, max] = scenario.applicants ?? [1, 1];
  const count = rnd.int(min, max);
  for (let i = 0; i < count; i += 1) {
    const p = people.person();
    parties.push({ id: core.newId(), role: 'applicant', kind: 'person', name: p.name, idType: 'resident_id', idNumber: p.idNumber, phone: p.phone, address: p.address });
  }
  return parties;
}

type Timeline = Pick<CasePlan, 'path' | 'stageStart' | 'received' | 'accepted' | 'closedOn' | 'historyEnd'>;

/**
 * Builds the dates forward from an anchor far in the past, then moves the whole timeline forward
 * by whole weeks (so weekdays stay weekdays) until its last day is within the past week.
 */
function planTimeline(
  ctx: DemoContext,
  stage: Stage,
  outcome: Outcome | null,
  complexity: 'simple' | 'complex',
  yesterday: string,
): Timeline {
  const { rnd } = ctx;
  const complex = complexity === 'complex';
  // A random weekday as anchor: the shift below keeps weekdays, so this is what varies them.
  const received = weekdayOnOrBefore(addDays(yesterday, -420 - rnd.int(0, 6)));
  const accepted = addWorkdays(received, rnd.int(1, 3));
  const during = weekdayOnOrAfter(addDays(accepted, rnd.int(6, complex ? 16 : 12)));
  const post = weekdayOnOrAfter(addDays(during, complex ? rnd.int(15, 40) : rnd.int(8, 22)));
  const closedAfterPost = weekdayOnOrAfter(addDays(post, rnd.int(12, 30)));

  let path: Stage[];
  let closedOn: string | null = null;
  let end: string;
  switch (stage) {
    case 'intake':
      path = ['intake'];
      end = addDays(received, rnd.int(1, 3));
      break;
    case 'pre':
      path = ['intake', 'pre'];
      end = addDays(accepted, rnd.int(2, 12));
      break;
    case 'during':
      path = ['intake', 'pre', 'during'];
      end = addDays(during, rnd.int(2, complex ? 70 : 40));
      break;
    case 'post':
      path = ['intake', 'pre', 'during', 'post'];
      end = addDays(post, rnd.int(2, 25));
      break;
    case 'closed': {
      if (outcome === 'transferred_to_filing') {
        path = ['intake', 'pre', 'during', 'closed'];
        closedOn = post; // the day mediation failed
      } else if (outcome === 'terminated') {
        const early = rnd.chance(0.5);
        path = early ? ['intake', 'pre', 'closed'] : ['intake', 'pre', 'during', 'closed'];
        closedOn = early ? during : post;
      } else {
        path = ['intake', 'pre', 'during', 'post', 'closed'];
        closedOn = closedAfterPost;
      }
      // Spread closed cases over the past ten months.
      const room = Math.max(1, 300 - daysBetween(received, closedOn));
      end = addDays(closedOn, rnd.int(1, room));
      break;
    }
  }
  const shift = Math.floor(daysBetween(end, yesterday) / 7) * 7;
  const move = (d: string) => addDays(d, shift);
  const starts: Record<Stage, string> = {
    intake: received,
    pre: accepted,
    during,
    post,
    closed: closedOn ?? post,
  };
  const stageStart: Partial<Record<Stage, string>> = {};
  for (const s of path) stageStart[s] = move(starts[s]);
  return {
    path,
    stageStart,
    received: move(received),
    accepted: path.includes('pre') ? move(accepted) : null,
    closedOn: closedOn === null ? null : move(closedOn),
    historyEnd: closedOn === null ? yesterday : move(closedOn),
  };
}

function numberCases(ctx: DemoContext, plans: CasePlan[], existing: ReadonlyMap<number, number>): Map<number, number> {
  const next = new Map(existing);
  for (const plan of plans) {
    const year = yearOf(plan.received);
    const seq = (next.get(year) ?? 0) + 1;
    next.set(year, seq);
    plan.caseNumber = fill(ctx.caseNumber.pattern, { prefix: ctx.caseNumber.prefix, year, seq });
  }
  return next;
}

/**
 * Court numbers: 诉前调 for pre-litigation delegations, 行初 (first-instance administrative) for
 * in-litigation entrustments and for failed cases the court has since filed. 冀03 is the
 * intermediate court, 冀0302 the Haigang district court.
 */
function assignCourtNumbers(ctx: DemoContext, plans: CasePlan[]): void {
  const counters = new Map<string, number>();
  const nextNumber = (kind: string, year: number): number => {
    const key = `${kind}:${year}`;
    const n = (counters.get(key) ?? ctx.rnd.int(8, 30)) + ctx.rnd.int(2, 9);
    counters.set(key, n);
    return n;
  };
  for (const plan of plans) {
    const courtCode = plan.court.key === 'zy' ? '冀03' : '冀0302';
    if (plan.outcome === 'transferred_to_filing') {
      const year = yearOf(plan.closedOn!);
      plan.courtNumber = `（${year}）${courtCode}行初${nextNumber(`${courtCode}行初`, year)}号`;
    } else if (plan.source === 'court_entrusted') {
      const year = yearOf(plan.received);
      plan.courtNumber = `（${year}）${courtCode}行初${nextNumber(`${courtCode}行初`, year)}号`;
    } else if (plan.source === 'court_delegated') {
      const year = yearOf(plan.received);
      plan.courtNumber = `（${year}）${courtCode}诉前调${nextNumber(`${courtCode}诉前调`, year)}号`;
    }
  }
}

/** Which steps a middle stage logs, in order, when the case went all the way through it. */
function stageSteps(ctx: DemoContext, plan: CasePlan, stage: 'pre' | 'during' | 'post'): string[] {
  const { rnd } = ctx;
  switch (stage) {
    case 'pre':
      return ['investigate', ...(rnd.chance(0.3) ? ['investigate'] : []), ...(rnd.chance(0.75) ? ['analyse'] : []), 'plan'];
    case 'during': {
      const talks = ['hear_parties', 'explain_law', 'emotional_support'];
      const picked = new Set(rnd.sample(talks, plan.complexity === 'complex' ? 2 : 1));
      // A complex case gets a coordination meeting of the agencies first; the session with the
      // parties, where agreement is reached or not, ends the stage.
      return [
        ...talks.filter((t) => picked.has(t)),
        ...(plan.complexity === 'complex' ? ['meeting'] : []),
        'proposal',
        'meeting',
      ];
    }
    case 'post':
      return ['follow_up_visit', ...(rnd.chance(0.7) ? ['summary'] : []), ...(rnd.chance(0.7) ? ['feedback'] : [])];
  }
}

function planActivities(ctx: DemoContext, plan: CasePlan): ActivityPlan[] {
  const { rnd } = ctx;
  const out: ActivityPlan[] = [];
  plan.path.forEach((stage, i) => {
    if (stage === 'intake') {
      out.push({ code: 'register', stage, date: plan.received });
      if (plan.accepted) out.push({ code: 'acceptance_review', stage, date: plan.accepted });
      return;
    }
    if (stage === 'closed') {
      out.push({ code: 'close', stage, date: plan.closedOn! });
      return;
    }
    const start = plan.stageStart[stage]!;
    const nextStage = plan.path[i + 1];
    const end = nextStage ? plan.stageStart[nextStage]! : plan.historyEnd;
    let steps = stageSteps(ctx, plan, stage);
    if (nextStage === undefined) {
      // An open case has done part of its current stage; a case in post may not be visited yet.
      steps = steps.slice(0, rnd.int(stage === 'post' ? 0 : 1, Math.max(1, steps.length - 1)));
    } else if (stage === 'pre' && nextStage === 'closed') {
      steps = steps.slice(0, 2); // terminated before a plan was made
    }
    const dates = spreadDates(ctx, start, end, steps.length, nextStage !== undefined);
    steps.forEach((code, j) => out.push({ code, stage, date: dates[j]! }));
  });
  return out;
}

/**
 * `n` sorted working days after `start` up to `end`; a finished stage's last step falls on its
 * last day (the plan is adopted, the agreement signed, the day the case moves on).
 */
function spreadDates(ctx: DemoContext, start: string, end: string, n: number, lastOnEnd: boolean): string[] {
  const span = daysBetween(start, end);
  if (n === 0) return [];
  if (span < 1) return Array.from({ length: n }, () => end);
  const offsets = Array.from({ length: n }, () => ctx.rnd.int(1, span)).sort((a, b) => a - b);
  if (lastOnEnd) offsets[n - 1] = span;
  const first = addDays(start, 1);
  const dates = offsets.map((o) => {
    const d = addDays(start, o);
    if (!isWeekend(d)) return d;
    const before = weekdayOnOrBefore(d);
    if (before >= first) return before;
    const after = weekdayOnOrAfter(d);
    return after <= end ? after : d;
  });
  return dates.sort();
}

/** The stage a case was in on `date`, or null before it was received. */
export function stageOn(plan: CasePlan, date: string): Stage | null {
  let current: Stage | null = null;
  for (const s of plan.path) {
    const start = plan.stageStart[s]!;
    if (start <= date) current = s;
  }
  return current;
}
