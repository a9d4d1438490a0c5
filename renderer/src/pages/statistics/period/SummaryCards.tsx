import type { ReactNode } from 'react';
import { Card, Flex, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PeriodFigures } from '../../../../../electron/contract/schemas/period-summary';
import { formatRate, rateColor } from '../rate';

function Figure({ title, value, testId, hint, note, color, flex = '1 1 150px' }: {
  title: string;
  value: string | number;
  testId: string;
  /** How the figure is computed, behind a ? beside the title. */
  hint?: string;
  note?: ReactNode;
  color?: string;
  flex?: string;
}) {
  return (
    <Card size="small" style={{ flex }} data-testid={testId}>
      <Statistic
        title={
          hint ? (
            <Space size={4}>
              {title}
              <Tooltip title={hint}>
                <QuestionCircleOutlined aria-label={hint} />
              </Tooltip>
            </Space>
          ) : (
            title
          )
        }
        value={value}
        styles={{ content: { color, fontWeight: 600 } }}
      />
      {note ? <div style={{ marginTop: 2 }}>{note}</div> : null}
    </Card>
  );
}

/** Days as the report prints them: whole days, a median of two middle values may end in .5. */
function formatDays(days: number | null): string {
  return days === null ? '—' : String(Math.round(days * 10) / 10);
}

/**
 * The period's headline figures: cases received, closed and open at the end, 化解率 and 调撤率,
 * days to close, what ran overdue, and the heads' court appearance rate against its target.
 */
export function SummaryCards({ figures }: { figures: PeriodFigures }) {
  const { t } = useTranslation();
  const { totals, appearance, daysToClose, overdue } = figures;
  const secondary = (text: ReactNode) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={12}>
        <Figure title={t('reports.period.received')} value={totals.received} testId="summary-received" />
        <Figure title={t('reports.period.closed')} value={totals.closed} testId="summary-closed" />
        <Figure title={t('reports.period.openAtEnd')} value={totals.openAtEnd} testId="summary-open" />
        <Figure
          title={t('reports.period.resolutionRate')}
          value={formatRate(figures.resolutionRate)}
          testId="summary-resolution-rate"
          hint={t('reports.period.resolutionRateHint')}
          note={secondary(t('reports.period.resolvedOfClosed', { resolved: totals.resolved, closed: totals.closed }))}
        />
        <Figure
          title={t('reports.period.withdrawalRate')}
          value={formatRate(figures.withdrawalRate)}
          testId="summary-withdrawal-rate"
          hint={t('reports.period.withdrawalRateHint')}
          note={secondary(t('reports.period.withdrawnOfClosed', { withdrawn: totals.withdrawnOrSettled, closed: totals.closed }))}
        />
      </Flex>
      <Flex wrap gap={12}>
        <Figure
          title={`${t('reports.period.daysToClose')} · ${t('reports.period.median')}`}
          value={formatDays(daysToClose.median)}
          testId="summary-days-median"
          note={secondary(t('reports.period.daysCount', { count: daysToClose.count }))}
        />
        <Figure
          title={`${t('reports.period.daysToClose')} · ${t('reports.period.p90')}`}
          value={formatDays(daysToClose.p90)}
          testId="summary-days-p90"
        />
        <Figure
          title={t('reports.period.overdueClocks')}
          value={overdue.clocks.length}
          color={overdue.clocks.length > 0 ? '#cf1322' : undefined}
          testId="summary-overdue-clocks"
        />
        <Figure
          title={t('reports.period.overdueTasks')}
          value={overdue.tasks.length}
          color={overdue.tasks.length > 0 ? '#cf1322' : undefined}
          testId="summary-overdue-tasks"
        />
        <Figure
          title={t('reports.period.appearanceRate')}
          value={formatRate(appearance.rate)}
          color={rateColor(appearance.rate, appearance.belowTarget)}
          testId="summary-appearance"
          flex="1.6 1 240px"
          note={
            <Flex gap={6} align="center" wrap>
              {secondary(t('reports.period.appearanceDetail', { heads: appearance.headAppearances, hearings: appearance.hearings }))}
              {secondary(t('reports.period.target', { target: formatRate(appearance.target) }))}
              {appearance.rate === null ? (
                <Tag>{t('reports.period.noRate')}</Tag>
              ) : appearance.belowTarget ? (
                <Tag color="red">{t('reports.period.belowTarget')}</Tag>
              ) : (
                <Tag color="green">{t('reports.period.meetsTarget')}</Tag>
              )}
            </Flex>
          }
        />
      </Flex>
    </Flex>
  );
}
