import type { Stage } from '../db/schema';
import { qb } from '../db/query';
import { activityText } from './activity-text';
import type { CasePlan } from './case-plan';
import type { DemoContext } from './context';
import { addDays, addWorkdays, atLocal } from './dates';
import { OUTCOME_LABEL, chineseDate, outcomeText } from './outcomes';
import type { TemplateSteps } from './template';

/** Times of day (China) for the 1st, 2nd, … activity logged on one day. */
const SLOTS: readonly [number, number][] = [
  [9, 30],
  [10, 40],
  [14, 30],
  [15, 40],
  [16, 30],
];
const STAGE_MOVE: [number, number] = [17, 30];

const STAGE_NAME: Record<Stage, string> = {
  intake: '受理',
  pre: '化解前',
  during: '化解中',
  post: '化解后',
  closed: '结案',
};

/** Writes the planned cases with their parties, agencies, history, activities and clocks. */
export function insertCases(ctx: DemoContext, plans: readonly CasePlan[], template: TemplateSteps): { activities: number } {
  let activities = 0;
  for (const plan of plans) {
    insertCase(ctx, plan, template.templateId);
    insertParties(ctx, plan);
    insertCaseAgencies(ctx, plan);
    insertTransitions(ctx, plan);
    activities += insertActivities(ctx, plan, template);
    insertClocks(ctx, plan);
  }
  return { activities };
}

function insertCase(ctx: DemoContext, plan: CasePlan, templateId: string): void {
  const { core, operator, stamps } = ctx;
  const outcome = plan.outcome
    ? outcomeText(plan.outcome, plan.variant, {
        a: plan.applicantLabel,
        r: plan.respondent.ref,
        issue: plan.scenario.issue,
        remedy: plan.remedy,
        correction: plan.scenario.correction,
        courtName: plan.court.ref,
        closedOn: chineseDate(plan.closedOn!),
        fromCourt: plan.source === 'court_delegated' || plan.source === 'court_entrusted',
      })
    : null;
  core.q.run(
    qb.insertInto('cases').values({
      id: plan.id,
      case_number: plan.caseNumber,
      court_number: plan.courtNumber,
      title: plan.title,
      source: plan.source,
      category_id: plan.categoryId,
      complexity: plan.complexity,
      stage: plan.stage,
      status: plan.stage === 'closed' ? 'closed' : 'open',
      coordinator_id: operator.id,
      template_id: templateId,
      dispute_focus: plan.focus,
      claims: plan.claims,
      amount_cents: plan.amountYuan === null ? null : plan.amountYuan * 100,
      mediability_flags: JSON.stringify(plan.scenario.flags),
      received_on: plan.received,
      accepted_on: plan.accepted,
      closed_on: plan.closedOn,
      outcome: plan.outcome,
      outcome_summary: outcome?.summary ?? null,
      outcome_basis: outcome?.basis ?? null,
      is_typical: plan.isTypical ? 1 : 0,
      notes: plan.notes,
      deleted_at: null,
      ...stamps,
    }),
  );
}

function insertParties(ctx: DemoContext, plan: CasePlan): void {
  for (const p of plan.parties) {
    ctx.core.q.run(
      qb.insertInto('parties').values({
        id: p.id,
        case_id: plan.id,
        role: p.role,
        kind: p.kind,
        name: p.name,
        id_type: p.idType,
        id_number: p.idNumber,
        phone: p.phone,
        address: p.address,
        anonymised_at: null,
        deleted_at: null,
        ...ctx.stamps,
      }),
    );
  }
}

function insertCaseAgencies(ctx: DemoContext, plan: CasePlan): void {
  for (const { agency, role } of [{ agency: plan.respondent, role: 'respondent' as const }, ...plan.roles]) {
    ctx.core.q.run(
      qb.insertInto('case_agencies').values({
        id: ctx.core.newId(),
        case_id: plan.id,
        agency_id: agency.id,
        role,
        deleted_at: null,
        ...ctx.stamps,
      }),
    );
  }
}

function insertTransitions(ctx: DemoContext, plan: CasePlan): void {
  const row = (from: Stage | null, to: Stage, kind: 'create' | 'advance' | 'close', at: string, reason: string | null) =>
    ctx.core.q.run(
      qb.insertInto('stage_transitions').values({
        id: ctx.core.newId(),
        case_id: plan.id,
        from_stage: from,
        to_stage: to,
        kind,
        reason,
        operator_id: ctx.operator.id,
        at,
      }),
    );
  row(null, 'intake', 'create', atLocal(plan.received, 9, 0), '登记');
  for (let i = 1; i < plan.path.length; i += 1) {
    const from = plan.path[i - 1]!;
    const to = plan.path[i]!;
    const at = atLocal(plan.stageStart[to]!, ...STAGE_MOVE);
    if (to === 'closed') {
      row(from, to, 'close', at, OUTCOME_LABEL[plan.outcome!]);
    } else {
      row(from, to, 'advance', at, `进入${STAGE_NAME[to]}阶段`);
    }
  }
}

function insertActivities(ctx: DemoContext, plan: CasePlan, template: TemplateSteps): number {
  const perDay = new Map<string, number>();
  const seen = new Set<string>();
  plan.activities.forEach((activity, i) => {
    const slot = perDay.get(activity.date) ?? 0;
    perDay.set(activity.date, slot + 1);
    const [h, m] = SLOTS[Math.min(slot, SLOTS.length - 1)]!;
    const next = plan.activities[i + 1];
    const text = activityText(ctx, plan, activity, {
      firstOfCode: !seen.has(activity.code),
      lastOfStage: next?.stage !== activity.stage && plan.path.at(-1) !== activity.stage,
    });
    seen.add(activity.code);
    ctx.core.q.run(
      qb.insertInto('activities').values({
        id: ctx.core.newId(),
        case_id: plan.id,
        step_id: template.steps.get(activity.code)?.id ?? null,
        stage: activity.stage,
        // Closing is the stage move itself, logged at the same moment.
        occurred_at:
          activity.code === 'close'
            ? atLocal(activity.date, ...STAGE_MOVE)
            : atLocal(activity.date, h, m + Math.max(0, slot - (SLOTS.length - 1)) * 5),
        place: text.place,
        participants: JSON.stringify(text.participants),
        description: text.description,
        result: text.result,
        operator_id: ctx.operator.id,
        deleted_at: null,
        ...ctx.stamps,
      }),
    );
  });
  return plan.activities.length;
}

function insertClocks(ctx: DemoContext, plan: CasePlan): void {
  const clock = (
    kind: 'resolution' | 'transfer_to_filing' | 'follow_up_visit',
    triggerOn: string,
    limitDays: number,
    status: 'open' | 'met' | 'missed' | 'cancelled',
    completedOn: string | null,
  ) =>
    ctx.core.q.run(
      qb.insertInto('clocks').values({
        id: ctx.core.newId(),
        case_id: plan.id,
        kind,
        step_id: null,
        trigger_on: triggerOn,
        limit_days: limitDays,
        // A plain calendar-day approximation; the deadline engine recomputes with rest days.
        due_on: addDays(triggerOn, limitDays),
        status,
        completed_on: completedOn,
        ...ctx.stamps,
      }),
    );

  if (plan.accepted) {
    const limit = plan.complexity === 'complex' ? ctx.limits.complex : ctx.limits.simple;
    const due = addDays(plan.accepted, limit);
    const resolvedOn = plan.stageStart.post ?? (plan.outcome === 'transferred_to_filing' ? plan.closedOn : null);
    if (plan.outcome === 'terminated') {
      clock('resolution', plan.accepted, limit, 'cancelled', null);
    } else if (resolvedOn) {
      clock('resolution', plan.accepted, limit, resolvedOn <= due ? 'met' : 'missed', resolvedOn);
    } else {
      clock('resolution', plan.accepted, limit, 'open', null);
    }
  }
  const postStart = plan.stageStart.post;
  if (postStart) {
    const visit = plan.activities.find((a) => a.code === 'follow_up_visit');
    clock('follow_up_visit', postStart, ctx.limits.followUp, visit ? 'met' : 'open', visit?.date ?? null);
  }
  if (plan.outcome === 'transferred_to_filing') {
    const closedOn = plan.closedOn!;
    const sentOn = addWorkdays(closedOn, 2);
    const done = sentOn < ctx.today;
    clock('transfer_to_filing', closedOn, ctx.limits.transfer, done ? 'met' : 'open', done ? sentOn : null);
  }
}
