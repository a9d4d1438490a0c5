import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../electron/contract/schemas/tasks';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useTasksStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { formatDateTime } from '../../lib/format';
import { showFieldIssues } from '../agencies/field-issues';

export type TaskStep = 'acknowledge' | 'reply' | 'close' | 'remind';

interface Values {
  on?: Dayjs;
  replyText?: string;
  note?: string;
}

/** 签收 (a date), 录入答复 (text and date), 办结 (date, a note when unanswered), 催办 (a note). */
export function TaskActionModal({ action, onClose }: { action: { task: Task; step: TaskStep } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const acknowledge = useTasksStore((s) => s.acknowledge);
  const reply = useTasksStore((s) => s.reply);
  const close = useTasksStore((s) => s.close);
  const remind = useTasksStore((s) => s.remind);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const step = action?.step;
  const task = action?.task;
  // Closing a task nobody answered needs the reason on record (e.g. settled at a meeting).
  const noteRequired = step === 'close' && task?.status !== 'answered';

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    form.setFieldsValue({ on: dayjs() });
    setError(null);
  }, [action, form]);

  async function handleFinish(values: Values) {
    if (!action) return;
    const { task: current } = action;
    const on = values.on?.format('YYYY-MM-DD') ?? dayjs().format('YYYY-MM-DD');
    setSaving(true);
    setError(null);
    try {
      if (action.step === 'acknowledge') await acknowledge(current.id, on);
      else if (action.step === 'reply') await reply(current.id, values.replyText!.trim(), on);
      else if (action.step === 'close') await close(current.id, on, values.note?.trim() || undefined);
      else await remind(current.id, values.note?.trim() || undefined);
      void message.success(t(`tasks.done.${action.step}`, { agency: current.agencyName }));
      onClose();
    } catch (e) {
      const appError = toAppError(e);
      const mapped = { ...appError, fields: appError.fields?.map((f) => ({ ...f, path: f.path === 'repliedOn' ? 'on' : f.path })) };
      setError(showFieldIssues(form, mapped, language) ? null : appError);
    } finally {
      setSaving(false);
    }
  }

  const outOfRange = (d: Dayjs) => d.isAfter(dayjs(), 'day') || (task ? d.isBefore(dayjs(task.sentOn), 'day') : false);

  return (
    <Modal
      open={action !== null}
      title={step && task ? `${t(`tasks.action.${step}`)} · ${task.agencyName}` : ''}
      okText={step ? t(`tasks.action.${step}`) : ''}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'task-action-submit' } as object) }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {task ? (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 12 }}>
          {t('tasks.requestQuote', { request: task.request })}
        </Typography.Paragraph>
      ) : null}
      <Form<Values> form={form} layout="vertical" name="task-action" onFinish={(values) => void handleFinish(values)}>
        {step === 'reply' ? (
          <Form.Item
            name="replyText"
            label={t('tasks.form.replyText')}
            rules={[{ required: true, whitespace: true, message: t('tasks.form.replyRequired') }, { max: 4000 }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        ) : null}
        {step === 'acknowledge' || step === 'reply' || step === 'close' ? (
          <Form.Item
            name="on"
            label={t(`tasks.form.on.${step}`)}
            rules={[{ required: true, message: t('tasks.form.dateRequired') }]}
          >
            <DatePicker allowClear={false} disabledDate={outOfRange} />
          </Form.Item>
        ) : null}
        {step === 'remind' && task ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={
              task.reminderCount > 0
                ? t('tasks.form.remindedBefore', { count: task.reminderCount, at: formatDateTime(task.lastRemindedAt) })
                : t('tasks.form.firstReminder')
            }
          />
        ) : null}
        {step === 'close' || step === 'remind' ? (
          <Form.Item
            name="note"
            label={t(step === 'close' ? 'tasks.form.closeNote' : 'tasks.form.remindNote')}
            extra={noteRequired ? t('tasks.form.closeNoteHint') : undefined}
            rules={[
              { required: noteRequired, whitespace: true, message: t('tasks.form.closeNoteRequired') },
              { max: step === 'close' ? 1000 : 500 },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
