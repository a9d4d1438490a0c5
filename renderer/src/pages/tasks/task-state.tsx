import { Flex, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../electron/contract/schemas/tasks';

const STATE_COLORS: Record<Task['state'], string> = {
  sent: 'blue',
  acknowledged: 'cyan',
  answered: 'green',
  closed: 'default',
  due_soon: 'orange',
  overdue: 'red',
};

/** Working days left or overdue, for a task still waiting for its answer; '' once answered. */
export function daysText(t: TFunction, task: Pick<Task, 'daysLeft'>): string {
  const n = task.daysLeft;
  if (n === null) return '';
  if (n === 0) return t('tasks.dueToday');
  return n > 0 ? t('tasks.daysLeft', { count: n }) : t('tasks.overdueBy', { count: -n });
}

/**
 * 已发送 / 已签收 / 已答复 / 已办结 / 即将到期 / 已逾期 on the first line (an open task near or past
 * its date also shows whether it was signed for), then the working days left or overdue, then how
 * often it was chased. `compact` leaves out the status and the reminders (narrow dashboard lists).
 */
export function TaskStateTag({ task, compact = false }: { task: Task; compact?: boolean }) {
  const { t } = useTranslation();
  const days = daysText(t, task);
  const urgent = task.state === 'overdue' || task.state === 'due_soon';
  const reminded = !compact && task.reminderCount > 0 ? t('tasks.reminded', { count: task.reminderCount }) : '';
  return (
    <Flex vertical gap={2} align="flex-start" data-testid="task-state" data-state={task.state}>
      <Flex gap={4} wrap={false}>
        <Tag color={STATE_COLORS[task.state]} style={{ marginInlineEnd: 0 }} data-testid="task-state-tag">
          {t(`tasks.state.${task.state}`)}
        </Tag>
        {urgent && !compact ? (
          <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
            {t(`tasks.state.${task.status}`)}
          </Tag>
        ) : null}
      </Flex>
      {days ? (
        <Typography.Text
          type={task.state === 'overdue' ? 'danger' : task.state === 'due_soon' ? 'warning' : 'secondary'}
          style={{ fontSize: 12, whiteSpace: 'nowrap' }}
          data-testid="task-days"
        >
          {days}
        </Typography.Text>
      ) : null}
      {reminded ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="task-reminded">
          {reminded}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
