import { Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Task } from '../../../../electron/contract/schemas/tasks';
import { TaskStateTag } from './task-state';
import { TaskRowActions, type TaskAction } from './TaskRowActions';

/** Which list the columns are for: a case's list leaves out the case, an agency's the agency. */
export type TaskColumnSet = 'all' | 'agency' | 'case';

/**
 * The list's columns. The reply column only where replies can be (answered, closed, all): the open
 * lists stay narrow enough for a 1366-pixel screen without scrolling sideways.
 */
export function taskColumns(
  t: TFunction,
  set: TaskColumnSet,
  showReply: boolean,
  onAction: (action: TaskAction, task: Task) => void,
): ColumnsType<Task> {
  const cols: ColumnsType<Task> = [];
  if (set !== 'case') {
    cols.push({
      key: 'caseNumber',
      dataIndex: 'caseNumber',
      title: t('tasks.col.case'),
      width: 140,
      render: (n: string | null, task) =>
        task.caseId && n ? (
          <Tooltip title={task.caseTitle}>
            <Link to={`/cases/${task.caseId}?tab=tasks`} style={{ whiteSpace: 'nowrap' }}>
              {n}
            </Link>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{task.meetingId ? t('tasks.fromMeeting') : '—'}</Typography.Text>
        ),
    });
  }
  if (set !== 'agency') {
    cols.push({
      key: 'agencyName',
      dataIndex: 'agencyName',
      title: t('tasks.col.agency'),
      width: 160,
      ellipsis: { showTitle: true },
      render: (name: string, task) => <Link to={`/agencies/${task.agencyId}?tab=tasks`}>{name}</Link>,
    });
  }
  cols.push(
    { key: 'contactName', dataIndex: 'contactName', title: t('tasks.col.contact'), width: 80, ellipsis: true, render: (v: string | null) => v ?? '—' },
    {
      key: 'request',
      dataIndex: 'request',
      title: t('tasks.col.request'),
      // Narrower when the reply column is shown, so the two long texts share the width.
      width: (set === 'all' ? 220 : 250) - (showReply ? 80 : 0),
      ellipsis: { showTitle: true },
    },
    { key: 'sentOn', dataIndex: 'sentOn', title: t('tasks.col.sentOn'), width: 96 },
    {
      key: 'dueOn',
      dataIndex: 'dueOn',
      title: t('tasks.col.dueOn'),
      width: 96,
      render: (due: string, task) =>
        task.overdue ? (
          <Typography.Text type="danger" strong>
            {due}
          </Typography.Text>
        ) : (
          due
        ),
    },
    {
      key: 'state',
      dataIndex: 'state',
      title: t('tasks.col.state'),
      width: 180,
      render: (_: Task['state'], task) => <TaskStateTag task={task} />,
    },
  );
  if (showReply) {
    cols.push({
      key: 'reply',
      dataIndex: 'replyText',
      title: t('tasks.col.reply'),
      width: 170,
      ellipsis: { showTitle: true },
      render: (reply: string | null, task) =>
        reply ? (
          <span title={reply}>
            <Typography.Text type="secondary">{task.repliedOn} </Typography.Text>
            {reply}
          </span>
        ) : (
          '—'
        ),
    });
  }
  cols.push({
    key: 'actions',
    title: t('common.actions'),
    width: 150,
    fixed: 'right',
    render: (_: unknown, task) => <TaskRowActions task={task} onAction={onAction} />,
  });
  return cols;
}

export function columnsWidth(cols: ColumnsType<Task>): number {
  return cols.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 120), 0);
}
