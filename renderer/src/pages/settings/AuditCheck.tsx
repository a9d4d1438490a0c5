import { Alert, Button, Card, Flex, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Runs the audit-chain verification and says whether the log is intact. */
export function AuditCheck() {
  const { t } = useTranslation();
  const audit = useSettingsStore((s) => s.audit);
  const verifying = useSettingsStore((s) => s.verifying);
  const auditError = useSettingsStore((s) => s.auditError);
  const verifyAudit = useSettingsStore((s) => s.verifyAudit);

  function auditTitle(): string {
    if (!audit) return '';
    if (audit.ok) return t('settings.auditOk', { entries: audit.entries });
    const broken = audit.firstBroken;
    return t('settings.auditBroken', {
      entries: audit.entries,
      seq: broken?.seq ?? '?',
      reason: broken ? t(`settings.reason.${broken.reason}`) : '?',
    });
  }

  return (
    <Card size="small" title={t('settings.audit')}>
      <Flex vertical gap={12} align="flex-start">
        <Typography.Text type="secondary">{t('settings.auditHint')}</Typography.Text>
        <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={() => void verifyAudit()}>
          {t('settings.verify')}
        </Button>
        {auditError ? <ErrorAlert error={auditError} /> : null}
        {audit ? (
          <Alert
            style={{ alignSelf: 'stretch' }}
            data-testid="audit-result"
            type={audit.ok ? 'success' : 'error'}
            showIcon
            title={auditTitle()}
            description={
              audit.headHash ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('settings.headHash')}: <Typography.Text code>{audit.headHash}</Typography.Text>
                </Typography.Text>
              ) : undefined
            }
          />
        ) : null}
      </Flex>
    </Card>
  );
}
