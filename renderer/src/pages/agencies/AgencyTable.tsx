import { useMemo, useRef, type HTMLAttributes } from 'react';
import { Button, Empty, Flex, Table, Typography } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgencyListItem } from '../../../../electron/contract/schemas/agencies';
import { useAgenciesStore } from '../../stores/stores';
import { useElementHeight } from '../../hooks/use-element-height';
import { AgencyKindTag } from './agency-kind';

const HEADER_HEIGHT = 40;

function columns(t: TFunction): ColumnsType<AgencyListItem> {
  const count = (n: number) => n;
  return [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('agencies.col.name'),
      width: 250,
      fixed: 'left',
      ellipsis: { showTitle: true },
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, row) => (
        <Link to={`/agencies/${row.id}`} onClick={(e) => e.stopPropagation()}>
          {name}
          {row.active ? null : (
            <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
              {t('agencies.inactiveMark')}
            </Typography.Text>
          )}
        </Link>
      ),
    },
    { key: 'shortName', dataIndex: 'shortName', title: t('agencies.col.shortName'), width: 140, ellipsis: true, render: (v: string | null) => v ?? '—' },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('agencies.col.kind'),
      width: 120,
      render: (kind: AgencyListItem['kind']) => <AgencyKindTag kind={kind} />,
    },
    { key: 'parentName', dataIndex: 'parentName', title: t('agencies.col.parent'), width: 180, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { key: 'contacts', dataIndex: 'contacts', title: t('agencies.col.contacts'), width: 80, align: 'right', render: count },
    { key: 'cases', dataIndex: 'cases', title: t('agencies.col.cases'), width: 100, align: 'right', sorter: (a, b) => a.cases - b.cases, render: count },
    { key: 'openTasks', dataIndex: 'openTasks', title: t('agencies.col.openTasks'), width: 110, align: 'right', sorter: (a, b) => a.openTasks - b.openTasks, render: count },
    {
      key: 'overdueTasks',
      dataIndex: 'overdueTasks',
      title: t('agencies.col.overdueTasks'),
      width: 110,
      align: 'right',
      sorter: (a, b) => a.overdueTasks - b.overdueTasks,
      render: (n: number) =>
        n > 0 ? (
          <Typography.Text type="danger" strong data-testid="agency-overdue">
            {n}
          </Typography.Text>
        ) : (
          n
        ),
    },
  ];
}

/** The directory as a virtualised table; a row opens the agency view. */
export function AgencyTable({ onCreate, onImport }: { onCreate: () => void; onImport: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = useAgenciesStore((s) => s.rows);
  const loading = useAgenciesStore((s) => s.loading);
  const filters = useAgenciesStore((s) => s.filters);
  const setFilters = useAgenciesStore((s) => s.setFilters);
  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box, 520);
  const cols = useMemo(() => columns(t), [t]);
  const filtered = filters.query !== '' || filters.kind !== null;

  if (!loading && rows.length === 0) {
    return (
      <Flex flex={1} align="center" justify="center" data-testid="agencies-empty">
        {filtered ? (
          <Empty description={t('agencies.noMatch')}>
            <Button onClick={() => setFilters({ query: '', kind: null })}>{t('agencies.clearFilters')}</Button>
          </Empty>
        ) : (
          <Empty description={t('agencies.empty')}>
            <Flex gap={8} justify="center">
              <Button icon={<ImportOutlined />} onClick={onImport}>
                {t('agencies.import.open')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
                {t('agencies.new')}
              </Button>
            </Flex>
          </Empty>
        )}
      </Flex>
    );
  }

  return (
    <Flex vertical flex={1} style={{ minHeight: 0 }}>
      <div ref={box} style={{ flex: 1, minHeight: 240, overflow: 'hidden' }}>
        <Table<AgencyListItem>
          data-testid="agency-table"
          virtual
          size="small"
          rowKey="id"
          loading={loading}
          columns={cols}
          dataSource={rows}
          pagination={false}
          showSorterTooltip={false}
          scroll={{ x: 1090, y: Math.max(160, height - HEADER_HEIGHT) }}
          onRow={(row) =>
            ({
              onClick: () => void navigate(`/agencies/${row.id}`),
              style: { cursor: 'pointer' },
              'data-testid': `agency-row-${row.name}`,
            }) as HTMLAttributes<HTMLElement>
          }
        />
      </div>
      <Typography.Text type="secondary" data-testid="agency-count" style={{ lineHeight: '32px' }}>
        {t('agencies.count', { count: rows.length })}
      </Typography.Text>
    </Flex>
  );
}
