import { Card, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PeriodFigures } from '../../../../../electron/contract/schemas/period-summary';

type OverdueClock = PeriodFigures['overdue']['clocks'][number];
type OverdueTask = PeriodFigures['overdue']['tasks'][number];

const PAGING = { pageSize: 10, size: 'small', showSizeChanger: false } as const;

/** The clocks and coordination tasks that were overdue at the period's end, worst first as the core sorts them. */
export function OverdueTables({ overdue }: { overdue: PeriodFigures['overdue'] }) {
  const { t } = useTranslation();
  const days = (n: number) => <Typography.Text type="danger">{n}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('reports.period.overdueClockList')} data-testid="summary-overdue-clock-list">
        <Table<OverdueClock>
          size="small"
          rowKey="clockId"
          dataSource={overdue.clocks}
          pagination={overdue.clocks.length > 10 ? PAGING : false}
          locale={{ emptyText: t('reports.period.none') }}
          columns={[
            {
              title: t('reports.period.caseNumber'),
              dataIndex: 'caseNumber',
              width: 150,
              render: (value: string, r) => <Link to={`/cases/${r.caseId}`}>{value}</Link>,
            },
            { title: t('reports.period.caseTitle'), dataIndex: 'caseTitle', ellipsis: true },
            {
              title: t('reports.period.clockKind'),
              dataIndex: 'kind',
              width: 130,
              render: (kind: OverdueClock['kind'], r) => (r.kind === 'step' && r.stepName ? r.stepName : t(`clockKind.${kind}`)),
            },
            { title: t('reports.period.dueOn'), dataIndex: 'dueOn', width: 104 },
            { title: t('reports.period.daysOverdue'), dataIndex: 'daysOverdue', width: 88, align: 'right', render: days },
          ]}
        />
      </Card>
      <Card size="small" title={t('reports.period.overdueTaskList')} data-testid="summary-overdue-task-list">
        <Table<OverdueTask>
          size="small"
          rowKey="taskId"
          dataSource={overdue.tasks}
          pagination={overdue.tasks.length > 10 ? PAGING : false}
          locale={{ emptyText: t('reports.period.none') }}
          columns={[
            {
              title: t('reports.period.agency'),
              dataIndex: 'agencyName',
              width: 220,
              ellipsis: true,
              render: (value: string, r) => <Link to={`/agencies/${r.agencyId}?tab=tasks`}>{value}</Link>,
            },
            { title: t('reports.period.request'), dataIndex: 'request', ellipsis: true },
            { title: t('reports.period.caseNumber'), dataIndex: 'caseNumber', width: 150, render: (value: string | null) => value ?? '—' },
            { title: t('reports.period.dueOn'), dataIndex: 'dueOn', width: 104 },
            { title: t('reports.period.daysOverdue'), dataIndex: 'daysOverdue', width: 88, align: 'right', render: days },
          ]}
        />
      </Card>
    </Flex>
  );
}
