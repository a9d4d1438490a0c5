import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../electron/contract/schemas/dashboard';

type Row = DashboardSummary['byCategory'][number];

/** Case counts per dispute category, most frequent first (the core sorts them). */
export function CategoryTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('dashboard.byCategory')} data-testid="by-category">
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="category"
        dataSource={rows}
        columns={[
          {
            title: t('dashboard.category'),
            dataIndex: 'category',
            // The category list is the center's own data, so names are shown as stored.
            render: (category: string) => category || t('dashboard.uncategorized'),
          },
          { title: t('dashboard.count'), dataIndex: 'count', align: 'right', width: 96 },
        ]}
      />
    </Card>
  );
}
