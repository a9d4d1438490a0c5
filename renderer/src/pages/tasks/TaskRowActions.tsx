import { Button, Dropdown, Flex } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../electron/contract/schemas/tasks';

export type TaskAction = 'acknowledge' | 'reply' | 'close' | 'remind' | 'notice' | 'edit';

/** What can be done to a task in its status, the usual next step first. */
export function availableActions(task: Task): TaskAction[] {
  switch (task.status) {
    case 'sent':
      return ['acknowledge', 'reply', 'close', 'remind', 'notice', 'edit'];
    case 'acknowledged':
      return ['reply', 'close', 'remind', 'notice', 'edit'];
    case 'answered':
      return ['close', 'notice', 'edit'];
    case 'closed':
      return ['notice'];
  }
}

/**
 * The one button shown in the row — the usual next step — the rest go into the "more" menu. One
 * button keeps the column narrow enough for the English labels too.
 */
function inline(task: Task): TaskAction[] {
  switch (task.status) {
    case 'sent':
      return ['acknowledge'];
    case 'acknowledged':
      return ['reply'];
    case 'answered':
      return ['close'];
    case 'closed':
      return ['notice'];
  }
}

/** 签收 · 录入答复 · 办结 · 催办 · 督办通知 · 编辑, as buttons and a keyboard-reachable menu. */
export function TaskRowActions({ task, onAction }: { task: Task; onAction: (action: TaskAction, task: Task) => void }) {
  const { t } = useTranslation();
  const shown = inline(task);
  const more = availableActions(task).filter((a) => !shown.includes(a));
  const label = (a: TaskAction) => (a === 'remind' && task.reminderCount > 0 ? t('tasks.action.remindCount', { count: task.reminderCount }) : t(`tasks.action.${a}`));
  const items: MenuProps['items'] = more.map((a) => ({
    key: a,
    label: <span data-testid={`task-action-${a}`}>{label(a)}</span>,
  }));
  return (
    // Clicks on the buttons must not also count as a click on the row.
    <Flex gap={0} align="center" wrap={false} onClick={(e) => e.stopPropagation()}>
      {shown.map((a) => (
        <Button key={a} size="small" type="link" onClick={() => onAction(a, task)} data-testid={`task-action-${a}`} style={{ paddingInline: 4 }}>
          {label(a)}
        </Button>
      ))}
      {more.length > 0 ? (
        <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => onAction(key as TaskAction, task) }}>
          <Button size="small" type="text" icon={<MoreOutlined />} aria-label={t('tasks.action.more')} data-testid="task-more" />
        </Dropdown>
      ) : null}
    </Flex>
  );
}
