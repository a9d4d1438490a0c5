import { useEffect, useState } from 'react';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../electron/contract/schemas/tasks';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useTasksStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { showFieldIssues } from '../agencies/field-issues';
import { ContactSelect } from './ContactSelect';

interface Values {
  contactId?: string | null;
  request?: string;
  dueOn?: Dayjs;
}

/** 编辑: the contact, the wording of the request and the due date of a task not yet closed. */
export function TaskEditModal({ task, onClose }: { task: Task | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const update = useTasksStore((s) => s.update);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!task) return;
    form.resetFields();
    form.setFieldsValue({ contactId: task.contactId, request: task.request, dueOn: dayjs(task.dueOn) });
    setError(null);
  }, [task, form]);

  async function handleFinish(values: Values) {
    if (!task) return;
    setSaving(true);
    setError(null);
    try {
      await update({
        id: task.id,
        contactId: values.contactId ?? null,
        request: values.request!.trim(),
        dueOn: values.dueOn!.format('YYYY-MM-DD'),
      });
      void message.success(t('tasks.done.edit'));
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
      open={task !== null}
      title={task ? `${t('tasks.action.edit')} · ${task.agencyName}` : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'task-edit-submit' } as object) }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="task-edit" onFinish={(values) => void handleFinish(values)}>
        <Form.Item name="contactId" label={t('tasks.form.contact')}>
          <ContactSelect agencyId={task?.agencyId ?? null} />
        </Form.Item>
        <Form.Item
          name="request"
          label={t('tasks.form.request')}
          rules={[{ required: true, whitespace: true, message: t('tasks.form.requestRequired') }, { max: 2000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('tasks.form.dueOn')} rules={[{ required: true, message: t('tasks.form.dueRequired') }]}>
          <DatePicker allowClear={false} disabledDate={(d) => (task ? d.isBefore(dayjs(task.sentOn), 'day') : false)} />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
