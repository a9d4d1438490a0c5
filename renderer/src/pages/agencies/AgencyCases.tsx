import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgencyDetail } from '../../../../electron/contract/schemas/agencies';

type AgencyCase = AgencyDetail['cases'][number];

/** The latest cases the agency is tied to, with its role in each; a case number opens the case. */
export function AgencyCases({ cases }: { cases: AgencyCase[] }) {
  const { t } = useTranslation();
  return (
    <Table<AgencyCase>
      data-testid="agency-cases"
      size="small"
      rowKey={(c) => `${c.caseId}-${c.role}`}
      pagination={false}
      dataSource={cases}
      scroll={{ x: 820, y: 420 }}
      locale={{ emptyText: t('agencies.view.noCases') }}
      footer={cases.length >= 50 ? () => <Typography.Text type="secondary">{t('agencies.view.latestCases')}</Typography.Text> : undefined}
      columns={[
        {
          key: 'caseNumber',
          dataIndex: 'caseNumber',
          title: t('cases.col.caseNumber'),
          width: 150,
          render: (n: string, c) => (
            <Link to={`/cases/${c.caseId}`} style={{ whiteSpace: 'nowrap' }}>
              {n}
            </Link>
          ),
        },
        { key: 'title', dataIndex: 'title', title: t('cases.col.title'), ellipsis: { showTitle: true } },
        { key: 'role', dataIndex: 'role', title: t('intake.agencyRole'), width: 90, render: (r: AgencyCase['role']) => <Tag>{t(`agencyRole.${r}`)}</Tag> },
        { key: 'stage', dataIndex: 'stage', title: t('cases.col.stage'), width: 90, render: (s: string) => t(`stage.${s}`, { defaultValue: s }) },
        { key: 'receivedOn', dataIndex: 'receivedOn', title: t('cases.col.receivedOn'), width: 110 },
      ]}
    />
  );
}
