import { useEffect, useState } from 'react';
import { App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../../../electron/contract/schemas/meetings';
import type { AppError } from '../../../../../electron/contract/result';
import { useAppStore, useRoomsStore } from '../../../stores/stores';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { toAppError } from '../../../lib/app-error';
import { showFieldIssues } from '../../agencies/field-issues';

interface Values {
  name?: string;
  location?: string | null;
  capacity?: number | null;
  active?: boolean;
}

/** Adds or edits a meeting room: name (unique), location, seats, active. */
export function RoomFormModal({ room, onClose }: { room: Room | null | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const save = useRoomsStore((s) => s.save);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const open = room !== undefined;

  useEffect(() => {
    if (room === undefined) return;
    form.resetFields();
    form.setFieldsValue(room ? { name: room.name, location: room.location, capacity: room.capacity, active: room.active } : { active: true });
    setError(null);
  }, [room, form]);

  async function handleFinish(values: Values) {
    setSaving(true);
    setError(null);
    try {
      const saved = await save({
        ...(room ? { id: room.id } : {}),
        name: values.name!.trim(),
        location: values.location?.trim() || null,
        capacity: values.capacity ?? null,
        active: values.active ?? true,
      });
      void message.success(t('meetings.rooms.saved', { name: saved.name }));
      onClose();
    } catch (e) {
      const appError = toAppError(e);
      setError(showFieldIssues(form, appError, language) ? null : appError);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={room ? t('meetings.rooms.editTitle') : t('meetings.rooms.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'room-submit' } as object) }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="room" onFinish={(values) => void handleFinish(values)}>
        <Form.Item name="name" label={t('meetings.rooms.name')} rules={[{ required: true, whitespace: true, message: t('meetings.rooms.nameRequired') }, { max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="location" label={t('meetings.rooms.location')} rules={[{ max: 120 }]}>
          <Input placeholder={t('meetings.rooms.locationPlaceholder')} />
        </Form.Item>
        <Form.Item name="capacity" label={t('meetings.rooms.capacity')}>
          <InputNumber min={1} max={1000} precision={0} />
        </Form.Item>
        <Form.Item name="active" label={t('meetings.rooms.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
