import { useEffect } from 'react';
import { Button, Flex, Spin, Typography } from 'antd';
import { FileTextOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePeriodSummaryStore } from '../../../stores/stores';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { periodString, summaryRange, type SummaryPeriod } from './summary-period';
import { SummaryPeriodPicker } from './SummaryPeriodPicker';
import { SummaryCards } from './SummaryCards';
import { MonthlyChart } from './MonthlyChart';
import { BreakdownTables } from './BreakdownTables';
import { OverdueTables } from './OverdueTables';
import { TypicalCasesCard } from './TypicalCasesCard';

/**
 * 工作情况: the period summary the center reports to the committee, the court and the public, for
 * a month, quarter, year or any range; shown here as the core computes it, exported as DOCX or
 * PDF (with charts) or XLSX (one sheet per table).
 */
export function PeriodSummaryTab({ period, onPeriodChange }: { period: SummaryPeriod; onPeriodChange: (period: SummaryPeriod) => void }) {
  const { t } = useTranslation();
  const key = periodString(period);
  const figures = usePeriodSummaryStore((s) => (s.figures && s.period === key ? s.figures : null));
  const loading = usePeriodSummaryStore((s) => s.loading);
  const error = usePeriodSummaryStore((s) => s.error);
  const load = usePeriodSummaryStore((s) => s.load);
  const watch = usePeriodSummaryStore((s) => s.watch);
  const range = summaryRange(period);

  useEffect(() => {
    void load(key);
  }, [load, key]);

  useEffect(() => watch(), [watch]);

  return (
    <Flex vertical gap={12} data-testid="tab-summary">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text>{t('reports.period.label')}</Typography.Text>
          <SummaryPeriodPicker value={period} onChange={onPeriodChange} />
          {period.kind === 'range' ? null : <Typography.Text type="secondary">{t('reports.period.span', range)}</Typography.Text>}
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void load()}>
            {t('reports.period.refresh')}
          </Button>
        </Flex>
        <ExportButton
          channel="summary.period"
          label={t('reports.period.export')}
          icon={<FileTextOutlined />}
          testId="summary-period-export"
          placement="bottomRight"
          disabled={!figures}
          formats={[
            { key: 'docx', label: t('reports.format.docx'), input: { period: key, format: 'docx' } },
            { key: 'pdf', label: t('reports.format.pdf'), input: { period: key, format: 'pdf' } },
            { key: 'xlsx', label: t('reports.format.xlsx'), input: { period: key, format: 'xlsx' } },
          ]}
        />
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      {!figures ? (
        error ? null : <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <>
          {figures.period.asOf < figures.period.to ? (
            <Typography.Text type="secondary" data-testid="summary-as-of">
              {t('reports.period.asOf', { date: figures.period.asOf })}
            </Typography.Text>
          ) : null}
          <SummaryCards figures={figures} />
          {figures.monthly.length > 1 ? <MonthlyChart rows={figures.monthly} /> : null}
          <BreakdownTables figures={figures} />
          <OverdueTables overdue={figures.overdue} />
          <TypicalCasesCard cases={figures.typicalCases} />
        </>
      )}
    </Flex>
  );
}
