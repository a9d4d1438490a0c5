import { useEffect, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../../electron/contract/schemas/case-list';
import type { AppError } from '../../../../electron/contract/result';
import { useCasesStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';

/** Names the current filters. Keeping the selected view's name updates that view. */
export function SaveViewModal({ open, current, onClose }: { open: boolean; current: SavedView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name?: string }>();
  const saveView = useCasesStore((s) => s.saveView);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (open) {
      form.setFieldsValue({ name: current?.name ?? '' });
      setError(null);
    }
  }, [open, current, form]);

  async function handleFinish({ name }: { name?: string }) {
    const trimmed = name?.trim() ?? '';
    setSaving(true);
    setError(null);
    try {
      await saveView(trimmed, current && current.name === trimmed ? current.id : undefined);
      void message.success(t('cases.viewSaved', { name: trimmed }));
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
      title={t('cases.saveView')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" name="save-view" onFinish={(values) => void handleFinish(values)}>
        <Form.Item
          name="name"
          label={t('cases.viewName')}
          extra={t('cases.viewNameHint')}
          rules={[{ required: true, whitespace: true, message: t('cases.viewNameRequired') }, { max: 60 }]}
        >
          <Input />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
