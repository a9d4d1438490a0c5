import type { TaskStatus } from '../db/schema';
import { qb } from '../db/query';
import { liaisonOf, type AgencyRef, type ContactRef } from './agencies';
import type { CasePlan } from './case-plan';
import { fill, type DemoContext } from './context';
import { addDays, addWorkdays, atLocal, daysBetween, weekdayOnOrBefore } from './dates';
import type { ActionItemSpec } from './meetings';
import { chineseDate } from './outcomes';

/**
 * Coordination tasks (协调事项) across every status: some come from meeting action items, the rest
 * were sent from case work. A few are overdue (due in the past, no reply yet), which is what the
 * dashboard and the reminders exist for.
 */

/** Planned state of a task; "overdue" is not a stored status but a sent/acknowledged task past due. */
type Plan = 'sent' | 'sent_overdue' | 'acknowledged' | 'acknowledged_overdue' | 'answered' | 'closed';

const FROM_ACTION_ITEMS: readonly Plan[] = ['answered', 'closed', 'acknowledged_overdue', 'answered', 'sent', 'acknowledged'];
const STANDALONE: readonly Plan[] = ['sent', 'sent_overdue', 'acknowledged_overdue', 'answered', 'closed', 'closed'];

const REQUESTS = [
  '请于{due}前书面说明{issue}相关事实和法律依据，并提供作出行政行为的全部证据材料',
  '请派熟悉情况的工作人员参加本案化解会，并提出初步处理意见',
  '请核实{a}反映的问题，于{due}前提出可行的化解方案',
  '请提供与{issue}有关的档案材料复印件',
];
const REPLIES = [
  '已报送书面说明及证据材料目录，共计{pages}页',
  '经研究，同意按化解方案推进，已安排专人负责落实',
  '经核实，申请人反映情况部分属实，拟在职权范围内予以纠正',
  '已调取相关档案并复印，随函报送',
];

interface TaskSpec {
  plan: CasePlan;
  agency: AgencyRef;
  contact: ContactRef | undefined;
  request: string;
  sentOn: string;
  dueOn: string;
  status: Plan;
  meetingId?: string;
  actionItem?: ActionItemSpec;
}

export function insertTasks(ctx: DemoContext, plans: readonly CasePlan[], actionItems: readonly ActionItemSpec[]): { tasks: number } {
  const { rnd, today } = ctx;
  const specs: TaskSpec[] = [];

  actionItems.forEach((item, i) => {
    const sentOn = min(addWorkdays(item.meetingDate, 1), today);
    specs.push({
      plan: item.plan,
      agency: item.agency,
      contact: item.contact,
      request: `${item.description}（会议议定事项）`,
      sentOn,
      dueOn: item.dueOn,
      status: FROM_ACTION_ITEMS[i % FROM_ACTION_ITEMS.length]!,
      meetingId: item.meetingId,
      actionItem: item,
    });
  });

  const used = new Set(actionItems.map((a) => a.plan.id));
  const open = plans.filter((p) => p.stage === 'pre' || p.stage === 'during' || p.stage === 'post');
  const closedWithSessions = plans.filter((p) => p.closedOn && p.stageStart.during && daysBetween(p.stageStart.during, p.closedOn) >= 8);
  const choose = (pool: CasePlan[], fits: (p: CasePlan) => boolean): CasePlan | undefined => {
    const fitting = pool.filter(fits);
    const fresh = fitting.filter((p) => !used.has(p.id));
    const chosen = fresh.length > 0 ? rnd.pick(fresh) : fitting.length > 0 ? rnd.pick(fitting) : undefined;
    if (chosen) used.add(chosen.id);
    return chosen;
  };

  for (const status of STANDALONE) {
    let sentOn: string;
    let plan: CasePlan | undefined;
    if (status === 'closed') {
      plan = choose(closedWithSessions, () => true);
      if (!plan) continue;
      sentOn = addWorkdays(plan.stageStart.during!, 1);
    } else {
      const back =
        status === 'sent' ? rnd.int(1, 3) : status === 'answered' ? rnd.int(8, 14) : status === 'acknowledged' ? rnd.int(3, 6) : rnd.int(15, 22);
      sentOn = weekdayOnOrBefore(addDays(today, -back));
      plan = choose(open, (p) => p.accepted !== null && p.accepted < sentOn);
      if (!plan) continue;
    }
    const overdue = status === 'sent_overdue' || status === 'acknowledged_overdue';
    const dueOn = addDays(sentOn, overdue ? 7 : 10);
    const agency = plan.roles.length > 0 && rnd.chance(0.3) ? rnd.pick(plan.roles).agency : plan.respondent;
    specs.push({
      plan,
      agency,
      contact: liaisonOf(agency),
      request: fill(rnd.pick(REQUESTS), { due: chineseDate(dueOn), issue: plan.scenario.issue, a: plan.applicantLabel }),
      sentOn,
      dueOn,
      status,
    });
  }

  for (const spec of specs) insertTask(ctx, spec);
  return { tasks: specs.length };
}

function insertTask(ctx: DemoContext, spec: TaskSpec): void {
  const { core, rnd, today, stamps } = ctx;
  const stored: TaskStatus = spec.status.startsWith('sent')
    ? 'sent'
    : spec.status.startsWith('acknowledged')
      ? 'acknowledged'
      : (spec.status as 'answered' | 'closed');
  const acknowledged = stored === 'sent' ? null : min(addWorkdays(spec.sentOn, 1), today);
  const replied = stored === 'answered' || stored === 'closed' ? min(addDays(spec.sentOn, rnd.int(3, 6)), today) : null;
  const closed = stored === 'closed' ? min(addDays(replied!, rnd.int(1, 3)), today) : null;
  const overdue = (stored === 'sent' || stored === 'acknowledged') && spec.dueOn < today;
  const reminders = overdue ? rnd.int(1, 2) : 0;

  if (spec.actionItem) {
    const a = spec.actionItem;
    core.q.run(
      qb.insertInto('action_items').values({
        id: a.id,
        meeting_id: a.meetingId,
        agenda_item_id: a.agendaItemId,
        case_id: a.plan.id,
        agency_id: a.agency.id,
        contact_id: a.contact?.id ?? null,
        description: a.description,
        due_on: a.dueOn,
        status: replied ? 'done' : 'open',
        ...stamps,
      }),
    );
  }
  core.q.run(
    qb.insertInto('coordination_tasks').values({
      id: core.newId(),
      case_id: spec.plan.id,
      meeting_id: spec.meetingId ?? null,
      action_item_id: spec.actionItem?.id ?? null,
      agency_id: spec.agency.id,
      contact_id: spec.contact?.id ?? null,
      request: spec.request,
      sent_on: spec.sentOn,
      due_on: spec.dueOn,
      status: stored,
      acknowledged_on: acknowledged,
      reply_text: replied ? fill(rnd.pick(REPLIES), { pages: rnd.int(12, 86) }) : null,
      replied_on: replied,
      closed_on: closed,
      last_reminded_at: reminders > 0 ? atLocal(min(addWorkdays(spec.dueOn, 1), addDays(today, -1)), 9, 0) : null,
      reminder_count: reminders,
      deleted_at: null,
      ...stamps,
    }),
  );
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}
