import { useMemo, useRef, type HTMLAttributes, type UIEvent } from 'react';
import { Button, Empty, Flex, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { SorterResult } from 'antd/es/table/interface';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseListRow } from '../../../../electron/contract/schemas/case-list';
import { DEFAULT_SORT } from '../../stores/cases-store';
import { useCasesStore } from '../../stores/stores';
import { useElementHeight } from '../../hooks/use-element-height';
import { SORTABLE, caseColumns } from './case-columns';

const HEADER_HEIGHT = 40;
const FOOTER_HEIGHT = 32;

/**
 * The list itself: a virtualised table (only visible rows are in the DOM) that fetches the next
 * page when scrolled near its end. Sorting is the core's; clicking a row opens the case.
 */
export function CaseTable() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = useCasesStore((s) => s.rows);
  const total = useCasesStore((s) => s.total);
  const loading = useCasesStore((s) => s.loading);
  const loadingMore = useCasesStore((s) => s.loadingMore);
  const sort = useCasesStore((s) => s.sort);
  const filters = useCasesStore((s) => s.filters);
  const setSort = useCasesStore((s) => s.setSort);
  const loadMore = useCasesStore((s) => s.loadMore);
  const resetFilters = useCasesStore((s) => s.resetFilters);
  const box = useRef<HTMLDivElement>(null);
  const height = useElementHeight(box, 520);
  const columns = useMemo(() => caseColumns(t, sort), [t, sort]);
  const filtered = Object.keys(filters).length > 0;

  function handleSort(sorter: SorterResult<CaseListRow> | SorterResult<CaseListRow>[]) {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.columnKey ? SORTABLE[s.columnKey as keyof CaseListRow] : undefined;
    if (!field || !s?.order) setSort(DEFAULT_SORT);
    else setSort({ field, direction: s.order === 'ascend' ? 'asc' : 'desc' });
  }

  function handleScroll(event: UIEvent<HTMLDivElement>) {
    const el = event.currentTarget;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 400) void loadMore();
  }

  if (!loading && total === 0) {
    return (
      <Flex flex={1} align="center" justify="center" data-testid="cases-empty">
        {filtered ? (
          <Empty description={t('cases.noMatch')}>
            <Button onClick={resetFilters}>{t('cases.resetFilters')}</Button>
          </Empty>
        ) : (
          <Empty description={t('cases.empty')}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/new')}>
              {t('cases.register')}
            </Button>
          </Empty>
        )}
      </Flex>
    );
  }

  return (
    <Flex vertical flex={1} style={{ minHeight: 0 }}>
      <div ref={box} style={{ flex: 1, minHeight: 240, overflow: 'hidden' }}>
        <Table<CaseListRow>
          data-testid="case-table"
          virtual
          size="small"
          rowKey="id"
          loading={loading}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1100, y: Math.max(160, height - HEADER_HEIGHT) }}
          onChange={(_p, _f, sorter) => handleSort(sorter)}
          onScroll={handleScroll}
          showSorterTooltip={false}
          onRow={(row) => ({
            onClick: () => void navigate(`/cases/${row.id}`),
            style: { cursor: 'pointer' },
            'data-testid': `case-row-${row.caseNumber}`,
          } as HTMLAttributes<HTMLElement>)}
        />
      </div>
      <Flex justify="space-between" align="center" style={{ height: FOOTER_HEIGHT }}>
        <Typography.Text type="secondary" data-testid="case-count">
          {t('cases.count', { shown: rows.length, total })}
        </Typography.Text>
        {rows.length < total ? (
          <Button size="small" loading={loadingMore} onClick={() => void loadMore()}>
            {t('cases.loadMore')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
