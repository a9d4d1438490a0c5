import type { ClockView as ClockViewOut } from '../../contract/schemas/cases';
import { appendAudit, type Actor } from '../audit/audit-log';
import { cancelClock, completeClock, listClocks, openClock, recomputeClock, type ClockKind, type ClockView } from '../clocks';
import type { Core } from '../core';
import { qb } from '../db/query';
import { getSetting } from '../services/settings';

/**
 * The case services' side of the deadline engine (electron/core/clocks): which clock opens,
 * completes or is cancelled at which moment of a case, with limits from Settings. The counting
 * rules stay in the engine.
 */

export type ClockLimitKey = 'clocks.simple_limit_days' | 'clocks.complex_limit_days' | 'clocks.transfer_limit_days' | 'clocks.follow_up_days';

const FALLBACK: Record<ClockLimitKey, number> = {
  'clocks.simple_limit_days': 30,
  'clocks.complex_limit_days': 60,
  'clocks.transfer_limit_days': 5,
  'clocks.follow_up_days': 30,
};

export function limitDays(core: Core, key: ClockLimitKey): number {
  const value = getSetting<unknown>(core, key);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : FALLBACK[key];
}

export function resolutionLimitDays(core: Core, complexity: 'simple' | 'complex'): number {
  return limitDays(core, complexity === 'complex' ? 'clocks.complex_limit_days' : 'clocks.simple_limit_days');
}

interface OpenClockRow {
  id: string;
  kind: ClockKind;
  step_id: string | null;
  trigger_on: string;
  limit_days: number;
}

export function openClocksOf(core: Core, caseId: string, kinds?: readonly ClockKind[]): OpenClockRow[] {
  let query = qb
    .selectFrom('clocks')
    .select(['id', 'kind', 'step_id', 'trigger_on', 'limit_days'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'open');
  if (kinds) query = query.where('kind', 'in', [...kinds]);
  return core.q.all(query.orderBy('created_at'));
}

export function hasClock(core: Core, caseId: string, kind: ClockKind, statuses: readonly ('open' | 'met' | 'missed' | 'cancelled')[]): boolean {
  return (
    core.q.first(
      qb.selectFrom('clocks').select('id').where('case_id', '=', caseId).where('kind', '=', kind).where('status', 'in', [...statuses]),
    ) !== undefined
  );
}

/** The 30-day (simple) or configured (complex) resolution clock, from acceptance. */
export function openResolutionClock(core: Core, actor: Actor, caseId: string, complexity: 'simple' | 'complex', acceptedOn: string): void {
  openClock(core, actor, { caseId, kind: 'resolution', triggerOn: acceptedOn, limitDays: resolutionLimitDays(core, complexity) });
}

export function openLimitClock(core: Core, actor: Actor, caseId: string, kind: 'transfer_to_filing' | 'follow_up_visit', triggerOn: string): void {
  const key = kind === 'transfer_to_filing' ? 'clocks.transfer_limit_days' : 'clocks.follow_up_days';
  openClock(core, actor, { caseId, kind, triggerOn, limitDays: limitDays(core, key) });
}

/**
 * Completes the case's open clocks of `kind` (and `stepId`, for step clocks) on `on`. A day before
 * a clock's trigger (a back-dated activity) counts as the trigger day: the work was done in time.
 */
export function completeOpenClocks(core: Core, actor: Actor, caseId: string, kind: ClockKind, on: string, stepId?: string): number {
  const rows = openClocksOf(core, caseId, [kind]).filter((c) => stepId === undefined || c.step_id === stepId);
  for (const c of rows) completeClock(core, actor, c.id, on < c.trigger_on ? c.trigger_on : on);
  return rows.length;
}

export function cancelOpenClocks(core: Core, actor: Actor, caseId: string, kinds: readonly ClockKind[], reason: string): number {
  const rows = openClocksOf(core, caseId, kinds);
  for (const c of rows) cancelClock(core, actor, c.id, reason);
  return rows.length;
}

/**
 * A complexity change after acceptance changes the limit of the open resolution clock. The
 * limit is changed in place (suspensions and extensions already recorded on the clock stay) and
 * the engine recomputes the due date.
 */
export function restartResolutionClock(core: Core, actor: Actor, caseId: string, complexity: 'simple' | 'complex'): void {
  const wanted = resolutionLimitDays(core, complexity);
  for (const c of openClocksOf(core, caseId, ['resolution'])) {
    if (c.limit_days === wanted) continue;
    const now = core.now();
    core.q.run(qb.updateTable('clocks').set({ limit_days: wanted, updated_at: now }).where('id', '=', c.id));
    appendAudit(core.q, actor, now, {
      action: 'clock.limit',
      entity: 'clocks',
      entityId: c.id,
      detail: { caseId, from: c.limit_days, to: wanted, reason: `complexity: ${complexity}` },
    });
    recomputeClock(core, c.id, actor);
  }
}

/** The contract's ClockView: the engine's view minus its internal ids and counters. */
export function toContractClock(v: ClockView): ClockViewOut {
  return {
    id: v.id,
    kind: v.kind,
    stepName: v.stepName,
    triggerOn: v.triggerOn,
    limitDays: v.limitDays,
    dueOn: v.dueOn,
    daysLeft: v.daysLeft,
    state: v.state,
    completedOn: v.completedOn,
    adjustments: v.adjustments.map((a) => ({
      id: a.id,
      kind: a.kind,
      fromOn: a.fromOn,
      toOn: a.toOn,
      extraDays: a.extraDays,
      reason: a.reason,
    })),
  };
}

/** The case's clocks as the contract's ClockView (state and days left for today). */
export function caseClockViews(core: Core, caseId: string): ClockViewOut[] {
  return listClocks(core, { caseId }).map(toContractClock);
}
