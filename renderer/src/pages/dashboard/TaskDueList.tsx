import { Card, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../electron/contract/schemas/tasks';
import { TaskStateTag } from '../tasks/task-state';

/**
 * 协调事项即将到期 / 协调事项已逾期: unanswered tasks due within three working days or past due,
 * each linking to its case; the title links to the task list with the matching filter.
 */
export function TaskDueList({ kind, items, total }: { kind: 'dueSoon' | 'overdue'; items: Task[]; total: number }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid={kind === 'dueSoon' ? 'tasks-due-soon' : 'tasks-overdue'}
      title={
        <span>
          {t(`tasks.dashboard.${kind}`)}{' '}
          <Tag color={total === 0 ? 'default' : kind === 'overdue' ? 'red' : 'orange'} data-testid="task-due-total">
            {total}
          </Tag>
        </span>
      }
      extra={<Link to="/tasks">{t('tasks.dashboard.all')}</Link>}
    >
      <Table<Task>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        scroll={{ y: 220 }}
        locale={{ emptyText: t(`tasks.dashboard.${kind}Empty`) }}
        columns={[
          {
            title: t('tasks.col.case'),
            dataIndex: 'caseNumber',
            width: 142,
            render: (n: string | null, task) =>
              task.caseId && n ? (
                <Link to={`/cases/${task.caseId}?tab=tasks`} style={{ whiteSpace: 'nowrap' }}>
                  {n}
                </Link>
              ) : (
                <Typography.Text type="secondary">{task.meetingId ? t('tasks.fromMeeting') : '—'}</Typography.Text>
              ),
          },
          {
            title: t('tasks.col.agency'),
            dataIndex: 'agencyName',
            ellipsis: { showTitle: false },
            // The request is too long for this half-width card: it is the agency cell's tooltip.
            render: (name: string, task) => <Tooltip title={task.request}>{name}</Tooltip>,
          },
          { title: t('tasks.col.dueOn'), dataIndex: 'dueOn', width: 98 },
          {
            title: t('tasks.col.state'),
            dataIndex: 'state',
            width: 150,
            render: (_: Task['state'], task) => <TaskStateTag task={task} compact />,
          },
        ]}
      />
    </Card>
  );
}
