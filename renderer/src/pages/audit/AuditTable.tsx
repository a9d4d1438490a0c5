import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { AuditListResult, AuditRow } from '../../../../electron/contract/schemas/audit-log';
import { formatDateTime } from '../../lib/format';

interface Props {
  result: AuditListResult | null;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

/** One page of entries, newest first; a row expands to its detail as indented JSON. */
export function AuditTable({ result, loading, page, pageSize, onPage }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<AuditRow> = [
    { title: t('audit.columns.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.columns.at'), dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
    { title: t('audit.columns.operator'), dataIndex: 'operatorName', width: 110, render: (name: string | null) => name ?? '—' },
    { title: t('audit.columns.action'), dataIndex: 'action', width: 180, render: (a: string) => <Typography.Text code>{a}</Typography.Text> },
    { title: t('audit.columns.entity'), dataIndex: 'entity', width: 150 },
    {
      title: t('audit.columns.entityId'),
      dataIndex: 'entityId',
      ellipsis: true,
      render: (id: string | null) => id ?? '—',
    },
    {
      title: t('audit.columns.hash'),
      dataIndex: 'hash',
      width: 130,
      render: (h: string) => (
        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
          {h}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<AuditRow>
      size="small"
      rowKey="seq"
      loading={loading}
      columns={columns}
      dataSource={result?.rows ?? []}
      expandable={{
        expandedRowRender: (row) => (
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }} data-testid={`audit-detail-${row.seq}`}>
            {JSON.stringify(row.detail, null, 2)}
          </pre>
        ),
      }}
      pagination={{
        current: page,
        pageSize,
        total: result?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (count) => <span data-testid="audit-total">{t('audit.total', { count })}</span>,
        onChange: onPage,
      }}
      data-testid="audit-table"
    />
  );
}
