import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencyImportPreview, ImportRow } from '../../../../electron/contract/schemas/agencies';
import { AgencyKindTag } from './agency-kind';
import { RejectedRowsTable } from '../../components/RejectedRowsTable';


/** The preview's two lists: the rows that would be imported, and the refused rows with reasons. */
export function ImportPreviewTables({ preview }: { preview: AgencyImportPreview }) {
  const { t } = useTranslation();
  return (
    <>
      <RejectedRowsTable
        rejected={preview.rejected}
        title={t('agencies.import.rejected', { count: preview.rejected.length })}
        rowHeader={t('agencies.import.row')}
        reasonsHeader={t('agencies.import.reasons')}
        rowLabel={(n) => t('agencies.import.rowN', { n })}
        testId="import-rejected"
        height={200}
      />
      <div data-testid="import-rows">
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('agencies.import.rows', { count: preview.rows.length })}
        </Typography.Title>
        <Table<ImportRow>
          size="small"
          rowKey="row"
          pagination={false}
          scroll={{ x: 800, y: 240 }}
          dataSource={preview.rows}
          locale={{ emptyText: t('agencies.import.noRows') }}
          columns={[
            { key: 'row', dataIndex: 'row', title: t('agencies.import.row'), width: 70 },
            { key: 'name', dataIndex: 'name', title: t('agencies.col.name'), width: 220, ellipsis: true },
            { key: 'shortName', dataIndex: 'shortName', title: t('agencies.col.shortName'), width: 130, ellipsis: true, render: (v: string | null) => v ?? '—' },
            { key: 'kind', dataIndex: 'kind', title: t('agencies.col.kind'), width: 110, render: (k: ImportRow['kind']) => <AgencyKindTag kind={k} /> },
            { key: 'parentName', dataIndex: 'parentName', title: t('agencies.col.parent'), width: 160, ellipsis: true, render: (v: string | null) => v ?? '—' },
            {
              key: 'contact',
              dataIndex: 'contact',
              title: t('agencies.import.contact'),
              width: 180,
              ellipsis: true,
              render: (c: ImportRow['contact']) =>
                c ? (
                  <span>
                    {c.name}
                    {c.title ? `（${c.title}）` : ''}
                    {c.isHead ? <Tag style={{ marginInlineStart: 4 }}>{t('agencies.contacts.head')}</Tag> : null}
                  </span>
                ) : (
                  '—'
                ),
            },
            {
              key: 'active',
              dataIndex: 'active',
              title: t('agencies.form.active'),
              width: 70,
              render: (a: boolean) => (a ? t('agencies.yes') : t('agencies.no')),
            },
          ]}
        />
      </div>
    </>
  );
}
