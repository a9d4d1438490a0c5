import { useEffect, useState } from 'react';
import { App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import type { SecuritySettings as Settings } from '../../../../electron/contract/schemas/auth';
import { useAuthStore, useOperatorsStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { useCan } from '../auth/use-can';

// The contract's limits (SecuritySettingsSchema).
const MIN = 1;
const MAX = 240;

/** 安全: after how many idle minutes the desk locks (administrators change it; others see it). */
export function SecuritySettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const security = useOperatorsStore((s) => s.security);
  const loadError = useOperatorsStore((s) => s.securityError);
  const loadSecurity = useOperatorsStore((s) => s.loadSecurity);
  const saveSecurity = useOperatorsStore((s) => s.saveSecurity);
  const reloadAuth = useAuthStore((s) => s.load);
  const canEdit = useCan('operators.admin');
  const [form] = Form.useForm<Settings>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadSecurity();
  }, [loadSecurity]);

  useEffect(() => {
    if (security) form.setFieldsValue(security);
  }, [security, form]);

  async function handleFinish(values: Settings) {
    setBusy(true);
    setError(null);
    try {
      const saved = await saveSecurity({ idleLockMinutes: values.idleLockMinutes });
      // The idle timer of this window reads the time from auth.status.
      await reloadAuth();
      void message.success(t('auth.security.saved', { minutes: saved.idleLockMinutes }));
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={t('auth.security.title')} data-testid="security-settings" style={{ maxWidth: 720 }}>
      {loadError ? <ErrorAlert error={loadError} onRetry={() => void loadSecurity()} retryLabel={t('app.retry')} /> : null}
      <Form<Settings> form={form} name="security" layout="vertical" disabled={busy || !canEdit || !security} onFinish={(values) => void handleFinish(values)}>
        <Form.Item
          label={t('auth.security.idleLock')}
          extra={canEdit ? t('auth.security.idleLockHint') : t('auth.security.adminOnly')}
        >
          <Space>
            <Form.Item
              name="idleLockMinutes"
              noStyle
              rules={[{ required: true, type: 'integer', min: MIN, max: MAX, message: t('auth.security.range', { min: MIN, max: MAX }) }]}
            >
              <InputNumber min={MIN} max={MAX} precision={0} style={{ width: 120 }} aria-label={t('auth.security.idleLock')} data-testid="idle-lock-minutes" />
            </Form.Item>
            <Typography.Text>{t('auth.security.minutes')}</Typography.Text>
          </Space>
        </Form.Item>
        {error ? (
          <Form.Item>
            <ErrorAlert error={error} />
          </Form.Item>
        ) : null}
        {canEdit ? (
          <Button type="primary" htmlType="submit" loading={busy} data-testid="security-save">
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
