import { useEffect, useState } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ClockView } from '../../../../electron/contract/schemas/cases';
import type { AppError } from '../../../../electron/contract/result';
import { useCaseDetailStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { clockTitle } from './clock-display';

export type ClockAction = 'suspend' | 'resume' | 'extend';

interface Values {
  on?: Dayjs;
  days?: number;
  reason?: string;
}

/** 中止 (from a date, with a reason), 恢复 (on a date) or 延长 (by days, with a reason). */
export function ClockActionModal({ action, onClose }: { action: { clock: ClockView; kind: ClockAction } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const suspendClock = useCaseDetailStore((s) => s.suspendClock);
  const resumeClock = useCaseDetailStore((s) => s.resumeClock);
  const extendClock = useCaseDetailStore((s) => s.extendClock);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const kind = action?.kind;

  useEffect(() => {
    if (action) {
      form.resetFields();
      form.setFieldsValue({ on: dayjs() });
      setError(null);
    }
  }, [action, form]);

  async function handleFinish(values: Values) {
    if (!action) return;
    setSaving(true);
    setError(null);
    try {
      const id = action.clock.id;
      if (action.kind === 'suspend') await suspendClock(id, values.on!.format('YYYY-MM-DD'), values.reason!.trim());
      else if (action.kind === 'resume') await resumeClock(id, values.on!.format('YYYY-MM-DD'));
      else await extendClock(id, values.days!, values.reason!.trim());
      void message.success(t(`clock.done.${action.kind}`));
      onClose();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={action !== null}
      title={action ? `${t(`clock.${action.kind}`)} · ${clockTitle(t, action.clock)}` : ''}
      okText={kind ? t(`clock.${kind}`) : ''}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'clock-action-submit' } as object) }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="clock-action" onFinish={(values) => void handleFinish(values)}>
        {kind === 'suspend' || kind === 'resume' ? (
          <Form.Item
            name="on"
            label={kind === 'suspend' ? t('clock.suspendFrom') : t('clock.resumeOn')}
            rules={[{ required: true }]}
          >
            <DatePicker allowClear={false} />
          </Form.Item>
        ) : null}
        {kind === 'extend' ? (
          <Form.Item name="days" label={t('clock.extraDays')} rules={[{ required: true, message: t('clock.extraDaysRequired') }]}>
            <InputNumber min={1} max={365} precision={0} suffix={t('clock.dayUnit')} />
          </Form.Item>
        ) : null}
        {kind === 'suspend' || kind === 'extend' ? (
          <Form.Item
            name="reason"
            label={t('clock.reason')}
            rules={[{ required: true, whitespace: true, message: t('case.reasonRequired') }, { max: 1000 }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
