import { useEffect, useState } from 'react';
import { App, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../electron/contract/result';
import { useAppStore, useLinkageStore } from '../../../stores/stores';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { toAppError } from '../../../lib/app-error';
import { AgencySelect } from '../AgencySelect';
import { showFieldIssues } from '../form-issues';

interface Values {
  agencyId?: string;
  attendedOn?: Dayjs;
  courtNumber?: string;
  attendees?: string;
}

const FIELDS = ['agencyId', 'attendedOn', 'courtNumber', 'attendees'] as const;

/** 登记旁听庭审: an agency's staff attended a court hearing. */
export function AttendanceModal({ open, defaultDate, onClose }: { open: boolean; defaultDate: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const saveAttendance = useLinkageStore((s) => s.saveAttendance);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (defaultDate) form.setFieldsValue({ attendedOn: dayjs(defaultDate) });
  }, [open, defaultDate, form]);

  async function handleFinish(values: Values) {
    setSaving(true);
    setError(null);
    try {
      await saveAttendance({
        agencyId: values.agencyId!,
        attendedOn: values.attendedOn!.format('YYYY-MM-DD'),
        courtNumber: values.courtNumber?.trim() || null,
        attendees: values.attendees?.trim() || null,
      });
      void message.success(t('linkage.common.saved'));
      onClose();
    } catch (e) {
      const appError = toAppError(e);
      if (!showFieldIssues(form, appError, language, FIELDS)) setError(appError);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('linkage.attendance.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'attendance-submit' } as object) }}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="attendance" onFinish={(values) => void handleFinish(values)}>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="agencyId" label={t('linkage.common.agency')} rules={[{ required: true, message: t('linkage.attendance.agencyRequired') }]}>
              <AgencySelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="attendedOn"
              label={t('linkage.attendance.attendedOn')}
              rules={[
                { required: true, message: t('linkage.attendance.dateRequired') },
                {
                  validator: async (_, value: Dayjs | undefined) => {
                    if (value && value.isAfter(dayjs(), 'day')) throw new Error(t('linkage.common.dateInFuture'));
                  },
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="courtNumber" label={t('linkage.attendance.courtNumber')} rules={[{ max: 60 }]}>
          <Input placeholder="（2026）冀03行初88号" />
        </Form.Item>
        <Form.Item name="attendees" label={t('linkage.attendance.attendees')} rules={[{ max: 500 }]}>
          <Input placeholder={t('linkage.attendance.attendeesPlaceholder')} />
        </Form.Item>
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
