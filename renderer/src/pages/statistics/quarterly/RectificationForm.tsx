import { useEffect, useState, type KeyboardEvent } from 'react';
import { App, Button, DatePicker, Flex, Form, Input } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { QuarterlyEntry } from '../../../../../electron/contract/schemas/linkage';
import type { AppError } from '../../../../../electron/contract/result';
import { useAppStore, useQuarterlyStore } from '../../../stores/stores';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { toAppError } from '../../../lib/app-error';
import { showFieldIssues } from '../form-issues';

interface Values {
  rectification?: string;
  rectificationOn?: Dayjs | null;
}

const FIELDS = ['rectification', 'rectificationOn'] as const;

/** The named agency's rectification feedback (整改反馈) and its date, saved per agency. */
export function RectificationForm({ entry }: { entry: QuarterlyEntry }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const language = useAppStore((s) => s.language);
  const saveRectification = useQuarterlyStore((s) => s.saveRectification);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  // Follows what is stored (a save here or in another window); typing in between is kept.
  useEffect(() => {
    form.setFieldsValue({
      rectification: entry.rectification ?? '',
      rectificationOn: entry.rectificationOn ? dayjs(entry.rectificationOn) : null,
    });
  }, [entry.rectification, entry.rectificationOn, form]);

  async function handleFinish(values: Values) {
    setSaving(true);
    setError(null);
    try {
      await saveRectification({
        agencyId: entry.agencyId,
        rectification: values.rectification?.trim() || null,
        rectificationOn: values.rectificationOn ? values.rectificationOn.format('YYYY-MM-DD') : null,
      });
      void message.success(t('linkage.quarterly.rectificationSaved', { agency: entry.agencyName }));
    } catch (e) {
      const appError = toAppError(e);
      if (!showFieldIssues(form, appError, language, FIELDS)) setError(appError);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name={`rectification-${entry.agencyId}`}
      onFinish={(values) => void handleFinish(values)}
      // Enter confirms a typed date; saving is the button's job, not a side effect of that key.
      onKeyDown={(event: KeyboardEvent<HTMLFormElement>) => {
        if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') event.preventDefault();
      }}
    >
      <Flex gap={12} wrap align="flex-start">
        <Form.Item
          name="rectification"
          label={t('linkage.quarterly.rectification')}
          style={{ flex: '1 1 360px', marginBottom: 8 }}
          dependencies={['rectificationOn']}
          rules={[
            { max: 4000 },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (getFieldValue('rectificationOn') && !value?.trim()) throw new Error(t('linkage.quarterly.rectificationTextRequired'));
              },
            }),
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('linkage.quarterly.rectificationPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="rectificationOn"
          label={t('linkage.quarterly.rectificationOn')}
          style={{ flex: '0 0 160px', marginBottom: 8 }}
          dependencies={['rectification']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value: Dayjs | null | undefined) => {
                if (value && value.isAfter(dayjs(), 'day')) throw new Error(t('linkage.common.dateInFuture'));
                const text = getFieldValue('rectification') as string | undefined;
                if (!value && text?.trim()) throw new Error(t('linkage.quarterly.rectificationDateRequired'));
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label=" " colon={false} style={{ marginBottom: 8 }}>
          <Button htmlType="submit" icon={<SaveOutlined />} loading={saving} data-testid="rectification-save">
            {t('linkage.quarterly.rectificationSave')}
          </Button>
        </Form.Item>
      </Flex>
      {error ? <ErrorAlert error={error} /> : null}
    </Form>
  );
}
