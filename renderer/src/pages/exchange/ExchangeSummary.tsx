import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCourtStore } from '../../stores/stores';
import { shortHex } from './court-format';

/** What the liaison wants at a glance: how much the court has not seen, its last receipt, which key signs. */
export function ExchangeSummary() {
  const { t } = useTranslation();
  const overview = useCourtStore((s) => s.overview);
  const key = useCourtStore((s) => s.key);
  const keyError = useCourtStore((s) => s.keyError);
  const unsynced = overview?.unsyncedCases ?? 0;
  const acknowledged = overview?.lastAcknowledgedBatch ?? null;

  return (
    <Flex wrap gap={12}>
      <Card size="small" style={{ flex: '1 1 200px' }} data-testid="summary-unsynced">
        <Statistic
          title={t('court.summary.unsynced')}
          value={unsynced}
          loading={overview === null}
          styles={{ content: unsynced > 0 ? { color: 'var(--ant-color-warning, #d48806)' } : {} }}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('court.summary.unsyncedHint')}
        </Typography.Text>
      </Card>
      <Card size="small" style={{ flex: '1 1 200px' }} data-testid="summary-acknowledged">
        <Statistic
          title={t('court.summary.lastAcknowledged')}
          loading={overview === null}
          value={acknowledged !== null ? t('court.summary.batchN', { n: acknowledged }) : t('court.summary.noneAcknowledged')}
        />
      </Card>
      <Card size="small" style={{ flex: '1 1 240px' }} data-testid="summary-key">
        <Statistic
          title={t('court.summary.key')}
          loading={!key && !keyError}
          valueRender={() =>
            key ? (
              <Typography.Text style={{ fontFamily: 'var(--ant-font-family-code, monospace)', fontSize: 20 }} title={key.fingerprint}>
                {shortHex(key.fingerprint)}
              </Typography.Text>
            ) : (
              <Typography.Text type="danger">{t('court.summary.keyUnavailable')}</Typography.Text>
            )
          }
        />
      </Card>
    </Flex>
  );
}
