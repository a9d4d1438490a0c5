import { Alert, App, Flex, Typography } from 'antd';
import { CloudDownloadOutlined, DatabaseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CourtExportResult } from '../../../../electron/contract/schemas/court';
import { useAuthStore, useCourtStore } from '../../stores/stores';
import { ExportButton } from '../../components/ExportButton';
import { BatchTable } from './BatchTable';
import { useCan, useRolesWith } from '../auth/use-can';

/** The core's answer when an incremental batch would be empty: a fact to tell, not a failure. */
const NOTICES = ['NOTHING_TO_EXPORT'] as const;

/** 批次: make a new package (changes since the court's last receipt, or everything) and the batch history. */
export function BatchesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const overview = useCourtStore((s) => s.overview);
  const load = useCourtStore((s) => s.load);
  // Hidden rather than refused for operators without court.export; the core refuses them anyway.
  const canExport = useCan('court.export');
  const exporters = useRolesWith('court.export');
  const operator = useAuthStore((s) => s.status?.operator ?? null);

  function handleExported({ batch }: CourtExportResult) {
    void message.success(t('court.batches.exported', { n: batch.batchNumber, count: batch.caseCount }));
    void load();
  }

  return (
    <Flex vertical gap={12} data-testid="tab-batches">
      {canExport ? (
        <Flex align="center" gap={8} wrap>
          <ExportButton
            channel="court.export"
            type="primary"
            icon={<CloudDownloadOutlined />}
            label={t('court.batches.exportIncremental')}
            formats={[{ key: 'incremental', label: t('court.batches.exportIncremental'), input: { mode: 'incremental' } }]}
            notices={NOTICES}
            onExported={handleExported}
            testId="court-export-incremental"
          />
          <ExportButton
            channel="court.export"
            icon={<DatabaseOutlined />}
            label={t('court.batches.exportAll')}
            formats={[
              {
                key: 'all',
                label: t('court.batches.exportAll'),
                input: { mode: 'all' },
                confirm: { title: t('court.batches.confirmAllTitle'), content: t('court.batches.confirmAll') },
              },
            ]}
            onExported={handleExported}
            testId="court-export-all"
          />
        </Flex>
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('auth.denied.courtExport', { roles: exporters, name: operator?.name ?? '', role: operator ? t(`role.${operator.role}`) : '' })}
          data-testid="court-export-denied"
        />
      )}
      <Typography.Text type="secondary">{t('court.batches.hint')}</Typography.Text>
      <BatchTable batches={overview?.batches ?? []} loading={overview === null} />
    </Flex>
  );
}
