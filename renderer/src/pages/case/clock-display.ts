import type { TFunction } from 'i18next';
import type { ClockView } from '../../../../electron/contract/schemas/cases';

/** Tag colours by clock state: green running, orange due soon, red overdue, grey suspended. */
export function clockColor(state: ClockView['state']): string {
  switch (state) {
    case 'open':
      return 'green';
    case 'due_soon':
      return 'orange';
    case 'overdue':
    case 'missed':
      return 'red';
    case 'suspended':
      return 'default';
    case 'met':
      return 'blue';
    case 'cancelled':
      return 'default';
  }
}

/** Running clocks count down; finished ones say how they ended. */
export function isRunning(state: ClockView['state']): boolean {
  return state === 'open' || state === 'due_soon' || state === 'overdue' || state === 'suspended';
}

/** "剩 3 天" / "今日到期" / "逾期 2 天", or the final state for a finished clock. */
export function daysLeftText(t: TFunction, clock: Pick<ClockView, 'daysLeft' | 'state'>): string {
  if (!isRunning(clock.state)) return t(`clockState.${clock.state}`);
  if (clock.state === 'suspended') return t('clock.suspendedLeft', { count: clock.daysLeft });
  if (clock.daysLeft > 0) return t('clock.daysLeft', { count: clock.daysLeft });
  if (clock.daysLeft === 0) return t('clock.dueToday');
  return t('clock.overdueBy', { count: -clock.daysLeft });
}

/** The clock's name: its kind, and for step clocks the step. */
export function clockTitle(t: TFunction, clock: Pick<ClockView, 'kind' | 'stepName'>): string {
  const kind = t(`clockKind.${clock.kind}`);
  return clock.kind === 'step' && clock.stepName ? `${kind} · ${clock.stepName}` : kind;
}
