import type { HTMLAttributes } from 'react';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { CheckOutlined, RedoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CourtBatch } from '../../../../electron/contract/schemas/court';
import { useAppStore, useCourtStore } from '../../stores/stores';
import { ExportButton } from '../../components/ExportButton';
import { pick, toAppError } from '../../lib/app-error';
import { formatDateTime } from '../../lib/format';
import { formatBytes, shortHex } from './court-format';
import { useCan } from '../auth/use-can';

const STATUS_COLORS = { created: 'default', delivered: 'processing', acknowledged: 'success' } as const;

/** Batch history, newest first: what each package holds, its checksum, and how far it got. */
export function BatchTable({ batches, loading }: { batches: CourtBatch[]; loading: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const markDelivered = useCourtStore((s) => s.markDelivered);
  const canExport = useCan('court.export');

  async function handleDelivered(batchNumber: number) {
    try {
      await markDelivered(batchNumber);
      void message.success(t('court.batches.markedDelivered', { n: batchNumber }));
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    }
  }

  return (
    <Table<CourtBatch>
      data-testid="batch-table"
      size="small"
      rowKey="batchNumber"
      loading={loading}
      dataSource={batches}
      pagination={batches.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 1092 }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('court.batches.empty')}</Typography.Text> }}
      onRow={(batch) => ({ 'data-testid': `batch-row-${batch.batchNumber}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'number',
          title: t('court.batches.col.number'),
          width: 130,
          render: (_: unknown, b) => (
            <Flex vertical>
              <Typography.Text strong>{t('court.summary.batchN', { n: b.batchNumber })}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {b.externalIdentifier}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'created',
          title: t('court.batches.col.created'),
          width: 150,
          render: (_: unknown, b) => (
            <Flex vertical>
              <span>{formatDateTime(b.createdAt)}</span>
              {b.createdBy ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {b.createdBy}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        },
        { key: 'mode', dataIndex: 'mode', title: t('court.batches.col.mode'), width: 96, render: (m: CourtBatch['mode']) => t(`court.batches.mode.${m}`) },
        { key: 'cases', dataIndex: 'caseCount', title: t('court.batches.col.cases'), width: 64, align: 'right' },
        { key: 'records', dataIndex: 'recordCount', title: t('court.batches.col.records'), width: 72, align: 'right' },
        { key: 'size', dataIndex: 'bytes', title: t('court.batches.col.size'), width: 84, align: 'right', render: (n: number) => formatBytes(n) },
        {
          key: 'sha256',
          dataIndex: 'sha256',
          title: t('court.batches.col.sha256'),
          width: 176,
          render: (sha: string) => (
            <Typography.Text
              copyable={{ text: sha, tooltips: [t('court.batches.copySha'), '✓'] }}
              style={{ fontFamily: 'var(--ant-font-family-code, monospace)', whiteSpace: 'nowrap' }}
              title={sha}
            >
              {shortHex(sha)}
            </Typography.Text>
          ),
        },
        {
          key: 'status',
          dataIndex: 'status',
          title: t('court.batches.col.status'),
          width: 170,
          render: (status: CourtBatch['status'], b) => (
            <Flex vertical align="flex-start" gap={2}>
              <Tag color={STATUS_COLORS[status]} data-testid="batch-status">
                {t(`court.batches.status.${status}`)}
              </Tag>
              {b.deliveredAt ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('court.batches.deliveredAt', { time: formatDateTime(b.deliveredAt) })}
                </Typography.Text>
              ) : null}
              {b.acknowledgedAt ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('court.batches.acknowledgedAt', { time: formatDateTime(b.acknowledgedAt) })}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 150,
          fixed: 'right',
          // Rewrite and delivery are court.export too: not offered to who may not export.
          hidden: !canExport,
          render: (_: unknown, b) => (
            <Flex vertical gap={4} align="flex-start">
              <ExportButton
                channel="court.rewrite"
                size="small"
                icon={<RedoOutlined />}
                label={t('court.batches.rewrite')}
                formats={[{ key: 'zip', label: t('court.batches.rewrite'), input: { batchNumber: b.batchNumber } }]}
                placement="bottomRight"
                testId={`batch-rewrite-${b.batchNumber}`}
              />
              {b.status === 'created' ? (
                <Popconfirm
                  title={t('court.batches.markDeliveredConfirm', { n: b.batchNumber })}
                  okText={t('court.batches.markDelivered')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => handleDelivered(b.batchNumber)}
                >
                  <Button size="small" icon={<CheckOutlined />} data-testid={`batch-deliver-${b.batchNumber}`}>
                    {t('court.batches.markDelivered')}
                  </Button>
                </Popconfirm>
              ) : null}
            </Flex>
          ),
        },
      ]}
    />
  );
}
