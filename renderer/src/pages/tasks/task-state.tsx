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

/** 已发送 / 已签收 / 已答复 / 已办结 / 即将到期 / 已逾期, with the days left or overdue. */
export function TaskStateTag({ task, compact = false }: { task: Task; compact?: boolean }) {
  const { t } = useTranslation();
  const days = daysText(t, task);
  // An open task near or past its date says so in the tag; its stored status follows in grey.
  const urgent = task.state === 'overdue' || task.state === 'due_soon';
  return (
    <Flex vertical gap={2} data-testid="task-state" data-state={task.state}>
      <span>
        <Tag color={STATE_COLORS[task.state]} style={{ marginInlineEnd: 4 }}>
          {t(`tasks.state.${task.state}`)}
        </Tag>
        {days && !compact ? (
          <Typography.Text type={task.state === 'overdue' ? 'danger' : urgent ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
            {days}
          </Typography.Text>
        ) : null}
      </span>
      {!compact && (urgent || task.reminderCount > 0) ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[urgent ? t(`tasks.state.${task.status}`) : null, task.reminderCount > 0 ? t('tasks.reminded', { count: task.reminderCount }) : null]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
