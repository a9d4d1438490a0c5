import { useState } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import type { AppError } from '../../../../electron/contract/result';
import { useCaseDetailStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';

type Activity = CaseDetail['activities'][number];

/** Deleting an activity asks why: the reason goes into the audit log. */
export function DeleteActivityModal({ activity, onClose }: { activity: Activity | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const deleteActivity = useCaseDetailStore((s) => s.deleteActivity);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function handleFinish({ reason }: { reason?: string }) {
    if (!activity) return;
    setSaving(true);
    setError(null);
    try {
      await deleteActivity(activity.id, reason?.trim() ?? '');
      void message.success(t('activity.deleted'));
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
      open={activity !== null}
      title={t('activity.deleteTitle')}
      okText={t('common.delete')}
      okButtonProps={{ danger: true, loading: saving, ...({ 'data-testid': 'delete-activity-submit' } as object) }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      forceRender
    >
      {activity ? (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
          {activity.description}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" name="delete-activity" onFinish={(values) => void handleFinish(values)}>
        <Form.Item
          name="reason"
          label={t('activity.deleteReason')}
          rules={[{ required: true, whitespace: true, message: t('case.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
