import { useEffect } from 'react';
import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuarterlyStore } from '../../../stores/stores';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PeriodPicker } from '../PeriodPicker';
import { AppearanceSummary } from '../appearance/AppearanceSummary';
import { AppearanceTable } from '../appearance/AppearanceTable';
import { periodLabel } from '../period-format';
import { ExportButtons } from './ExportButtons';
import { NamedAgencyCard } from './NamedAgencyCard';

/**
 * 季度通报: the quarter's totals, the agencies named with their reasons and rectification
 * feedback, and the notice as DOCX or XLSX.
 */
export function QuarterlyTab({ quarter, onQuarterChange }: { quarter: string; onQuarterChange: (quarter: string) => void }) {
  const { t } = useTranslation();
  const report = useQuarterlyStore((s) => s.report);
  const loadedQuarter = useQuarterlyStore((s) => s.quarter);
  const error = useQuarterlyStore((s) => s.error);
  const load = useQuarterlyStore((s) => s.load);
  const watch = useQuarterlyStore((s) => s.watch);

  useEffect(() => {
    void load(quarter);
  }, [load, quarter]);

  useEffect(() => watch(), [watch]);

  const current = report && report.quarter === loadedQuarter ? report : null;

  return (
    <Flex vertical gap={12} data-testid="tab-quarterly">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text>{t('linkage.quarterly.quarter')}</Typography.Text>
          <PeriodPicker quarterOnly value={{ quarter }} onChange={(p) => 'quarter' in p && onQuarterChange(p.quarter)} testId="quarter-picker" />
          {current ? (
            <Typography.Text type="secondary">{t('linkage.period.range', { from: current.from, to: current.to })}</Typography.Text>
          ) : null}
        </Flex>
        <ExportButtons disabled={!current} />
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      {!current ? (
        error ? null : <Spin style={{ display: 'block', margin: 48 }} />
      ) : (
        <>
          <AppearanceSummary
            totals={{ ...current.totals, belowTarget: current.totals.rate !== null && current.totals.rate < current.target }}
            target={current.target}
          />
          <Card
            size="small"
            title={`${periodLabel(t, { quarter: current.quarter })} · ${t('linkage.quarterly.named')}`}
            extra={current.entries.length > 0 ? t('linkage.quarterly.namedCount', { count: current.entries.length }) : null}
            data-testid="quarterly-named"
          >
            {current.entries.length === 0 ? (
              <Empty
                data-testid="quarterly-empty"
                description={
                  <>
                    <Typography.Title level={5}>{t('linkage.quarterly.empty')}</Typography.Title>
                    <Typography.Text type="secondary">{t('linkage.quarterly.emptyHint')}</Typography.Text>
                  </>
                }
              />
            ) : (
              <Flex vertical gap={12}>
                {current.entries.map((entry, i) => (
                  <NamedAgencyCard key={entry.agencyId} entry={entry} index={i} />
                ))}
              </Flex>
            )}
          </Card>
          <AppearanceTable rows={current.appearance} title={t('linkage.quarterly.appearanceTable')} testId="quarterly-appearance" />
        </>
      )}
    </Flex>
  );
}
