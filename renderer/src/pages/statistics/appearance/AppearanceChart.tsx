import { useMemo } from 'react';
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppearanceRow } from '../../../../../electron/contract/schemas/linkage';
import { EChart, type ChartOption } from '../../../components/EChart';
import { useReferenceStore } from '../../../stores/stores';
import { formatRate } from '../rate';

const RED = '#cf1322';
const BLUE = '#1677ff';
const ROW_HEIGHT = 26;

/** Horizontal bars of each agency's rate (lowest at the top), with the 70% target as a line. */
export function AppearanceChart({ rows, target }: { rows: AppearanceRow[]; target: number }) {
  const { t } = useTranslation();
  const agencies = useReferenceStore((s) => s.agencies);
  const rated = useMemo(() => rows.filter((r) => r.rate !== null).sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0)), [rows]);

  const option = useMemo<ChartOption>(() => {
    // Short names keep the axis readable; full names stay in the table and the tooltip.
    const short = new Map(agencies.map((a) => [a.id, a.shortName || a.name]));
    return {
      animation: false,
      grid: { left: 8, right: 64, top: 28, bottom: 8 },
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => {
          const row = rated[(p as { dataIndex: number }).dataIndex]!;
          return `${row.agencyName}<br/>${t('linkage.appearance.headAppearances')} ${row.headAppearances} / ${row.hearings}<br/>${formatRate(row.rate)}`;
        },
      },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: rated.map((r) => short.get(r.agencyId) ?? r.agencyName), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 16,
          data: rated.map((r) => ({
            value: Math.round((r.rate ?? 0) * 1000) / 10,
            itemStyle: { color: r.belowTarget ? RED : BLUE },
          })),
          label: { show: true, position: 'right', formatter: (p: unknown) => formatRate(rated[(p as { dataIndex: number }).dataIndex]!.rate) },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#fa8c16', type: 'dashed', width: 1.5 },
            // The category axis is inverted (lowest rate on top), so the line's start is its top end.
            label: { formatter: t('linkage.appearance.targetLine', { target: formatRate(target) }), position: 'start' },
            data: [{ xAxis: target * 100 }],
          },
        },
      ],
    };
  }, [agencies, rated, t, target]);

  return (
    <Card size="small" title={t('linkage.appearance.chart')} data-testid="appearance-chart">
      {rated.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('linkage.appearance.chartEmpty')} />
      ) : (
        <EChart option={option} height={Math.max(140, rated.length * ROW_HEIGHT + 48)} testId="appearance-rate-chart" />
      )}
    </Card>
  );
}
