import type { FieldIssue, Localized } from '../../contract/result';
import type { TaskStatus } from '../../contract/schemas/tasks';
import { isIsoDate } from '../clocks';
import { conflict, field, notFound, t } from '../cases/messages';
import type { CoreError } from '../errors';

/** Bilingual wording of the task services (see cases/messages.ts for the conventions). */

export const TASK_STATUS_LABEL: Record<TaskStatus, Localized> = {
  sent: t('已发出', 'sent'),
  acknowledged: t('已签收', 'acknowledged'),
  answered: t('已答复', 'answered'),
  closed: t('已办结', 'closed'),
};

export type TaskMove = 'acknowledge' | 'reply' | 'close' | 'remind' | 'update';

const MOVE_LABEL: Record<TaskMove, Localized> = {
  acknowledge: t('签收', 'acknowledged'),
  reply: t('答复', 'answered'),
  close: t('办结', 'closed'),
  remind: t('催办', 'reminded'),
  update: t('修改', 'edited'),
};

/**
 * A move the status flow does not allow from where the task stands, worded by what happened to
 * the task, e.g. "该协调事项已于2026-10-09答复，不能再签收". Params carry the status and the move
 * so the UI can key on them.
 */
export function moveRefused(
  task: { status: TaskStatus; acknowledged_on: string | null; replied_on: string | null; closed_on: string | null },
  move: TaskMove,
): CoreError {
  const when = { acknowledged: task.acknowledged_on, answered: task.replied_on, closed: task.closed_on, sent: null }[task.status];
  const zhWhen = when ? `已于${when}${TASK_STATUS_LABEL[task.status]['zh-CN'].slice(1)}` : `${TASK_STATUS_LABEL[task.status]['zh-CN']}`;
  const enWhen = when ? `was ${TASK_STATUS_LABEL[task.status].en} on ${when}` : `is ${TASK_STATUS_LABEL[task.status].en}`;
  return conflict(
    `该协调事项${zhWhen}，不能再${MOVE_LABEL[move]['zh-CN']}`,
    `The coordination task ${enWhen}; it cannot be ${MOVE_LABEL[move].en} any more`,
    { status: task.status, move },
  );
}

/**
 * Problems with a date of the task's life (acknowledged, answered, closed): a real date, not
 * before `notBefore` (the sending date, or the step before) and not in the future.
 */
export function dateIssues(
  path: string,
  on: string,
  notBefore: { date: string; zh: string; en: string },
  today: string,
): FieldIssue[] {
  if (!isIsoDate(on)) return [field(path, `日期 ${on} 不存在`, `${on} is not a calendar date`)];
  if (on > today) return [field(path, `日期不能晚于今天（${today}）`, `The date cannot be after today (${today})`)];
  if (on < notBefore.date) {
    return [field(path, `日期不能早于${notBefore.zh}（${notBefore.date}）`, `The date cannot be before the ${notBefore.en} (${notBefore.date})`)];
  }
  return [];
}

export function taskNotFound(id: string): CoreError {
  return notFound(`协调事项 ${id}`, `coordination task ${id}`);
}
