import { useEffect, useState } from 'react';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import type { AppError } from '../../../../electron/contract/result';
import { useAgenciesStore, useAppStore, useTasksStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { showFieldIssues } from '../agencies/field-issues';
import { ContactSelect } from '../tasks/ContactSelect';
import { DuePreview } from './TaskDuePreview';

export const DEFAULT_WORKING_DAYS = 5;

interface Values {
  agencyId?: string;
  contactId?: string | null;
  request?: string;
  sentOn?: Dayjs;
  dueMode?: 'workingDays' | 'date';
  dueInWorkingDays?: number;
  dueOn?: Dayjs;
}

/**
 * 新建协调事项: which agency (the case's own first), which contact, what is asked, and by when —
 * a date, or N working days counted on the holiday calendar with the resulting date shown live.
 */
export function TaskCreateModal({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const create = useTasksStore((s) => s.create);
  const directory = useAgenciesStore((s) => s.directory);
  const loadDirectory = useAgenciesStore((s) => s.loadDirectory);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const agencyId = Form.useWatch('agencyId', form);
  const dueMode = Form.useWatch('dueMode', form);
  const sentOn = Form.useWatch('sentOn', form);
  const workingDays = Form.useWatch('dueInWorkingDays', form);

  useEffect(() => {
    if (!open) return;
    void loadDirectory();
    form.resetFields();
    const respondent = detail.agencies.find((a) => a.role === 'respondent') ?? detail.agencies[0];
    form.setFieldsValue({
      agencyId: respondent?.agencyId,
      contactId: null,
      sentOn: dayjs(),
      dueMode: 'workingDays',
      dueInWorkingDays: DEFAULT_WORKING_DAYS,
    });
    setError(null);
  }, [open, detail, form, loadDirectory]);

  async function handleFinish(values: Values) {
    setSaving(true);
    setError(null);
    try {
      const byDays = values.dueMode !== 'date';
      const task = await create({
        caseId: detail.id,
        agencyId: values.agencyId!,
        contactId: values.contactId ?? null,
        request: values.request!.trim(),
        sentOn: values.sentOn!.format('YYYY-MM-DD'),
        dueOn: byDays ? null : values.dueOn!.format('YYYY-MM-DD'),
        dueInWorkingDays: byDays ? values.dueInWorkingDays! : null,
      });
      void message.success(t('tasks.create.done', { agency: task.agencyName, dueOn: task.dueOn }));
      onClose();
    } catch (e) {
      const appError = toAppError(e);
      setError(showFieldIssues(form, appError, language) ? null : appError);
    } finally {
      setSaving(false);
    }
  }

  const own = new Set(detail.agencies.map((a) => a.agencyId));
  const agencyOptions = [
    {
      label: t('tasks.create.caseAgencies'),
      title: t('tasks.create.caseAgencies'),
      options: detail.agencies.map((a) => ({ value: a.agencyId, label: `${a.name}（${t(`agencyRole.${a.role}`)}）` })),
    },
    {
      label: t('tasks.create.otherAgencies'),
      title: t('tasks.create.otherAgencies'),
      options: directory.filter((a) => a.active && !own.has(a.id)).map((a) => ({ value: a.id, label: a.name })),
    },
  ];

  return (
    <Modal
      open={open}
      width={640}
      title={t('tasks.create.title', { caseNumber: detail.caseNumber })}
      okText={t('tasks.create.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'task-create-submit' } as object) }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="task-create"
        onFinish={(values) => void handleFinish(values)}
        onValuesChange={(changed: Values) => {
          // Another agency has other contacts: the chosen one no longer applies.
          if ('agencyId' in changed) form.setFieldValue('contactId', null);
        }}
      >
        <Form.Item name="agencyId" label={t('tasks.form.agency')} rules={[{ required: true, message: t('tasks.form.agencyRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={agencyOptions} placeholder={t('intake.agencyPlaceholder')} />
        </Form.Item>
        <Form.Item name="contactId" label={t('tasks.form.contact')}>
          <ContactSelect agencyId={agencyId ?? null} />
        </Form.Item>
        <Form.Item
          name="request"
          label={t('tasks.form.request')}
          rules={[{ required: true, whitespace: true, message: t('tasks.form.requestRequired') }, { max: 2000, message: t('tasks.form.tooLong', { max: 2000 }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('tasks.form.requestPlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item name="sentOn" label={t('tasks.form.sentOn')} rules={[{ required: true, message: t('tasks.form.dateRequired') }]}>
              <DatePicker allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="dueMode" label={t('tasks.form.due')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'workingDays', label: t('tasks.form.byWorkingDays') },
                  { value: 'date', label: t('tasks.form.byDate') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        {dueMode === 'date' ? (
          <Form.Item
            name="dueOn"
            label={t('tasks.form.dueOn')}
            dependencies={['sentOn']}
            rules={[
              { required: true, message: t('tasks.form.dueRequired') },
              {
                validator: async (_, value: Dayjs | undefined) => {
                  const sent = form.getFieldValue('sentOn') as Dayjs | undefined;
                  if (value && sent && value.isBefore(sent, 'day')) throw new Error(t('tasks.form.dueBeforeSent'));
                },
              },
            ]}
          >
            <DatePicker />
          </Form.Item>
        ) : (
          <Form.Item
            name="dueInWorkingDays"
            label={t('tasks.form.workingDays')}
            rules={[{ required: true, message: t('tasks.form.workingDaysRequired') }]}
            extra={<DuePreview sentOn={sentOn ?? null} workingDays={workingDays ?? null} />}
          >
            <InputNumber min={1} max={120} precision={0} suffix={t('tasks.form.workingDayUnit')} style={{ width: 160 }} />
          </Form.Item>
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
