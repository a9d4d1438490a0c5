import { DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { quarterOf, quarterParts, type LinkagePeriod } from '../../stores/linkage-period';
import { periodLabel } from './period-format';

/** The start of the period, as the date pickers hold it. */
function toDayjs(period: LinkagePeriod): Dayjs {
  if ('year' in period) return dayjs(`${period.year}-01-01`);
  const { year, q } = quarterParts(period.quarter);
  return dayjs(`${year}-01-01`).month((q - 1) * 3);
}

/**
 * A quarter (the unit the appearance rate is reported in) or a whole year. `quarterOnly` hides the
 * year choice (the quarterly notice). Switching the kind keeps the year.
 */
export function PeriodPicker({
  value,
  onChange,
  quarterOnly = false,
  testId,
}: {
  value: LinkagePeriod;
  onChange: (period: LinkagePeriod) => void;
  quarterOnly?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const kind = 'year' in value ? 'year' : 'quarter';
  const current = toDayjs(value);

  function handleKind(next: 'quarter' | 'year') {
    if (next === kind) return;
    const year = current.year();
    if (next === 'year') onChange({ year });
    // Back to quarters: the current quarter when it is this year, else the year's last one.
    else onChange({ quarter: dayjs().year() === year ? quarterOf(dayjs().format('YYYY-MM-DD')) : `${year}Q4` });
  }

  return (
    <Space wrap data-testid={testId}>
      {quarterOnly ? null : (
        <Segmented<'quarter' | 'year'>
          value={kind}
          onChange={handleKind}
          options={[
            { value: 'quarter', label: t('linkage.period.byQuarter') },
            { value: 'year', label: t('linkage.period.byYear') },
          ]}
        />
      )}
      <DatePicker
        picker={kind}
        value={current}
        allowClear={false}
        aria-label={t('linkage.period.label')}
        format={(d: Dayjs) => periodLabel(t, kind === 'year' ? { year: d.year() } : { quarter: quarterOf(d.format('YYYY-MM-DD')) })}
        onChange={(d: Dayjs | null) => {
          if (!d) return;
          onChange(kind === 'year' ? { year: d.year() } : { quarter: quarterOf(d.format('YYYY-MM-DD')) });
        }}
        style={{ width: 150 }}
      />
    </Space>
  );
}
