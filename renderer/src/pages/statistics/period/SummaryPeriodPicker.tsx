import { DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { periodAt, summaryPeriodLabel, summaryRange, type PeriodKind, type SummaryPeriod } from './summary-period';

/** The years the core accepts (schemas/period-summary.ts): other days cannot be picked. */
function outOfRange(d: Dayjs): boolean {
  return d.year() < 2000 || d.year() > 2100;
}

/**
 * A month, a quarter, a year or any range of days. Switching the kind keeps the period's start:
 * from 2026年第3季度 to a month gives July 2026, to a range gives the quarter's days.
 */
export function SummaryPeriodPicker({ value, onChange }: { value: SummaryPeriod; onChange: (period: SummaryPeriod) => void }) {
  const { t } = useTranslation();
  const { from, to } = summaryRange(value);

  return (
    <Space wrap data-testid="summary-period-picker">
      <Segmented<PeriodKind>
        value={value.kind}
        onChange={(kind) => onChange(periodAt(kind, from, value))}
        options={[
          { value: 'month', label: t('reports.period.month') },
          { value: 'quarter', label: t('reports.period.quarter') },
          { value: 'year', label: t('reports.period.year') },
          { value: 'range', label: t('reports.period.range') },
        ]}
      />
      {value.kind === 'range' ? (
        <DatePicker.RangePicker
          value={[dayjs(from), dayjs(to)]}
          allowClear={false}
          disabledDate={outOfRange}
          aria-label={t('reports.period.label')}
          onChange={(days) => {
            const [start, end] = days ?? [];
            if (start && end) onChange({ kind: 'range', from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') });
          }}
          style={{ width: 260 }}
        />
      ) : (
        <DatePicker
          picker={value.kind}
          value={dayjs(from)}
          allowClear={false}
          disabledDate={outOfRange}
          aria-label={t('reports.period.label')}
          format={(d: Dayjs) => summaryPeriodLabel(t, periodAt(value.kind, d.format('YYYY-MM-DD'), value))}
          onChange={(d: Dayjs | null) => d && onChange(periodAt(value.kind, d.format('YYYY-MM-DD'), value))}
          style={{ width: 160 }}
        />
      )}
    </Space>
  );
}
