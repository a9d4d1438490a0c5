import { useMemo } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodFigures } from '../../../../../electron/contract/schemas/period-summary';
import { EChart, type ChartOption } from '../../../components/EChart';

/** Cases received (bars) and closed (line) in each month of a period longer than one month. */
export function MonthlyChart({ rows }: { rows: PeriodFigures['monthly'] }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 36, right: 12, top: 32, bottom: 24 },
      legend: { top: 0, data: [t('reports.period.received'), t('reports.period.closed')] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: rows.map((r) => r.month.slice(0, 7)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('reports.period.received'), type: 'bar', data: rows.map((r) => r.received), itemStyle: { color: '#1677ff' }, barMaxWidth: 28 },
        { name: t('reports.period.closed'), type: 'line', data: rows.map((r) => r.closed), itemStyle: { color: '#52c41a' } },
      ],
    }),
    [rows, t],
  );
  return (
    <Card size="small" title={t('reports.period.byMonth')} data-testid="summary-by-month">
      <EChart option={option} height={240} testId="summary-month-chart" />
    </Card>
  );
}
