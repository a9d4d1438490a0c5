import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../../../electron/contract/schemas/linkage';

/** 司法建议待反馈: suggestions from the court whose feedback is due within 10 days or late. */
export function SuggestionDueList({ items }: { items: Suggestion[] }) {
  const { t } = useTranslation();
  const late = items.filter((s) => s.overdue).length;
  return (
    <Card
      size="small"
      data-testid="suggestions-due"
      title={
        <span>
          {t('tasks.dashboard.suggestions')}{' '}
          <Tag color={items.length === 0 ? 'default' : late > 0 ? 'red' : 'orange'}>{items.length}</Tag>
        </span>
      }
    >
      <Table<Suggestion>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        scroll={{ y: 220 }}
        locale={{ emptyText: t('tasks.dashboard.suggestionsEmpty') }}
        columns={[
          {
            title: t('tasks.dashboard.suggestionAgency'),
            dataIndex: 'agencyName',
            width: 170,
            ellipsis: true,
            render: (name: string, s) => <Link to={`/agencies/${s.agencyId}`}>{name}</Link>,
          },
          {
            title: t('tasks.col.case'),
            dataIndex: 'caseNumber',
            width: 142,
            render: (n: string | null, s) =>
              s.caseId && n ? (
                <Link to={`/cases/${s.caseId}`} style={{ whiteSpace: 'nowrap' }}>
                  {n}
                </Link>
              ) : (
                (s.reference ?? '—')
              ),
          },
          { title: t('tasks.dashboard.suggestionContent'), dataIndex: 'content', ellipsis: true },
          { title: t('tasks.dashboard.replyDue'), dataIndex: 'replyDueOn', width: 98, render: (d: string | null) => d ?? '—' },
          {
            title: t('dashboard.daysLeft'),
            dataIndex: 'daysLeft',
            width: 100,
            render: (n: number | null, s) =>
              n === null ? (
                '—'
              ) : s.overdue || n < 0 ? (
                <Tag color="red">{t('tasks.calendarOverdue', { count: Math.abs(n) })}</Tag>
              ) : n === 0 ? (
                <Tag color="orange">{t('tasks.dueToday')}</Tag>
              ) : (
                <Typography.Text>{t('tasks.calendarLeft', { count: n })}</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}
