import { useEffect } from 'react';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/stores';
import { SystemInfo } from './SystemInfo';
import { CenterInfo } from './CenterInfo';
import { AuditCheck } from './AuditCheck';

/** Where the data lives, who we are, and the audit-chain check. */
export function SettingsPage() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  const load = useAppStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div data-testid="page-settings">
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 12 }}>
        {t('settings.title')}
      </Typography.Title>
      <Flex vertical gap={12}>
        {info ? <CenterInfo info={info} /> : null}
        {info ? <SystemInfo info={info} /> : null}
        <AuditCheck />
      </Flex>
    </div>
  );
}
