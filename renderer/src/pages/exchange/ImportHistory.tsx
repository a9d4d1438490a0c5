import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CourtImportRecord } from '../../../../electron/contract/schemas/court';
import { formatDateTime } from '../../lib/format';
import { shortHex } from './court-format';

/** Every file imported from the court, newest first. */
export function ImportHistory({ imports, loading }: { imports: CourtImportRecord[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <div data-testid="court-import-history">
      <Typography.Title level={5}>{t('court.imports.history')}</Typography.Title>
      <Table<CourtImportRecord>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={imports}
        pagination={imports.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 820 }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('court.imports.historyEmpty')}</Typography.Text> }}
        columns={[
          { key: 'importedAt', dataIndex: 'importedAt', title: t('court.imports.historyCol.importedAt'), width: 150, render: (v: string) => formatDateTime(v) },
          {
            key: 'kind',
            dataIndex: 'kind',
            title: t('court.imports.historyCol.kind'),
            width: 100,
            render: (k: CourtImportRecord['kind']) => <Tag color={k === 'receipt' ? 'green' : 'blue'}>{t(`court.imports.kind.${k}`)}</Tag>,
          },
          { key: 'fileName', dataIndex: 'fileName', title: t('court.imports.historyCol.fileName'), ellipsis: { showTitle: true } },
          { key: 'records', dataIndex: 'recordCount', title: t('court.imports.historyCol.records'), width: 70, align: 'right' },
          {
            key: 'sha256',
            dataIndex: 'sha256',
            title: t('court.imports.historyCol.sha256'),
            width: 190,
            render: (sha: string) => (
              <Typography.Text copyable={{ text: sha }} style={{ fontFamily: 'var(--ant-font-family-code, monospace)', whiteSpace: 'nowrap' }} title={sha}>
                {shortHex(sha)}
              </Typography.Text>
            ),
          },
          { key: 'operator', dataIndex: 'operatorName', title: t('court.imports.historyCol.operator'), width: 100, render: (v: string | null) => v ?? '—' },
        ]}
      />
    </div>
  );
}
