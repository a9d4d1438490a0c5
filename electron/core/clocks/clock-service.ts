import type { Core } from '../core';
import { qb } from '../db/query';
import { addDays, daysBetween } from '../dates';
import type { ExpressionBuilder } from 'kysely';
import type { ClockAdjustmentsTable, ClocksTable, DB } from '../db/schema';
import { appendAudit, SYSTEM_ACTOR, type Actor } from '../audit/audit-log';
import { CoreError } from '../errors';
import { HolidayCalendar, isIsoDate } from './calendar';
import { clockState, computeDeadline, type AdjustmentInput, type ClockStateName, type ClockStatus } from './deadline';

/**
 * Legal and working clocks of a case (办理期限): stored with their due date, which every change
 * of an adjustment or of the holiday calendar recomputes. The rule itself is in deadline.ts.
 */
export type ClockKind = ClocksTable['kind'];

export const CLOCK_KINDS: readonly ClockKind[] = ['resolution', 'transfer_to_filing', 'follow_up_visit', 'step'];
const MAX_LIMIT_DAYS = 3650;
const MAX_EXTRA_DAYS = 365;
const REASON_MAX = 1000;

export interface ClockAdjustmentView {
  id: string;
  kind: 'suspension' | 'extension';
  fromOn: string;
  toOn: string | null;
  extraDays: number | null;
  reason: string;
  operatorId: string | null;
}

/** A clock with its live state (computed for `today`) and its case, ready for any list. */
export interface ClockView {
  id: string;
  caseId: string;
  caseNumber: string;
  caseTitle: string;
  kind: ClockKind;
  stepId: string | null;
  stepName: string | null;
  triggerOn: string;
  limitDays: number;
  /** Live: computed for today from the adjustments and the calendar (equals the stored due_on). */
  dueOn: string;
  daysLeft: number;
  status: ClockStatus;
  state: ClockStateName;
  suspendedDays: number;
  extensionDays: number;
  completedOn: string | null;
  adjustments: ClockAdjustmentView[];
}

/** The dashboard's line for a clock (matches the contract's DueItem). */
export interface DueItem {
  clockId: string;
  caseId: string;
  caseNumber: string;
  title: string;
  kind: ClockKind;
  stepName: string | null;
  dueOn: string;
  daysLeft: number;
  state: ClockStateName;
}

export function loadCalendar(core: Core): HolidayCalendar {
  return new HolidayCalendar(core.q.all(qb.selectFrom('holidays').select(['date', 'kind'])));
}

// ---------------------------------------------------------------------------------------------
// Reading

type ClockRow = Pick<ClocksTable, 'id' | 'case_id' | 'kind' | 'step_id' | 'trigger_on' | 'limit_days' | 'due_on' | 'completed_on'> & {
  status: ClockStatus;
};
type AdjustmentRow = Omit<ClockAdjustmentsTable, 'created_at' | 'updated_at' | 'change_seq'>;

function toAdjustmentView(a: AdjustmentRow): ClockAdjustmentView {
  return {
    id: a.id,
    kind: a.kind,
    fromOn: a.from_on,
    toOn: a.to_on,
    extraDays: a.extra_days,
    reason: a.reason,
    operatorId: a.operator_id,
  };
}

function toAdjustmentInput(a: ClockAdjustmentView): AdjustmentInput {
  return { kind: a.kind, fromOn: a.fromOn, toOn: a.toOn, extraDays: a.extraDays };
}

/** What a ClockView is built from (clocks joined with cases and workflow_steps). */
const CLOCK_VIEW_COLUMNS = [
  'clocks.id',
  'clocks.case_id',
  'clocks.kind',
  'clocks.step_id',
  'clocks.trigger_on',
  'clocks.limit_days',
  'clocks.due_on',
  'clocks.status',
  'clocks.completed_on',
  'cases.case_number',
  'cases.title as case_title',
  'workflow_steps.name as step_name',
] as const;

/** SQL condition: the clock (aliased `clocks`) has no suspension running on `day`. */
function notSuspendedOn(day: string) {
  return ({ not, exists, selectFrom }: ExpressionBuilder<DB, 'clocks'>) =>
    not(
      exists(
        selectFrom('clock_adjustments as s')
          .select('s.id')
          .whereRef('s.clock_id', '=', 'clocks.id')
          .where('s.kind', '=', 'suspension')
          .where('s.to_on', 'is', null)
          .where('s.from_on', '<=', day),
      ),
    );
}

/** Calendar days that surely contain the next 3 working days (a 9-day Spring Festival + weekends). */
const DUE_SOON_HORIZON_DAYS = 21;

export interface ListClocksOptions {
  caseId?: string;
  /** Keep only clocks in these live states (e.g. ['due_soon', 'overdue']). */
  states?: readonly ClockStateName[];
  kinds?: readonly ClockKind[];
  /** Defaults to the core's today. */
  today?: string;
  /**
   * Only clocks whose STORED due date is on or before this day. Safe for finding due-soon and
   * overdue clocks because every adjustment and calendar change rewrites due_on; the one case where
   * the stored date lags (an open suspension) is in state 'suspended', never due soon or overdue.
   */
  storedDueOnOrBefore?: string;
  storedDueOnOrAfter?: string;
  /** Leave out clocks with a suspension running on this day (their stored due date lags). */
  notSuspendedOn?: string;
  /** The first `limit` by stored due date (SQL order and limit: for long lists). */
  limit?: number;
}

const OPEN_STATES: readonly ClockStateName[] = ['open', 'due_soon', 'overdue', 'suspended'];

/**
 * Clocks of live (not deleted) cases with their state for `today`, soonest due first. States are
 * computed here, not stored, because they change with the date and with open suspensions.
 */
export function listClocks(core: Core, options: ListClocksOptions = {}): ClockView[] {
  const today = options.today ?? core.today();
  let clocks = qb
    .selectFrom('clocks')
    .innerJoin('cases', 'cases.id', 'clocks.case_id')
    .leftJoin('workflow_steps', 'workflow_steps.id', 'clocks.step_id')
    .where('cases.deleted_at', 'is', null);
  if (options.caseId !== undefined) clocks = clocks.where('clocks.case_id', '=', options.caseId);
  if (options.kinds?.length === 0 || options.states?.length === 0) return [];
  if (options.kinds !== undefined) clocks = clocks.where('clocks.kind', 'in', [...options.kinds]);
  if (options.storedDueOnOrBefore !== undefined) clocks = clocks.where('clocks.due_on', '<=', options.storedDueOnOrBefore);
  if (options.storedDueOnOrAfter !== undefined) clocks = clocks.where('clocks.due_on', '>=', options.storedDueOnOrAfter);
  if (options.notSuspendedOn !== undefined) {
    const day = options.notSuspendedOn;
    clocks = clocks.where(notSuspendedOn(day));
  }
  if (options.states !== undefined) {
    // Narrow in SQL by the stored status each wanted state implies; the live state is checked below.
    const statuses = new Set(options.states.map((s): ClockStatus => (OPEN_STATES.includes(s) ? 'open' : (s as ClockStatus))));
    clocks = clocks.where('clocks.status', 'in', [...statuses]);
  }
  const page = options.limit !== undefined ? clocks.orderBy('clocks.due_on').orderBy('clocks.id').limit(options.limit) : clocks;
  const rows = core.q.all(
    page.select(CLOCK_VIEW_COLUMNS),
  );
  // Adjustments of the same clocks, fetched with the same filter instead of an IN list (an IN list
  // of the page's ids when the list is limited).
  const adjustmentSource =
    options.limit !== undefined
      ? clocks.where('clocks.id', 'in', rows.length > 0 ? rows.map((r) => r.id) : [''])
      : clocks;
  const adjustments = core.q.all(
    adjustmentSource
      .innerJoin('clock_adjustments', 'clock_adjustments.clock_id', 'clocks.id')
      .select([
        'clock_adjustments.id',
        'clock_adjustments.clock_id',
        'clock_adjustments.kind',
        'clock_adjustments.from_on',
        'clock_adjustments.to_on',
        'clock_adjustments.extra_days',
        'clock_adjustments.reason',
        'clock_adjustments.operator_id',
      ])
      .orderBy('clock_adjustments.from_on')
      .orderBy('clock_adjustments.created_at'),
  );
  const byClock = new Map<string, ClockAdjustmentView[]>();
  for (const a of adjustments) {
    const list = byClock.get(a.clock_id) ?? [];
    list.push(toAdjustmentView(a));
    byClock.set(a.clock_id, list);
  }
  const calendar = loadCalendar(core);
  const views = rows.map((r) =>
    buildView(r, r.case_number, r.case_title, r.step_name, byClock.get(r.id) ?? [], today, calendar),
  );
  const wanted = options.states ? new Set(options.states) : null;
  return views
    .filter((v) => !wanted || wanted.has(v.state))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.caseNumber.localeCompare(b.caseNumber)));
}

function buildView(
  r: ClockRow,
  caseNumber: string,
  caseTitle: string,
  stepName: string | null,
  adjustments: ClockAdjustmentView[],
  today: string,
  calendar: HolidayCalendar,
): ClockView {
  const s = clockState(
    { triggerOn: r.trigger_on, limitDays: r.limit_days, status: r.status, completedOn: r.completed_on },
    adjustments.map(toAdjustmentInput),
    today,
    calendar,
  );
  // A closed clock keeps the due date it was judged against, whatever the calendar says later.
  const dueOn = r.status === 'open' ? s.dueOn : r.due_on;
  return {
    id: r.id,
    caseId: r.case_id,
    caseNumber,
    caseTitle,
    kind: r.kind,
    stepId: r.step_id,
    stepName,
    triggerOn: r.trigger_on,
    limitDays: r.limit_days,
    dueOn,
    daysLeft: daysBetween(today, dueOn),
    status: r.status,
    state: s.state,
    suspendedDays: s.suspendedDays,
    extensionDays: s.extensionDays,
    completedOn: r.completed_on,
    adjustments,
  };
}

/** One clock with its state; NOT_FOUND when it does not exist. */
export function getClock(core: Core, clockId: string, today: string = core.today()): ClockView {
  const row = core.q.first(
    qb
      .selectFrom('clocks')
      .innerJoin('cases', 'cases.id', 'clocks.case_id')
      .leftJoin('workflow_steps', 'workflow_steps.id', 'clocks.step_id')
      .where('clocks.id', '=', clockId)
      .select(CLOCK_VIEW_COLUMNS),
  );
  if (!row) throw new CoreError('NOT_FOUND', `Clock ${clockId} not found`, { what: `clock ${clockId}` });
  const adjustments = loadAdjustments(core, clockId);
  return buildView(row, row.case_number, row.case_title, row.step_name, adjustments, today, loadCalendar(core));
}

function loadAdjustments(core: Core, clockId: string): ClockAdjustmentView[] {
  return core.q
    .all(
      qb
        .selectFrom('clock_adjustments')
        .where('clock_id', '=', clockId)
        .select(['id', 'clock_id', 'kind', 'from_on', 'to_on', 'extra_days', 'reason', 'operator_id'])
        .orderBy('from_on')
        .orderBy('created_at'),
    )
    .map(toAdjustmentView);
}

export function toDueItem(v: ClockView): DueItem {
  return {
    clockId: v.id,
    caseId: v.caseId,
    caseNumber: v.caseNumber,
    title: v.caseTitle,
    kind: v.kind,
    stepName: v.stepName,
    dueOn: v.dueOn,
    daysLeft: v.daysLeft,
    state: v.state,
  };
}

/**
 * For the dashboard: open clocks due within 3 working days, and those past their due date (the
 * longest overdue first, at most `limit` of each, with the full counts).
 *
 * Works from the stored due date, which every adjustment and calendar change rewrites; clocks
 * with a running suspension (whose stored date lags) are neither due soon nor overdue.
 */
export function dueSoonAndOverdue(
  core: Core,
  today: string = core.today(),
  limit = 100,
): { dueSoon: DueItem[]; overdue: DueItem[]; dueSoonTotal: number; overdueTotal: number } {
  const common = { today, notSuspendedOn: today, states: ['due_soon', 'overdue'] as ClockStateName[] };
  const overdue = listClocks(core, { ...common, storedDueOnOrBefore: addDays(today, -1), limit }).filter(
    (v) => v.state === 'overdue',
  );
  // Three working days never span more than the longest holiday block plus two weekends.
  const dueSoon = listClocks(core, {
    ...common,
    storedDueOnOrAfter: today,
    storedDueOnOrBefore: addDays(today, DUE_SOON_HORIZON_DAYS),
  }).filter((v) => v.state === 'due_soon');
  const overdueTotal =
    overdue.length < limit
      ? overdue.length
      : (core.q.first(
          qb
            .selectFrom('clocks')
            .innerJoin('cases', 'cases.id', 'clocks.case_id')
            .where('cases.deleted_at', 'is', null)
            .where('clocks.status', '=', 'open')
            .where('clocks.due_on', '<', today)
            .where(notSuspendedOn(today))
            .select((eb) => eb.fn.countAll<number>().as('n')),
        )?.n ?? overdue.length);
  return {
    dueSoon: dueSoon.slice(0, limit).map(toDueItem),
    overdue: overdue.map(toDueItem),
    dueSoonTotal: dueSoon.length,
    overdueTotal,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing. Each function is one transaction with its audit entry; nested in a caller's
// transaction it becomes a savepoint, so a case service can open a clock as part of its change.

function validation(detail: string): CoreError {
  return new CoreError('VALIDATION', detail, { detail });
}

function requireDate(value: string, field: string): void {
  if (!isIsoDate(value)) throw validation(`${field}: bad date "${value}" (use YYYY-MM-DD)`);
}

function requireReason(reason: string): string {
  const r = reason.trim();
  if (r === '') throw validation('reason: a reason is required');
  if (r.length > REASON_MAX) throw validation(`reason: longer than ${REASON_MAX} characters`);
  return r;
}

function loadClockRow(core: Core, clockId: string): ClockRow {
  const row = core.q.first(
    qb
      .selectFrom('clocks')
      .where('id', '=', clockId)
      .select(['id', 'case_id', 'kind', 'step_id', 'trigger_on', 'limit_days', 'due_on', 'status', 'completed_on']),
  );
  if (!row) throw new CoreError('NOT_FOUND', `Clock ${clockId} not found`, { what: `clock ${clockId}` });
  return row;
}

function requireOpen(row: ClockRow): void {
  if (row.status !== 'open') {
    throw new CoreError('CONFLICT', `Clock ${row.id} is ${row.status}, not open`, { what: `clock is ${row.status}` });
  }
}

function openSuspension(adjustments: readonly ClockAdjustmentView[]): ClockAdjustmentView | undefined {
  return adjustments.find((a) => a.kind === 'suspension' && a.toOn === null);
}

function deadlineOf(row: ClockRow, adjustments: readonly ClockAdjustmentView[], calendar: HolidayCalendar, today: string) {
  return computeDeadline(row.trigger_on, row.limit_days, adjustments.map(toAdjustmentInput), calendar, today);
}

/** Stores the recomputed due date of an open clock; returns the move, or null if none. */
function storeDueOn(
  core: Core,
  row: ClockRow,
  calendar: HolidayCalendar,
  today: string,
): { clockId: string; from: string; to: string } | null {
  if (row.status !== 'open') return null;
  const dueOn = deadlineOf(row, loadAdjustments(core, row.id), calendar, today).dueOn;
  if (dueOn === row.due_on) return null;
  core.q.run(qb.updateTable('clocks').set({ due_on: dueOn, updated_at: core.now() }).where('id', '=', row.id));
  return { clockId: row.id, from: row.due_on, to: dueOn };
}

export interface OpenClockInput {
  caseId: string;
  kind: ClockKind;
  stepId?: string | null;
  triggerOn: string;
  limitDays: number;
}

export function openClock(core: Core, actor: Actor, input: OpenClockInput): ClockView {
  if (!CLOCK_KINDS.includes(input.kind)) throw validation(`kind: unknown clock kind "${input.kind}"`);
  requireDate(input.triggerOn, 'triggerOn');
  if (!Number.isInteger(input.limitDays) || input.limitDays < 1 || input.limitDays > MAX_LIMIT_DAYS) {
    throw validation(`limitDays: must be a whole number from 1 to ${MAX_LIMIT_DAYS}`);
  }
  return core.q.tx(() => {
    const found = core.q.first(
      qb.selectFrom('cases').where('id', '=', input.caseId).where('deleted_at', 'is', null).select('id'),
    );
    if (!found) throw new CoreError('NOT_FOUND', `Case ${input.caseId} not found`, { what: `case ${input.caseId}` });
    const stepId = input.stepId ?? null;
    if (stepId !== null && !core.q.first(qb.selectFrom('workflow_steps').where('id', '=', stepId).select('id'))) {
      throw new CoreError('NOT_FOUND', `Workflow step ${stepId} not found`, { what: `step ${stepId}` });
    }
    const id = core.newId();
    const now = core.now();
    const dueOn = computeDeadline(input.triggerOn, input.limitDays, [], loadCalendar(core)).dueOn;
    core.q.run(
      qb.insertInto('clocks').values({
        id,
        case_id: input.caseId,
        kind: input.kind,
        step_id: stepId,
        trigger_on: input.triggerOn,
        limit_days: input.limitDays,
        due_on: dueOn,
        status: 'open',
        completed_on: null,
        created_at: now,
        updated_at: now,
      }),
    );
    appendAudit(core.q, actor, now, {
      action: 'clock.open',
      entity: 'clocks',
      entityId: id,
      detail: { caseId: input.caseId, kind: input.kind, stepId, triggerOn: input.triggerOn, limitDays: input.limitDays, dueOn },
    });
    return getClock(core, id);
  });
}

/**
 * Recomputes and stores an open clock's due date (after a calendar change, or to refresh the
 * snapshot of a clock that is suspended). Writes, with an audit entry, only when it moved.
 */
export function recomputeClock(core: Core, clockId: string, actor: Actor = SYSTEM_ACTOR): ClockView {
  return core.q.tx(() => {
    const row = loadClockRow(core, clockId);
    const moved = storeDueOn(core, row, loadCalendar(core), core.today());
    if (moved) {
      appendAudit(core.q, actor, core.now(), {
        action: 'clock.recompute',
        entity: 'clocks',
        entityId: clockId,
        detail: { caseId: row.case_id, from: moved.from, to: moved.to },
      });
    }
    return getClock(core, clockId);
  });
}

/**
 * Recomputes every open clock; the caller writes the audit entry that explains why (a holiday
 * calendar change). Returns the clocks whose due date moved.
 */
export function recomputeOpenClocks(core: Core, calendar: HolidayCalendar = loadCalendar(core)) {
  const today = core.today();
  const rows = core.q.all(
    qb
      .selectFrom('clocks')
      .where('status', '=', 'open')
      .select(['id', 'case_id', 'kind', 'step_id', 'trigger_on', 'limit_days', 'due_on', 'status', 'completed_on']),
  );
  return rows.map((row) => storeDueOn(core, row, calendar, today)).filter((m) => m !== null);
}

/** Stops the clock on `on`: met when on or before the due date, missed after it. */
export function completeClock(core: Core, actor: Actor, clockId: string, on: string): ClockView {
  requireDate(on, 'on');
  return core.q.tx(() => {
    const row = loadClockRow(core, clockId);
    requireOpen(row);
    if (on < row.trigger_on) throw validation(`on: ${on} is before the clock started (${row.trigger_on})`);
    const now = core.now();
    // A pause still open when the work is done ends that day, so the due date stops moving.
    const pause = openSuspension(loadAdjustments(core, clockId));
    if (pause) {
      const toOn = on > pause.fromOn ? on : pause.fromOn;
      core.q.run(qb.updateTable('clock_adjustments').set({ to_on: toOn, updated_at: now }).where('id', '=', pause.id));
    }
    const dueOn = deadlineOf(row, loadAdjustments(core, clockId), loadCalendar(core), on).dueOn;
    const status = on <= dueOn ? 'met' : 'missed';
    core.q.run(
      qb.updateTable('clocks').set({ status, completed_on: on, due_on: dueOn, updated_at: now }).where('id', '=', clockId),
    );
    appendAudit(core.q, actor, now, {
      action: 'clock.complete',
      entity: 'clocks',
      entityId: clockId,
      detail: { caseId: row.case_id, on, dueOn, status },
    });
    return getClock(core, clockId);
  });
}

/** The clock no longer applies (e.g. the case was terminated). */
export function cancelClock(core: Core, actor: Actor, clockId: string, reason?: string): ClockView {
  return core.q.tx(() => {
    const row = loadClockRow(core, clockId);
    requireOpen(row);
    const now = core.now();
    const today = core.today();
    const pause = openSuspension(loadAdjustments(core, clockId));
    if (pause) {
      const toOn = today > pause.fromOn ? today : pause.fromOn;
      core.q.run(qb.updateTable('clock_adjustments').set({ to_on: toOn, updated_at: now }).where('id', '=', pause.id));
    }
    const dueOn = deadlineOf(row, loadAdjustments(core, clockId), loadCalendar(core), today).dueOn;
    core.q.run(qb.updateTable('clocks').set({ status: 'cancelled', due_on: dueOn, updated_at: now }).where('id', '=', clockId));
    appendAudit(core.q, actor, now, {
      action: 'clock.cancel',
      entity: 'clocks',
      entityId: clockId,
      detail: { caseId: row.case_id, reason: reason?.trim() || null },
    });
    return getClock(core, clockId);
  });
}

export interface SuspendClockInput {
  clockId: string;
  fromOn: string;
  reason: string;
}

/**
 * Pauses the clock from `fromOn` (中止, e.g. waiting for an appraisal). The day must be a fact, not
 * a plan: not after today, not before the trigger, not after the due date (a period that ran out
 * cannot be paused) and not inside an earlier pause.
 */
export function suspendClock(core: Core, actor: Actor, input: SuspendClockInput): ClockView {
  requireDate(input.fromOn, 'fromOn');
  const reason = requireReason(input.reason);
  return core.q.tx(() => {
    const row = loadClockRow(core, input.clockId);
    requireOpen(row);
    const adjustments = loadAdjustments(core, input.clockId);
    if (openSuspension(adjustments)) {
      throw new CoreError('CONFLICT', `Clock ${input.clockId} is already suspended`, { what: 'clock is already suspended' });
    }
    const today = core.today();
    if (input.fromOn > today) throw validation(`fromOn: ${input.fromOn} is in the future`);
    if (input.fromOn < row.trigger_on) throw validation(`fromOn: ${input.fromOn} is before the clock started (${row.trigger_on})`);
    const calendar = loadCalendar(core);
    const current = deadlineOf(row, adjustments, calendar, today).dueOn;
    if (input.fromOn > current) throw validation(`fromOn: the period already ran out on ${current}`);
    const lastResume = adjustments
      .filter((a) => a.kind === 'suspension' && a.toOn !== null)
      .reduce<string | null>((max, a) => (max === null || a.toOn! > max ? a.toOn : max), null);
    if (lastResume !== null && input.fromOn < lastResume) {
      throw validation(`fromOn: ${input.fromOn} is inside an earlier suspension (resumed ${lastResume})`);
    }
    const now = core.now();
    const id = core.newId();
    core.q.run(
      qb.insertInto('clock_adjustments').values({
        id,
        clock_id: input.clockId,
        kind: 'suspension',
        from_on: input.fromOn,
        to_on: null,
        extra_days: null,
        reason,
        operator_id: actor.operatorId,
        created_at: now,
        updated_at: now,
      }),
    );
    const moved = storeDueOn(core, row, calendar, today);
    appendAudit(core.q, actor, now, {
      action: 'clock.suspend',
      entity: 'clocks',
      entityId: input.clockId,
      detail: { caseId: row.case_id, adjustmentId: id, fromOn: input.fromOn, reason, dueOn: moved?.to ?? row.due_on },
    });
    return getClock(core, input.clockId, today);
  });
}

export interface ResumeClockInput {
  clockId: string;
  toOn: string;
}

/** Ends the open pause: the clock runs again on `toOn` (not after today, not before the pause). */
export function resumeClock(core: Core, actor: Actor, input: ResumeClockInput): ClockView {
  requireDate(input.toOn, 'toOn');
  return core.q.tx(() => {
    const row = loadClockRow(core, input.clockId);
    requireOpen(row);
    const pause = openSuspension(loadAdjustments(core, input.clockId));
    if (!pause) throw new CoreError('CONFLICT', `Clock ${input.clockId} is not suspended`, { what: 'clock is not suspended' });
    const today = core.today();
    if (input.toOn < pause.fromOn) throw validation(`toOn: ${input.toOn} is before the suspension began (${pause.fromOn})`);
    if (input.toOn > today) throw validation(`toOn: ${input.toOn} is in the future`);
    const now = core.now();
    core.q.run(qb.updateTable('clock_adjustments').set({ to_on: input.toOn, updated_at: now }).where('id', '=', pause.id));
    const moved = storeDueOn(core, row, loadCalendar(core), today);
    appendAudit(core.q, actor, now, {
      action: 'clock.resume',
      entity: 'clocks',
      entityId: input.clockId,
      detail: { caseId: row.case_id, adjustmentId: pause.id, fromOn: pause.fromOn, toOn: input.toOn, dueOn: moved?.to ?? row.due_on },
    });
    return getClock(core, input.clockId, today);
  });
}

export interface ExtendClockInput {
  clockId: string;
  extraDays: number;
  reason: string;
  /** The day the extension was agreed; defaults to today. */
  on?: string;
}

/** Adds `extraDays` calendar days (延长, by consent). */
export function extendClock(core: Core, actor: Actor, input: ExtendClockInput): ClockView {
  if (!Number.isInteger(input.extraDays) || input.extraDays < 1 || input.extraDays > MAX_EXTRA_DAYS) {
    throw validation(`extraDays: must be a whole number from 1 to ${MAX_EXTRA_DAYS}`);
  }
  const reason = requireReason(input.reason);
  if (input.on !== undefined) requireDate(input.on, 'on');
  return core.q.tx(() => {
    const row = loadClockRow(core, input.clockId);
    requireOpen(row);
    const today = core.today();
    const on = input.on ?? today;
    if (on < row.trigger_on) throw validation(`on: ${on} is before the clock started (${row.trigger_on})`);
    const now = core.now();
    const id = core.newId();
    core.q.run(
      qb.insertInto('clock_adjustments').values({
        id,
        clock_id: input.clockId,
        kind: 'extension',
        from_on: on,
        to_on: null,
        extra_days: input.extraDays,
        reason,
        operator_id: actor.operatorId,
        created_at: now,
        updated_at: now,
      }),
    );
    const moved = storeDueOn(core, row, loadCalendar(core), today);
    appendAudit(core.q, actor, now, {
      action: 'clock.extend',
      entity: 'clocks',
      entityId: input.clockId,
      detail: { caseId: row.case_id, adjustmentId: id, extraDays: input.extraDays, on, reason, dueOn: moved?.to ?? row.due_on },
    });
    return getClock(core, input.clockId, today);
  });
}
