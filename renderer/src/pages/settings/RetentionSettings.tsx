import { useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Flex, InputNumber, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from '../../../../electron/contract/schemas/retention';
import { useClient } from '../../client-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/stores';
import { createRetentionStore } from '../audit/retention-store';

/**
 * 数据保留 (PIPL art. 19, administrators: retention.admin): the years closed cases keep their
 * parties' personal data, how many cases are past it, and 执行匿名化 behind a confirmation that
 * names the number of cases and says it cannot be undone.
 */
export function RetentionSettings() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const language = useAppStore((s) => s.language);
  const client = useClient();
  const [store] = useState(() => createRetentionStore(client));
  const { status, error, load, save, run } = useStore(store);
  const [years, setYears] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  async function handleSave() {
    if (years === null) return;
    setBusy(true);
    try {
      await save(years);
      setYears(null);
      void message.success(t('audit.retention.saved'));
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    } finally {
      setBusy(false);
    }
  }

  function handleRun() {
    const count = status?.due ?? 0;
    void modal.confirm({
      title: t('audit.retention.confirmTitle', { count }),
      content: <span data-testid="retention-confirm-content">{t('audit.retention.confirmContent', { count })}</span>,
      okText: t('audit.retention.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const result = await run();
          void message.success(t('audit.retention.done', { cases: result.cases, parties: result.parties }));
        } catch (e) {
          void message.error(pick(toAppError(e).message, language));
        }
      },
    });
  }

  if (error) return <ErrorAlert error={error} />;
  return (
    <Card size="small" title={t('audit.retention.title')} data-testid="retention-settings">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('audit.retention.hint')}</Typography.Text>
        <Flex gap={8} align="center">
          <Typography.Text>{t('audit.retention.years')}</Typography.Text>
          <InputNumber
            min={RETENTION_YEARS_MIN}
            max={RETENTION_YEARS_MAX}
            precision={0}
            value={years ?? status?.years ?? null}
            onChange={(v) => setYears(typeof v === 'number' ? v : null)}
            data-testid="retention-years"
          />
          <Button type="primary" disabled={years === null || years === status?.years} loading={busy} onClick={() => void handleSave()} data-testid="retention-save">
            {t('audit.retention.save')}
          </Button>
        </Flex>
        {status ? (
          <Descriptions size="small" column={1} bordered style={{ maxWidth: 560 }}>
            <Descriptions.Item label={t('audit.retention.due')}>
              <span data-testid="retention-due">{t('audit.retention.dueCount', { count: status.due })}</span>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {t('audit.retention.cutoff', { cutoff: status.cutoff })}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.retention.oldest')}>{formatDate(status.oldestClosedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.retention.anonymised')}>
              <span data-testid="retention-anonymised">{t('audit.retention.dueCount', { count: status.anonymisedCases })}</span>
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        <div>
          <Button danger icon={<DeleteOutlined />} disabled={!status || status.due === 0} onClick={handleRun} data-testid="retention-run">
            {status && status.due === 0 ? t('audit.retention.nothingDue') : t('audit.retention.run')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
