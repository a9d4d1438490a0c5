import { useEffect, type ReactNode } from 'react';
import { Button, Flex, Spin, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLinkageStore, useReferenceStore } from '../../stores/stores';
import { isQuarterKey, parsePeriod, periodKey, periodRange, quarterOf, type LinkagePeriod } from '../../stores/linkage-period';
import { ErrorAlert } from '../../components/ErrorAlert';
import { today } from '../../lib/format';
import { PeriodPicker } from './PeriodPicker';
import { AppearanceTab } from './appearance/AppearanceTab';
import { SuggestionsTab } from './suggestions/SuggestionsTab';
import { AttendanceTab } from './attendance/AttendanceTab';
import { QuarterlyTab } from './quarterly/QuarterlyTab';
import { PeriodSummaryTab } from './period/PeriodSummaryTab';
import { parseSummaryPeriod, periodString } from './period/summary-period';

const TABS = ['appearance', 'suggestions', 'attendance', 'quarterly', 'summary'] as const;
/** Tabs with their own period control instead of the page's linkage period. */
const OWN_PERIOD: readonly Tab[] = ['quarterly', 'summary'];
type Tab = (typeof TABS)[number];

/**
 * 府院联动统计: heads' court appearances against the 70% target, judicial suggestions, hearing
 * attendance and the quarterly notice. Tab, period and quarter live in the address, so a reload
 * or a shared link shows the same figures.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const storePeriod = useLinkageStore((s) => s.period);
  const stats = useLinkageStore((s) => s.stats);
  const hearings = useLinkageStore((s) => s.hearings);
  const suggestions = useLinkageStore((s) => s.suggestions);
  const attendance = useLinkageStore((s) => s.attendance);
  const loading = useLinkageStore((s) => s.loading);
  const error = useLinkageStore((s) => s.error);
  const load = useLinkageStore((s) => s.load);
  const watch = useLinkageStore((s) => s.watch);
  const loadReference = useReferenceStore((s) => s.load);
  const watchReference = useReferenceStore((s) => s.watch);

  const tabParam = params.get('tab');
  const tab: Tab = (TABS as readonly (string | null)[]).includes(tabParam) ? (tabParam as Tab) : 'appearance';
  const period = parsePeriod(params.get('period')) ?? storePeriod;
  const key = periodKey(period);
  const quarterParam = params.get('quarter');
  const quarter = isQuarterKey(quarterParam) ? quarterParam : 'quarter' in period ? period.quarter : quarterOf(today());
  const summaryPeriod = parseSummaryPeriod(params.get('summaryPeriod')) ?? parseSummaryPeriod(quarterOf(today()))!;

  useEffect(() => {
    void loadReference();
    return watchReference();
  }, [loadReference, watchReference]);

  useEffect(() => {
    // The key stands for the period: an object made afresh each render must not reload.
    const p = parsePeriod(key);
    if (p) void load(p);
  }, [load, key]);

  useEffect(() => watch(), [watch]);

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
  }

  function handlePeriod(next: LinkagePeriod) {
    update({ period: periodKey(next) });
  }

  const range = periodRange(period);
  const body = (render: () => ReactNode) =>
    stats ? render() : error ? null : <Spin style={{ display: 'block', margin: 48 }} />;

  return (
    <div data-testid="page-statistics">
      {/* The same height with or without the period controls, so switching tabs does not jump. */}
      <Flex align="center" justify="space-between" wrap gap={8} style={{ marginBottom: 4, minHeight: 32 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('linkage.title')}
        </Typography.Title>
        {OWN_PERIOD.includes(tab) ? null : (
          <Flex align="center" gap={8} wrap>
            <Typography.Text>{t('linkage.period.label')}</Typography.Text>
            <PeriodPicker value={period} onChange={handlePeriod} testId="period-picker" />
            <Typography.Text type="secondary">{t('linkage.period.range', range)}</Typography.Text>
            <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void load()}>
              {t('linkage.refresh')}
            </Button>
          </Flex>
        )}
      </Flex>
      {error && !OWN_PERIOD.includes(tab) ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      <Tabs
        activeKey={tab}
        onChange={(next) => update({ tab: next === 'appearance' ? null : next })}
        items={[
          {
            key: 'appearance',
            label: t('linkage.tabs.appearance'),
            children: body(() => <AppearanceTab stats={stats!} hearings={hearings} />),
          },
          {
            key: 'suggestions',
            label: t('linkage.tabs.suggestions'),
            children: body(() => <SuggestionsTab stats={stats!} suggestions={suggestions} />),
          },
          {
            key: 'attendance',
            label: t('linkage.tabs.attendance'),
            children: body(() => <AttendanceTab stats={stats!} records={attendance} />),
          },
          {
            key: 'quarterly',
            label: t('linkage.tabs.quarterly'),
            children: <QuarterlyTab quarter={quarter} onQuarterChange={(q) => update({ quarter: q })} />,
          },
          {
            key: 'summary',
            label: t('reports.period.tab'),
            children: <PeriodSummaryTab period={summaryPeriod} onPeriodChange={(p) => update({ summaryPeriod: periodString(p) })} />,
          },
        ]}
      />
    </div>
  );
}
