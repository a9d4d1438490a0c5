import { useEffect, useState } from 'react';
import { Flex, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../client-context';
import { ExportButton } from '../../components/ExportButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { createAuditStore } from './audit-store';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { ChainCheckButton, ChainCheckResult } from './ChainCheck';

/**
 * 审计日志 (administrators: audit.read; the export needs audit.export): filter the log, read each
 * entry's detail, verify the whole hash chain, export the filtered entries as XLSX. The core
 * refuses other roles, and the page then shows its message instead of the table.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const client = useClient();
  const [store] = useState(() => createAuditStore(client));
  const s = useStore(store);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  return (
    <Flex vertical gap={12} data-testid="page-audit">
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('audit.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('audit.pageHint')}</Typography.Text>
        </div>
        <Flex gap={8}>
          <ChainCheckButton verifying={s.verifying} onVerify={() => void s.verify()} />
          <ExportButton
            channel="audit.export"
            formats={[{ key: 'xlsx', label: t('audit.exportXlsx'), input: s.filters }]}
            label={t('audit.export')}
            icon={<FileExcelOutlined />}
            testId="audit-export"
            placement="bottomRight"
            onExported={() => void s.load()}
          />
        </Flex>
      </Flex>
      <ChainCheckResult report={s.report} error={s.verifyError} />
      <AuditFilterBar filters={s.filters} options={s.result?.options ?? null} onChange={s.setFilters} />
      {s.error ? <ErrorAlert error={s.error} /> : null}
      <AuditTable result={s.result} loading={s.loading} page={s.page} pageSize={s.pageSize} onPage={s.setPage} />
    </Flex>
  );
}
