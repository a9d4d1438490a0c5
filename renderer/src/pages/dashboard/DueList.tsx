import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../electron/contract/schemas/dashboard';
import { clockColor, clockTitle, daysLeftText } from '../case/clock-display';

type DueItem = DashboardSummary['dueSoon'][number];

/** Clocks due within three working days, or already overdue: the morning's to-do list. */
export function DueList({ kind, items }: { kind: 'dueSoon' | 'overdue' | 'transfers'; items: DueItem[] }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={
        <span>
          {t(`dashboard.${kind}`)}{' '}
          <Tag color={items.length === 0 ? 'default' : kind === 'overdue' ? 'red' : 'orange'}>{items.length}</Tag>
        </span>
      }
      data-testid={kind === 'dueSoon' ? 'due-soon' : kind === 'transfers' ? 'transfers' : 'overdue'}
    >
      <Table<DueItem>
        size="small"
        rowKey="clockId"
        pagination={false}
        dataSource={items}
        scroll={{ y: 220 }}
        locale={{ emptyText: t(`dashboard.${kind}Empty`) }}
        columns={[
          {
            title: t('cases.col.caseNumber'),
            dataIndex: 'caseNumber',
            width: 142,
            render: (n: string, row) => <Link to={`/cases/${row.caseId}?tab=clocks`} style={{ whiteSpace: 'nowrap' }}>
                {n}
              </Link>,
          },
          { title: t('cases.col.title'), dataIndex: 'title', ellipsis: true },
          {
            title: t('dashboard.clock'),
            dataIndex: 'kind',
            width: 90,
            ellipsis: true,
            render: (_: DueItem['kind'], row) => clockTitle(t, row),
          },
          { title: t('clock.due'), dataIndex: 'dueOn', width: 98 },
          {
            title: t('dashboard.daysLeft'),
            dataIndex: 'daysLeft',
            width: 92,
            render: (_: number, row) => (
              <Tag color={clockColor(row.state)} style={{ marginInlineEnd: 0 }}>
                <Typography.Text style={{ color: 'inherit', fontSize: 12 }}>{daysLeftText(t, row)}</Typography.Text>
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
