import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import {
  cancelClock,
  completeClock,
  dueSoonAndOverdue,
  extendClock,
  getClock,
  listClocks,
  openClock,
  recomputeClock,
  resumeClock,
  suspendClock,
} from '../../../electron/core/clocks';
import { CoreError } from '../../../electron/core/errors';
import { auditActions, clocksCore, insertCase, storedDueOn } from './helpers';

function errorOf(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected a CoreError');
}

describe('clock service', () => {
  it('opens a clock with the due date the calendar gives, and audits it', async () => {
    const { core, actor } = await clocksCore();
    const c = insertCase(core);
    // 2026-09-02 + 30 = Fri 10/2, inside the National Day holiday (seeded by migration 0004) → Thu 10/8.
    const clock = openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2026-09-02', limitDays: 30 });
    expect(clock).toMatchObject({ caseId: c.id, caseNumber: c.caseNumber, dueOn: '2026-10-08', status: 'open' });
    expect(storedDueOn(core, clock.id)).toBe('2026-10-08');
    expect(auditActions(core)).toContain('clock.open');
    expect(verifyAuditChain(core.q).ok).toBe(true);
  });

  it('refuses a clock for a case that does not exist, and bad limits', async () => {
    const { core, actor } = await clocksCore();
    expect(errorOf(() => openClock(core, actor, { caseId: 'nope', kind: 'resolution', triggerOn: '2026-09-02', limitDays: 30 })).code).toBe('NOT_FOUND');
    const c = insertCase(core);
    expect(errorOf(() => openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2026-09-31', limitDays: 30 })).code).toBe('VALIDATION');
    expect(errorOf(() => openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2026-09-02', limitDays: 0 })).code).toBe('VALIDATION');
  });

  it('completes a clock as met on or before the due date and missed after it', async () => {
    const { core, actor } = await clocksCore();
    const c = insertCase(core);
    const a = openClock(core, actor, { caseId: c.id, kind: 'transfer_to_filing', triggerOn: '2026-02-12', limitDays: 5 });
    const b = openClock(core, actor, { caseId: c.id, kind: 'transfer_to_filing', triggerOn: '2026-02-12', limitDays: 5 });
    // Due Tue 2/24 (day 5 is 2/17, inside 春节 2/15–2/23): sending on 2/24 is in time, 2/25 is not.
    expect(a.dueOn).toBe('2026-02-24');
    expect(completeClock(core, actor, a.id, '2026-02-24')).toMatchObject({ status: 'met', state: 'met', completedOn: '2026-02-24' });
    expect(completeClock(core, actor, b.id, '2026-02-25')).toMatchObject({ status: 'missed', state: 'missed' });
    expect(errorOf(() => completeClock(core, actor, a.id, '2026-02-26')).code).toBe('CONFLICT');
  });

  it('suspends and resumes a clock, moving the due date by the paused days', async () => {
    const { core, actor } = await clocksCore();
    const c = insertCase(core);
    const clock = openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2026-03-02', limitDays: 30 });
    expect(clock.dueOn).toBe('2026-04-01');

    const paused = suspendClock(core, actor, { clockId: clock.id, fromOn: '2026-03-10', reason: '等待房屋价值评估结果' });
    // Still paused "today" (2026-11-27): 3/10 … 11/26 are 262 days; 4/1 + 262 = Sat 12/19 → Mon 12/21.
    expect(paused.state).toBe('suspended');
    expect(paused.suspendedDays).toBe(262);
    expect(paused.dueOn).toBe('2026-12-21');
    expect(storedDueOn(core, clock.id)).toBe('2026-12-21');

    expect(errorOf(() => suspendClock(core, actor, { clockId: clock.id, fromOn: '2026-03-12', reason: 'again' })).code).toBe('CONFLICT');
    expect(errorOf(() => resumeClock(core, actor, { clockId: clock.id, toOn: '2026-03-09' })).code).toBe('VALIDATION');

    // Resumed on 3/20: 10 paused days; 4/1 + 10 = Sat 4/11 → Mon 4/13, now overdue.
    const resumed = resumeClock(core, actor, { clockId: clock.id, toOn: '2026-03-20' });
    expect(resumed).toMatchObject({ suspendedDays: 10, dueOn: '2026-04-13', state: 'overdue' });
    expect(resumed.adjustments).toEqual([
      expect.objectContaining({ kind: 'suspension', fromOn: '2026-03-10', toOn: '2026-03-20', reason: '等待房屋价值评估结果', operatorId: actor.operatorId }),
    ]);
    expect(storedDueOn(core, clock.id)).toBe('2026-04-13');
    expect(errorOf(() => resumeClock(core, actor, { clockId: clock.id, toOn: '2026-03-25' })).code).toBe('CONFLICT');
    expect(auditActions(core).slice(-3)).toEqual(['clock.open', 'clock.suspend', 'clock.resume']);
    expect(verifyAuditChain(core.q).ok).toBe(true);
  });

  it('refuses to suspend a clock that is not open, that ran out, or from a future day', async () => {
    const { core, actor } = await clocksCore();
    const c = insertCase(core);
    const done = openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2026-03-02', limitDays: 30 });
    completeClock(core, actor, done.id, '2026-03-20');
    expect(errorOf(() => suspendClock(core, actor, { clockId: done.id, fromOn: '2026-03-10', reason: '鉴定' })).code).toBe('CONFLICT');
    const open = openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2026-03-02', limitDays: 30 });
    expect(errorOf(() => suspendClock(core, actor, { clockId: open.id, fromOn: '2026-04-02', reason: '鉴定' })).params.detail).toMatch(/ran out on 2026-04-01/);
    expect(errorOf(() => suspendClock(core, actor, { clockId: open.id, fromOn: '2026-12-01', reason: '鉴定' })).code).toBe('VALIDATION');
    expect(errorOf(() => suspendClock(core, actor, { clockId: open.id, fromOn: '2026-03-10', reason: '  ' })).code).toBe('VALIDATION');
  });

  it('extends a clock by the agreed days and applies the rest-day move again', async () => {
    const { core, actor } = await clocksCore();
    const c = insertCase(core);
    const clock = openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2026-10-20', limitDays: 30 });
    // 10/20 + 30 = Thu 11/19. Extended by 10 → Sun 11/29 → Mon 11/30.
    expect(clock.dueOn).toBe('2026-11-19');
    const extended = extendClock(core, actor, { clockId: clock.id, extraDays: 10, reason: '双方同意延长化解期限' });
    expect(extended).toMatchObject({ extensionDays: 10, dueOn: '2026-11-30', daysLeft: 3, state: 'due_soon' });
    expect(extended.adjustments[0]).toMatchObject({ kind: 'extension', fromOn: '2026-11-27', extraDays: 10 });
    expect(errorOf(() => extendClock(core, actor, { clockId: clock.id, extraDays: 0, reason: 'x' })).code).toBe('VALIDATION');
  });

  it('lists clocks with their live state and case, and finds the due-soon and overdue ones', async () => {
    const { core, actor } = await clocksCore();
    const a = insertCase(core, '甲公司不动产登记争议');
    const b = insertCase(core, '乙某工伤认定争议');
    const soon = openClock(core, actor, { caseId: a.id, kind: 'resolution', triggerOn: '2026-03-02', limitDays: 30 }); // 4/1
    const late = openClock(core, actor, { caseId: b.id, kind: 'transfer_to_filing', triggerOn: '2026-03-16', limitDays: 5 }); // Sat 3/21 → Mon 3/23
    const later = openClock(core, actor, { caseId: b.id, kind: 'follow_up_visit', triggerOn: '2026-03-20', limitDays: 30 }); // Sun 4/19 → Mon 4/20
    const met = openClock(core, actor, { caseId: a.id, kind: 'step', triggerOn: '2026-03-02', limitDays: 3 });
    completeClock(core, actor, met.id, '2026-03-03');
    const cancelled = openClock(core, actor, { caseId: a.id, kind: 'follow_up_visit', triggerOn: '2026-03-02', limitDays: 3 });
    cancelClock(core, actor, cancelled.id, '案件终止');

    const today = '2026-03-27'; // Fri: 3/30, 3/31, 4/1 are the next 3 working days
    const all = listClocks(core, { today });
    expect(all.map((v) => [v.id, v.state])).toEqual([
      [met.id, 'met'],
      [cancelled.id, 'cancelled'],
      [late.id, 'overdue'],
      [soon.id, 'due_soon'],
      [later.id, 'open'],
    ]);
    expect(all.find((v) => v.id === late.id)).toMatchObject({ caseNumber: b.caseNumber, caseTitle: '乙某工伤认定争议', dueOn: '2026-03-23', daysLeft: -4 });
    expect(listClocks(core, { caseId: b.id, today }).map((v) => v.id)).toEqual([late.id, later.id]);
    expect(listClocks(core, { states: ['met', 'open'], today }).map((v) => v.id)).toEqual([met.id, later.id]);

    const due = dueSoonAndOverdue(core, today);
    expect(due.overdue).toEqual([
      { clockId: late.id, caseId: b.id, caseNumber: b.caseNumber, title: '乙某工伤认定争议', kind: 'transfer_to_filing', stepName: null, dueOn: '2026-03-23', daysLeft: -4, state: 'overdue' },
    ]);
    expect(due.dueSoon.map((d) => d.clockId)).toEqual([soon.id]);

    // Leaves out clocks of deleted cases.
    core.sqlite.prepare("UPDATE cases SET deleted_at = '2026-03-27T00:00:00Z' WHERE id = ?").run(b.id);
    expect(dueSoonAndOverdue(core, today).overdue).toEqual([]);
  });

  it('recomputes a stored due date that went stale, and writes nothing when it did not move', async () => {
    const { core, actor } = await clocksCore();
    const c = insertCase(core);
    const clock = openClock(core, actor, { caseId: c.id, kind: 'resolution', triggerOn: '2026-09-02', limitDays: 30 });
    core.sqlite.prepare("UPDATE clocks SET due_on = '2026-10-02' WHERE id = ?").run(clock.id);
    const before = auditActions(core).length;
    expect(recomputeClock(core, clock.id).dueOn).toBe('2026-10-08');
    expect(storedDueOn(core, clock.id)).toBe('2026-10-08');
    expect(auditActions(core)).toHaveLength(before + 1);
    recomputeClock(core, clock.id);
    expect(auditActions(core)).toHaveLength(before + 1);
    expect(getClock(core, clock.id).dueOn).toBe('2026-10-08');
  });
});
