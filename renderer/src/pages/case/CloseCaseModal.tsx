import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useCaseDetailStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';

type Outcome = NonNullable<CaseDetail['outcome']>;

interface CloseValues {
  outcome?: Outcome;
  summary?: string;
  basis?: string;
  closedOn?: Dayjs;
}

const GROUPS: readonly { key: 'resolved' | 'failed' | 'terminated'; outcomes: readonly Outcome[] }[] = [
  { key: 'resolved', outcomes: ['withdrawn', 'settlement', 'agency_corrected', 'judicial_confirmation'] },
  { key: 'failed', outcomes: ['transferred_to_filing'] },
  { key: 'terminated', outcomes: ['terminated'] },
];

/** 结案: an outcome and a summary are required; a failed case starts the 5-day transfer clock. */
export function CloseCaseModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const close = useCaseDetailStore((s) => s.close);
  const language = useAppStore((s) => s.language);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const outcome = Form.useWatch('outcome', form);

  async function handleFinish(values: CloseValues) {
    setSaving(true);
    setError(null);
    try {
      await close({
        outcome: values.outcome!,
        summary: values.summary?.trim() ?? '',
        basis: values.basis?.trim() || null,
        closedOn: values.closedOn?.format('YYYY-MM-DD'),
      });
      void message.success(t('case.closed'));
      form.resetFields();
      onClose();
    } catch (e) {
      const appError = toAppError(e);
      setError(appError);
      const known = ['outcome', 'summary', 'basis', 'closedOn'];
      form.setFields(
        (appError.fields ?? [])
          .filter((f) => known.includes(f.path))
          .map((f) => ({ name: f.path as keyof CloseValues, errors: [f.message[language] || f.message['zh-CN']] })),
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('case.closeTitle')}
      okText={t('case.closeSubmit')}
      cancelText={t('common.cancel')}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      onOk={() => form.submit()}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'close-submit' } as object) }}
      forceRender
    >
      <Form<CloseValues>
        form={form}
        layout="vertical"
        name="close-case"
        onFinish={(values) => void handleFinish(values)}
      >
        <Form.Item name="outcome" label={t('case.outcome')} rules={[{ required: true, message: t('case.outcomeRequired') }]}>
          <Select
            options={GROUPS.map((g) => ({
              label: t(`outcomeGroup.${g.key}`),
              title: t(`outcomeGroup.${g.key}`),
              options: g.outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) })),
            }))}
          />
        </Form.Item>
        {outcome === 'transferred_to_filing' ? (
          <Alert type="warning" showIcon title={t('case.transferHint')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="summary"
          label={t('case.summary')}
          rules={[{ required: true, whitespace: true, message: t('case.summaryRequired') }, { max: 4000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="basis" label={t('case.basis')} rules={[{ max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="closedOn" label={t('case.closedOn')}>
          <DatePicker placeholder={t('case.closedOnToday')} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        {error && !error.fields ? <ErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
