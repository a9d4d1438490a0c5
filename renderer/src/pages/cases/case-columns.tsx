import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { CaseListRow, CaseListSort } from '../../../../electron/contract/schemas/case-list';
import { UnsyncedTag } from '../exchange/UnsyncedTag';

/** List columns the core can sort by, and the contract's name for each. */
export const SORTABLE: Partial<Record<keyof CaseListRow, CaseListSort['field']>> = {
  caseNumber: 'case_number',
  stage: 'stage',
  receivedOn: 'received_on',
};

const STAGE_COLORS = { intake: 'default', pre: 'cyan', during: 'blue', post: 'purple', closed: 'green' } as const;

export function caseColumns(t: TFunction, sort: CaseListSort): ColumnsType<CaseListRow> {
  const order = (key: keyof CaseListRow) =>
    SORTABLE[key] === sort.field ? (sort.direction === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;
  const text = (value: string | null) => value ?? '—';
  return [
    {
      key: 'caseNumber',
      dataIndex: 'caseNumber',
      title: t('cases.col.caseNumber'),
      width: 206,
      fixed: 'left',
      sorter: true,
      sortOrder: order('caseNumber'),
      render: (value: string, row) => (
        <Flex align="center" gap={4}>
          <Typography.Link style={{ whiteSpace: 'nowrap' }}>{value}</Typography.Link>
          {row.unsynced ? <UnsyncedTag /> : null}
        </Flex>
      ),
    },
    {
      key: 'title',
      dataIndex: 'title',
      title: t('cases.col.title'),
      width: 158,
      ellipsis: { showTitle: true },
    },
    { key: 'source', dataIndex: 'source', title: t('cases.col.source'), width: 86, ellipsis: true, render: (s: CaseListRow['source']) => t(`source.${s}`) },
    { key: 'category', dataIndex: 'category', title: t('cases.col.category'), width: 110, ellipsis: true, render: text },
    {
      key: 'stage',
      dataIndex: 'stage',
      title: t('cases.col.stage'),
      width: 90,
      sorter: true,
      sortOrder: order('stage'),
      render: (stage: CaseListRow['stage']) => (
        <Tag color={STAGE_COLORS[stage]} style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' }} title={t(`stage.${stage}`)}>
          {t(`stage.${stage}`)}
        </Tag>
      ),
    },
    { key: 'respondent', dataIndex: 'respondent', title: t('cases.col.respondent'), width: 140, ellipsis: true, render: text },
    {
      key: 'applicants',
      dataIndex: 'applicants',
      title: t('cases.col.applicants'),
      width: 110,
      ellipsis: true,
      render: (names: string, row) =>
        row.applicantCount > 3 ? t('cases.applicantsMore', { names, count: row.applicantCount }) : names || '—',
    },
    { key: 'coordinator', dataIndex: 'coordinator', title: t('cases.col.coordinator'), width: 90, ellipsis: true, render: text },
    {
      key: 'receivedOn',
      dataIndex: 'receivedOn',
      title: t('cases.col.receivedOn'),
      width: 104,
      sorter: true,
      sortOrder: order('receivedOn'),
    },
    {
      key: 'nextDueOn',
      dataIndex: 'nextDueOn',
      title: t('cases.col.nextDue'),
      width: 100,
      render: (due: string | null, row) =>
        due ? (
          row.overdue ? (
            <Tooltip title={t('cases.overdue')}>
              <Typography.Text type="danger" strong data-testid="overdue-due">
                {due}
              </Typography.Text>
            </Tooltip>
          ) : (
            due
          )
        ) : (
          <Typography.Text type="secondary">{row.outcome ? t(`outcomeShort.${row.outcome}`) : '—'}</Typography.Text>
        ),
    },
  ];
}
