import { useMemo, useState } from 'react';
import { Alert, Card, Checkbox, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LinkageStats } from '../../../../../electron/contract/schemas/linkage';

type Row = LinkageStats['attendance'][number];

const FLAGGED_BG = '#fff1f0';

/** Flagged agencies first, then by caseload: the ones the center must call come first. */
function byConcern(a: Row, b: Row): number {
  return Number(b.flagged) - Number(a.flagged) || b.cases - a.cases || a.agencyName.localeCompare(b.agencyName, 'zh-CN');
}

/**
 * Per agency for the year: cases as respondent and hearings attended; agencies with many cases
 * and no attendance are highlighted (the once-a-year duty). Agencies with neither are hidden
 * until asked for.
 */
export function AttendanceTable({ stats }: { stats: LinkageStats }) {
  const { t } = useTranslation();
  const [showIdle, setShowIdle] = useState(false);
  const rows = stats.attendance;
  const idle = rows.filter((r) => r.cases === 0 && r.attendances === 0).length;
  const flagged = rows.filter((r) => r.flagged).length;
  const shown = useMemo(() => rows.filter((r) => showIdle || r.cases > 0 || r.attendances > 0).sort(byConcern), [rows, showIdle]);

  return (
    <Card
      size="small"
      title={t('linkage.attendance.byAgency', { year: stats.attendanceYear })}
      data-testid="attendance-table"
      extra={
        idle > 0 ? (
          <Checkbox checked={showIdle} onChange={(e) => setShowIdle(e.target.checked)}>
            {t('linkage.common.showIdle')}
          </Checkbox>
        ) : null
      }
    >
      <Flex vertical gap={8}>
        <Alert
          type={flagged > 0 ? 'warning' : 'info'}
          showIcon
          title={flagged > 0 ? t('linkage.attendance.flaggedCount', { count: flagged }) : undefined}
          description={t('linkage.attendance.thresholdHint', { count: stats.attendanceThreshold })}
        />
        <Table<Row>
          size="small"
          rowKey="agencyId"
          pagination={false}
          dataSource={shown}
          scroll={{ y: 360 }}
          onRow={(row) =>
            ({
              'data-testid': `attendance-row-${row.agencyId}`,
              'data-flagged': row.flagged ? 'true' : undefined,
              style: row.flagged ? { background: FLAGGED_BG } : undefined,
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            { title: t('linkage.common.agency'), dataIndex: 'agencyName', ellipsis: true },
            { title: t('linkage.attendance.cases'), dataIndex: 'cases', align: 'right', width: 180, sorter: (a, b) => a.cases - b.cases },
            {
              title: t('linkage.attendance.attendances'),
              dataIndex: 'attendances',
              align: 'right',
              width: 140,
              sorter: (a, b) => a.attendances - b.attendances,
            },
            {
              title: t('linkage.attendance.status'),
              key: 'status',
              width: 300,
              render: (_: unknown, row) =>
                row.flagged ? (
                  <Tag color="red" data-testid="attendance-flagged">
                    {t('linkage.attendance.flagged')}
                  </Tag>
                ) : row.attendances > 0 ? (
                  <Tag color="green">{t('linkage.attendance.attended')}</Tag>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
