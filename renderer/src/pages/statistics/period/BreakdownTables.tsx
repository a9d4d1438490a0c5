import { Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodFigures } from '../../../../../electron/contract/schemas/period-summary';
import { formatRate } from '../rate';

/** A row of a by-group table: cases received, closed and resolved in the period, and the rate. */
interface GroupRow {
  key: string;
  name: string;
  received: number;
  closed: number;
  resolved: number;
  resolutionRate: number | null;
}

const CARD = { flex: '1 1 420px', minWidth: 0 } as const;

function GroupTable({ title, nameTitle, rows, testId }: { title: string; nameTitle: string; rows: GroupRow[]; testId: string }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<GroupRow> = [
    { title: nameTitle, dataIndex: 'name', ellipsis: true },
    { title: t('reports.period.received'), dataIndex: 'received', align: 'right', width: 88 },
    { title: t('reports.period.closed'), dataIndex: 'closed', align: 'right', width: 76 },
    { title: t('reports.period.resolved'), dataIndex: 'resolved', align: 'right', width: 92 },
    { title: t('reports.period.resolutionRate'), dataIndex: 'resolutionRate', align: 'right', width: 112, render: (rate: number | null) => formatRate(rate) },
  ];
  return (
    <Card size="small" title={title} style={CARD} data-testid={testId}>
      <Table<GroupRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        locale={{ emptyText: t('reports.period.none') }}
      />
    </Card>
  );
}

interface CountRow {
  key: string;
  name: string;
  count: number;
}

function CountTable({ title, nameTitle, rows, total, testId, footer }: {
  title: string;
  nameTitle: string;
  rows: CountRow[];
  total: number;
  testId: string;
  footer?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} style={CARD} data-testid={testId}>
      <Table<CountRow>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: nameTitle, dataIndex: 'name' },
          { title: t('reports.period.count'), dataIndex: 'count', align: 'right', width: 72 },
          { title: t('reports.period.share'), key: 'share', align: 'right', width: 80, render: (_, r) => formatRate(total > 0 ? r.count / total : null) },
        ]}
        footer={footer ? () => <Typography.Text type="secondary">{footer}</Typography.Text> : undefined}
      />
    </Card>
  );
}

/** The period's cases by stage (open at the end), outcome, dispute category, source and respondent agency. */
export function BreakdownTables({ figures }: { figures: PeriodFigures }) {
  const { t } = useTranslation();
  const openStaged = figures.byStage.reduce((sum, r) => sum + r.count, 0);
  const closed = figures.byOutcome.reduce((sum, r) => sum + r.count, 0);
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={12} align="flex-start">
        <CountTable
          title={t('reports.period.byStage')}
          nameTitle={t('reports.period.stage')}
          rows={figures.byStage.map((r) => ({ key: r.stage, name: t(`stage.${r.stage}`), count: r.count }))}
          total={openStaged}
          testId="summary-by-stage"
          footer={figures.stageUnrecorded > 0 ? t('reports.period.stageUnrecorded', { count: figures.stageUnrecorded }) : undefined}
        />
        <CountTable
          title={t('reports.period.byOutcome')}
          nameTitle={t('reports.period.outcome')}
          rows={figures.byOutcome.map((r) => ({ key: r.outcome, name: t(`outcome.${r.outcome}`), count: r.count }))}
          total={closed}
          testId="summary-by-outcome"
        />
      </Flex>
      <Flex wrap gap={12} align="flex-start">
        <GroupTable
          title={t('reports.period.byCategory')}
          nameTitle={t('reports.period.category')}
          rows={figures.byCategory.map((r) => ({ key: r.categoryId ?? '', ...r }))}
          testId="summary-by-category"
        />
        <GroupTable
          title={t('reports.period.bySource')}
          nameTitle={t('reports.period.source')}
          rows={figures.bySource.map((r) => ({ key: r.source, name: t(`source.${r.source}`), ...r }))}
          testId="summary-by-source"
        />
      </Flex>
      <GroupTable
        title={t('reports.period.byAgency')}
        nameTitle={t('reports.period.agency')}
        rows={figures.byAgency.map((r) => ({ key: r.agencyId, name: r.agencyName, ...r }))}
        testId="summary-by-agency"
      />
    </Flex>
  );
}
