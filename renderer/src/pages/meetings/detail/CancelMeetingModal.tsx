import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../../electron/contract/schemas/meetings';
import type { AppError } from '../../../../../electron/contract/result';
import { useMeetingDetailStore } from '../../../stores/stores';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { toAppError } from '../../../lib/app-error';

/** 取消会议, with the reason (kept in the audit log). Cancelling is final. */
export function CancelMeetingModal({ detail, open, onClose }: { detail: MeetingDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const setStatus = useMeetingDetailStore((s) => s.setStatus);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
  }, [open, form]);

  async function handleFinish(values: { reason?: string }) {
    setSaving(true);
    setError(null);
    try {
      await setStatus('cancelled', values.reason!.trim());
      void message.success(t('meetings.detail.statusChanged', { status: t('meetings.status.cancelled') }));
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
      title={t('meetings.detail.cancelTitle', { title: detail.title })}
      okText={t('meetings.detail.cancelConfirm')}
      okButtonProps={{ danger: true, loading: saving, ...({ 'data-testid': 'meeting-cancel-submit' } as object) }}
      cancelText={t('common.close')}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('meetings.detail.cancelHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="meeting-cancel" onFinish={(values) => void handleFinish(values)}>
        <Form.Item
          name="reason"
          label={t('meetings.detail.cancelReason')}
          rules={[{ required: true, whitespace: true, message: t('meetings.detail.cancelReasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
