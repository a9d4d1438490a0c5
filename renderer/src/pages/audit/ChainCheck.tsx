import { Alert, Button, Flex, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AuditReport } from '../../../../electron/contract/schemas/app';
import type { AppError } from '../../../../electron/contract/result';
import { ErrorAlert } from '../../components/ErrorAlert';

/** 校验链条: the button and what the whole chain's verification found (ok, or which entry broke). */
export function ChainCheckButton({ verifying, onVerify }: { verifying: boolean; onVerify: () => void }) {
  const { t } = useTranslation();
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={onVerify} data-testid="audit-verify">
      {t('audit.verify')}
    </Button>
  );
}

export function ChainCheckResult({ report, error }: { report: AuditReport | null; error: AppError | null }) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  if (!report) return null;
  const broken = report.firstBroken;
  return (
    <Alert
      type={report.ok ? 'success' : 'error'}
      showIcon
      data-testid="audit-verify-result"
      title={
        report.ok
          ? t('audit.verifyOk', { entries: report.entries })
          : t('audit.verifyBroken', { entries: report.entries, seq: broken?.seq ?? '?', reason: broken ? t(`settings.reason.${broken.reason}`) : '?' })
      }
      description={
        <Flex gap={4} wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('audit.headHash')}:
          </Typography.Text>
          <Typography.Text code style={{ fontSize: 12 }}>
            {report.headHash}
          </Typography.Text>
        </Flex>
      }
    />
  );
}
