import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useCaseDetailStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';

/** 重新打开: a closed case goes back to work with a recorded reason (audited). */
export function ReopenCaseModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const reopen = useCaseDetailStore((s) => s.reopen);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function handleFinish({ reason }: { reason?: string }) {
    setSaving(true);
    setError(null);
    try {
      await reopen(reason?.trim() ?? '');
      void message.success(t('case.reopened'));
      form.resetFields();
      onClose();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('case.reopenTitle')}
      okText={t('case.reopen')}
      cancelText={t('common.cancel')}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      onOk={() => form.submit()}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'reopen-submit' } as object) }}
      forceRender
    >
      <Form form={form} layout="vertical" name="reopen-case" onFinish={(values) => void handleFinish(values)}>
        <Form.Item
          name="reason"
          label={t('case.reopenReason')}
          rules={[{ required: true, whitespace: true, message: t('case.reasonRequired') }, { max: 1000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
