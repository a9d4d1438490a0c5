import { useMemo } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../electron/contract/schemas/dashboard';
import { EChart, type ChartOption } from '../../components/EChart';

/** Cases received (bars) and closed (line) per month over the last twelve months. */
export function MonthChart({ rows }: { rows: DashboardSummary['byMonth'] }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 36, right: 12, top: 32, bottom: 24 },
      legend: { top: 0, data: [t('dashboard.received'), t('dashboard.closed')] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: rows.map((r) => r.month.slice(0, 7)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('dashboard.received'), type: 'bar', data: rows.map((r) => r.received), itemStyle: { color: '#1677ff' }, barMaxWidth: 24 },
        { name: t('dashboard.closed'), type: 'line', data: rows.map((r) => r.closed), itemStyle: { color: '#52c41a' }, smooth: false },
      ],
    }),
    [rows, t],
  );
  return (
    <Card size="small" title={t('dashboard.byMonth')} data-testid="by-month">
      <EChart option={option} height={260} testId="month-chart" />
    </Card>
  );
}
