import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../../electron/contract/schemas/meetings';

/**
 * Action items as recorded: the case, the agency and contact, what is asked, by when, and the
 * coordination task each became (linked to the agency's task list, where it is followed up).
 */
export function ActionItemsTable({ items, testId }: { items: readonly ActionItem[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table<ActionItem>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...items]}
      data-testid={testId}
      locale={{ emptyText: t('meetings.minutes.noActions') }}
      columns={[
        {
          key: 'case',
          title: t('meetings.minutes.col.case'),
          width: 170,
          render: (_, a) => (a.caseId ? <Link to={`/cases/${a.caseId}`}>{a.caseNumber}</Link> : '—'),
        },
        {
          key: 'agency',
          title: t('meetings.minutes.col.agency'),
          render: (_, a) => (a.agencyId ? <Link to={`/agencies/${a.agencyId}`}>{a.agencyName}</Link> : '—'),
        },
        { key: 'contact', title: t('meetings.minutes.col.contact'), width: 100, render: (_, a) => a.contactName ?? '—' },
        { key: 'what', title: t('meetings.minutes.col.what'), render: (_, a) => <Typography.Text className="adr-cell-text">{a.description}</Typography.Text> },
        { key: 'due', title: t('meetings.minutes.col.dueOn'), width: 110, render: (_, a) => a.dueOn ?? '—' },
        {
          key: 'task',
          title: t('meetings.minutes.col.task'),
          width: 150,
          render: (_, a) =>
            a.taskId && a.agencyId ? (
              <Link to={`/agencies/${a.agencyId}?tab=tasks`} title={t('meetings.minutes.taskLink')} data-testid="action-task-link">
                <Tag color={a.taskStatus === 'closed' ? 'success' : 'processing'}>
                  {a.taskStatus ? t(`tasks.state.${a.taskStatus}`, { defaultValue: a.taskStatus }) : t('meetings.minutes.task')}
                </Tag>
              </Link>
            ) : (
              <Typography.Text type="secondary">{t(`meetings.minutes.actionStatus.${a.status}`)}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
