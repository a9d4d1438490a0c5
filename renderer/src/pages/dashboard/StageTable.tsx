import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../electron/contract/schemas/dashboard';

type Row = DashboardSummary['byStage'][number];

/** Case counts per stage, in the stages' own order (intake → closed). */
export function StageTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('dashboard.byStage')} data-testid="by-stage">
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="stage"
        dataSource={rows}
        columns={[
          { title: t('dashboard.stage'), dataIndex: 'stage', render: (stage: Row['stage']) => t(`stage.${stage}`) },
          { title: t('dashboard.count'), dataIndex: 'count', align: 'right', width: 96 },
        ]}
      />
    </Card>
  );
}
