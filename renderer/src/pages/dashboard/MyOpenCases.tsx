import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../electron/contract/schemas/dashboard';

type Row = DashboardSummary['myOpenCases'][number];

/** 我的在办案件: open cases the acting operator coordinates. */
export function MyOpenCases({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('dashboard.myOpenCases')} data-testid="my-open-cases">
      <Table<Row>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        scroll={{ y: 240 }}
        locale={{ emptyText: t('dashboard.myOpenCasesEmpty') }}
        columns={[
          {
            title: t('cases.col.caseNumber'),
            dataIndex: 'caseNumber',
            width: 142,
            render: (n: string, row) => <Link to={`/cases/${row.id}`} style={{ whiteSpace: 'nowrap' }}>
                {n}
              </Link>,
          },
          { title: t('cases.col.title'), dataIndex: 'title', ellipsis: true },
          { title: t('cases.col.stage'), dataIndex: 'stage', width: 84, render: (s: Row['stage']) => <Tag>{t(`stage.${s}`)}</Tag> },
          { title: t('cases.col.nextDue'), dataIndex: 'nextDueOn', width: 104, render: (d: string | null) => d ?? '—' },
        ]}
      />
    </Card>
  );
}
