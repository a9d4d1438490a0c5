import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useCourtStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { shortHex } from './court-format';

/**
 * 更换密钥: asks why (the reason is in the audit log) and says what follows: old packages still
 * verify with the old key, and the court needs the new public key for the next ones.
 */
export function RotateKeyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rotateKey = useCourtStore((s) => s.rotateKey);
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  function close() {
    form.resetFields();
    setError(null);
    onClose();
  }

  async function handleFinish({ reason }: { reason: string }) {
    setBusy(true);
    setError(null);
    try {
      const key = await rotateKey(reason.trim());
      void message.success(t('court.key.rotated', { fingerprint: shortHex(key.fingerprint) }));
      close();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('court.key.rotateTitle')}
      okText={t('court.key.rotate')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: busy, ...({ 'data-testid': 'key-rotate-submit' } as object) }}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
    >
      <Alert type="warning" showIcon title={t('court.key.rotateExplain')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="key-rotate" onFinish={(values) => void handleFinish(values)}>
        <Form.Item name="reason" label={t('court.key.reason')} rules={[{ required: true, whitespace: true, message: t('court.key.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('court.key.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
