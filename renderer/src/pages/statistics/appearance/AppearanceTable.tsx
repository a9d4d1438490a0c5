import { useMemo, useState } from 'react';
import { Card, Checkbox, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppearanceRow } from '../../../../../electron/contract/schemas/linkage';
import { formatRate, rateColor } from '../rate';
import { byConcern } from './sort-rows';

/**
 * Per agency: hearings, head appearances, rate and a below-target tag; below target first.
 * Agencies without hearings in the period are hidden until asked for (they are neither above
 * nor below target, and would push the ones that matter off the screen).
 */
export function AppearanceTable({ rows, title, testId = 'appearance-table' }: { rows: AppearanceRow[]; title: string; testId?: string }) {
  const { t } = useTranslation();
  const [showIdle, setShowIdle] = useState(false);
  const idle = rows.filter((r) => r.hearings === 0).length;
  const shown = useMemo(() => rows.filter((r) => showIdle || r.hearings > 0).sort(byConcern), [rows, showIdle]);

  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        idle > 0 ? (
          <Checkbox checked={showIdle} onChange={(e) => setShowIdle(e.target.checked)}>
            {t('linkage.common.showIdle')}
          </Checkbox>
        ) : null
      }
    >
      <Table<AppearanceRow>
        size="small"
        rowKey="agencyId"
        pagination={false}
        dataSource={shown}
        scroll={{ y: 360 }}
        locale={{ emptyText: t('linkage.appearance.rateEmpty') }}
        onRow={(row) => ({ 'data-testid': `appearance-row-${row.agencyId}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('linkage.common.agency'), dataIndex: 'agencyName', ellipsis: true },
          {
            title: t('linkage.appearance.colHearings'),
            dataIndex: 'hearings',
            align: 'right',
            width: 96,
            sorter: (a, b) => a.hearings - b.hearings,
          },
          {
            title: t('linkage.appearance.colHeads'),
            dataIndex: 'headAppearances',
            align: 'right',
            width: 116,
            sorter: (a, b) => a.headAppearances - b.headAppearances,
          },
          {
            title: t('linkage.appearance.colRate'),
            dataIndex: 'rate',
            align: 'right',
            width: 112,
            sorter: (a, b) => (a.rate ?? -1) - (b.rate ?? -1),
            render: (rate: number | null, row) => <span style={{ color: rateColor(rate, row.belowTarget), fontWeight: 500 }}>{formatRate(rate)}</span>,
          },
          {
            title: t('linkage.appearance.status'),
            key: 'status',
            width: 96,
            render: (_: unknown, row) =>
              row.rate === null ? (
                <Tag>{t('linkage.rate.noHearings')}</Tag>
              ) : row.belowTarget ? (
                <Tag color="red" data-testid="below-target">
                  {t('linkage.rate.belowTarget')}
                </Tag>
              ) : (
                <Tag color="green">{t('linkage.rate.meetsTarget')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
