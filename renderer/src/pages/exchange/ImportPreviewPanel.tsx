import { Alert, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CourtImportPreview, ReferralRow } from '../../../../electron/contract/schemas/court';
import { formatDate, formatDateTime } from '../../lib/format';
import { shortHex } from './court-format';
import { RejectedRowsTable } from '../../components/RejectedRowsTable';
import { FileErrorsAlert } from '../../components/ImportDropZone';

type Filing = Extract<CourtImportPreview, { kind: 'receipt' }>['filings'][number];

/** What an import would do: the file's problems, refused rows with reasons, and each row's action. */
export function ImportPreviewPanel({ preview }: { preview: CourtImportPreview }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={8} wrap>
        <Tag color="blue" data-testid="court-import-kind">
          {t(`court.imports.kind.${preview.kind}`)}
        </Tag>
        <Typography.Text type="secondary">
          {t('court.imports.fileLine', { format: preview.format.toUpperCase(), sha: shortHex(preview.sha256) })}
        </Typography.Text>
      </Flex>
      {preview.alreadyImportedAt ? (
        <Alert type="info" showIcon title={t('court.imports.alreadyImported', { time: formatDateTime(preview.alreadyImportedAt) })} data-testid="court-import-already" />
      ) : null}
      <FileErrorsAlert errors={preview.fileErrors} title={t('court.imports.fileErrors')} testId="court-import-file-errors" />
      <RejectedRowsTable
        rejected={preview.rejected}
        title={t('court.imports.rejected', { count: preview.rejected.length })}
        rowHeader={t('court.imports.row')}
        reasonsHeader={t('court.imports.reasons')}
        rowLabel={(n) => t('court.imports.rowN', { n })}
        testId="court-import-rejected"
      />
      {preview.kind === 'referrals' ? <ReferralRows rows={preview.rows} /> : <ReceiptFilings preview={preview} />}
    </Flex>
  );
}

function ReferralRows({ rows }: { rows: ReferralRow[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="court-import-rows">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('court.imports.referralRows', { count: rows.length })}
      </Typography.Title>
      <Table<ReferralRow>
        size="small"
        rowKey="row"
        pagination={false}
        scroll={{ x: 1060, y: 320 }}
        dataSource={rows}
        locale={{ emptyText: t('court.imports.noRows') }}
        columns={[
          { key: 'row', dataIndex: 'row', title: t('court.imports.row'), width: 50 },
          { key: 'courtNumber', dataIndex: 'courtNumber', title: t('court.imports.col.courtNumber'), width: 170, ellipsis: true },
          { key: 'title', dataIndex: 'title', title: t('court.imports.col.title'), width: 200, ellipsis: { showTitle: true } },
          { key: 'source', dataIndex: 'source', title: t('court.imports.col.source'), width: 100, render: (s: ReferralRow['source']) => t(`source.${s}`) },
          { key: 'respondent', dataIndex: 'respondentAgency', title: t('court.imports.col.respondent'), width: 160, ellipsis: true },
          {
            key: 'parties',
            dataIndex: 'parties',
            title: t('court.imports.col.parties'),
            width: 130,
            ellipsis: true,
            render: (parties: ReferralRow['parties']) => parties.map((p) => p.name).join('、') || '—',
          },
          { key: 'referredOn', dataIndex: 'referredOn', title: t('court.imports.col.referredOn'), width: 100, render: (d: string) => formatDate(d) },
          {
            key: 'action',
            dataIndex: 'action',
            title: t('court.imports.col.action'),
            width: 150,
            fixed: 'right',
            render: (action: ReferralRow['action'], row) =>
              action === 'create' ? (
                <Tag color="green">{t('court.imports.action.create')}</Tag>
              ) : (
                <Tag>{row.existingCaseNumber ? t('court.imports.existingCase', { caseNumber: row.existingCaseNumber }) : t('court.imports.action.existing')}</Tag>
              ),
          },
        ]}
      />
    </div>
  );
}

function ReceiptFilings({ preview }: { preview: Extract<CourtImportPreview, { kind: 'receipt' }> }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} data-testid="court-import-receipt">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'batch',
            label: t('court.imports.receiptBatch'),
            children: preview.batchNumber !== null ? t('court.summary.batchN', { n: preview.batchNumber }) : '—',
          },
          { key: 'received', label: t('court.imports.receivedOn'), children: formatDate(preview.receivedOn) },
        ]}
      />
      {preview.batchAlreadyAcknowledged ? <Alert type="info" showIcon title={t('court.imports.batchAlreadyAcknowledged')} /> : null}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('court.imports.filings', { count: preview.filings.length })}
      </Typography.Title>
      <Table<Filing>
        size="small"
        rowKey="row"
        pagination={false}
        scroll={{ y: 320 }}
        dataSource={preview.filings}
        locale={{ emptyText: t('court.imports.noRows') }}
        columns={[
          { key: 'row', dataIndex: 'row', title: t('court.imports.row'), width: 60 },
          { key: 'caseNumber', dataIndex: 'caseNumber', title: t('court.imports.col.caseNumber'), width: 180 },
          { key: 'filingNumber', dataIndex: 'courtFilingNumber', title: t('court.imports.col.filingNumber'), width: 200 },
          { key: 'filedOn', dataIndex: 'filedOn', title: t('court.imports.col.filedOn'), width: 110, render: (d: string | null) => formatDate(d) },
          {
            key: 'action',
            dataIndex: 'action',
            title: t('court.imports.col.action'),
            width: 130,
            render: (action: Filing['action']) => <Tag color={action === 'attach' ? 'green' : 'default'}>{t(`court.imports.action.${action}`)}</Tag>,
          },
        ]}
      />
    </Flex>
  );
}
