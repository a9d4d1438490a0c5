import { Card, Empty, Table } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PeriodFigures } from '../../../../../electron/contract/schemas/period-summary';

type TypicalCase = PeriodFigures['typicalCases'][number];

/** 典型案例: the cases closed in the period and flagged for publicity, each a link to its page. */
export function TypicalCasesCard({ cases }: { cases: PeriodFigures['typicalCases'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('reports.period.typicalCases')} data-testid="summary-typical">
      {cases.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.period.typicalEmpty')} />
      ) : (
        <Table<TypicalCase>
          size="small"
          rowKey="caseId"
          dataSource={cases}
          pagination={false}
          columns={[
            {
              title: t('reports.period.caseNumber'),
              dataIndex: 'caseNumber',
              width: 160,
              render: (value: string, r) => <Link to={`/cases/${r.caseId}`}>{value}</Link>,
            },
            { title: t('reports.period.caseTitle'), dataIndex: 'title', ellipsis: true },
            { title: t('reports.period.category'), dataIndex: 'category', width: 190, render: (value: string | null) => value ?? '—' },
            { title: t('reports.period.outcome'), dataIndex: 'outcome', width: 150, render: (value: TypicalCase['outcome']) => t(`outcome.${value}`) },
            { title: t('reports.period.receivedOn'), dataIndex: 'receivedOn', width: 104 },
            { title: t('reports.period.closedOn'), dataIndex: 'closedOn', width: 104 },
          ]}
        />
      )}
    </Card>
  );
}
