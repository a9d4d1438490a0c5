import { useEffect, useState, type KeyboardEvent } from 'react';
import { App, Button, Flex, Form } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useIntakeStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { toNamePath } from '../../lib/field-path';
import { EMPTY_AGENCY, EMPTY_PARTY, toIntakeInput, type IntakeValues } from './intake-values';
import { CaseFields } from './CaseFields';
import { PartiesField } from './PartiesField';
import { AgenciesField } from './AgenciesField';

/**
 * The intake form (CaseIntakeSchema). Checked here first where the page can (required fields, the
 * resident-ID checksum, exactly one respondent agency); what the core still refuses comes back as
 * field issues and is put on the matching fields.
 */
export function IntakeForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeValues>();
  const language = useAppStore((s) => s.language);
  const operatorId = useAppStore((s) => s.info?.operator?.id);
  const create = useIntakeStore((s) => s.create);
  const submitting = useIntakeStore((s) => s.submitting);
  const [serverError, setServerError] = useState<AppError | null>(null);

  // The acting operator coordinates their own registrations unless someone else is picked.
  useEffect(() => {
    if (operatorId && !form.getFieldValue('coordinatorId')) form.setFieldValue('coordinatorId', operatorId);
  }, [operatorId, form]);

  async function handleFinish(values: IntakeValues) {
    setServerError(null);
    try {
      const result = await create(toIntakeInput(values));
      for (const warning of result.warnings) void message.warning(pick(warning.message, language));
      void message.success(t('intake.created', { caseNumber: result.caseNumber }));
      void navigate(`/cases/${result.id}`);
    } catch (error) {
      const appError = toAppError(error);
      setServerError(appError);
      showFieldIssues(appError);
    }
  }

  function showFieldIssues(error: AppError) {
    const known = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
    const onFields = (error.fields ?? []).filter((f) => known.has(JSON.stringify(toNamePath(f.path))));
    // The paths were checked against the registered fields above, so the cast is safe.
    type Fields = Parameters<typeof form.setFields>[0];
    form.setFields(onFields.map((f) => ({ name: toNamePath(f.path), errors: [pick(f.message, language)] })) as Fields);
    if (onFields.length > 0) form.scrollToField(toNamePath(onFields[0]!.path) as Fields[number]['name']);
  }

  // Enter in a one-line field must not send a half-filled form; Ctrl+S / ⌘S sends it on purpose.
  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target.tagName === 'INPUT') event.preventDefault();
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      form.submit();
    }
  }

  return (
    <Form<IntakeValues>
      form={form}
      name="intake"
      layout="vertical"
      disabled={submitting}
      scrollToFirstError
      onKeyDown={handleKeyDown}
      initialValues={{
        complexity: 'simple',
        mediabilityFlags: [],
        receivedOn: dayjs(),
        parties: [EMPTY_PARTY],
        agencies: [{ ...EMPTY_AGENCY, role: 'respondent' }],
      }}
      onFinish={(values) => void handleFinish(values)}
      onValuesChange={() => {
        if (serverError && !serverError.fields) setServerError(null);
      }}
    >
      <Flex vertical gap={12}>
        <CaseFields />
        <PartiesField />
        <AgenciesField />
        {serverError ? <ErrorAlert error={serverError} /> : null}
        <Flex
          gap={8}
          justify="flex-end"
          // Kept in view while the long form scrolls, so registering never needs a hunt for the button.
          style={{ position: 'sticky', bottom: -16, padding: '10px 0 12px', background: 'var(--ant-color-bg-layout, #f5f5f5)', zIndex: 2 }}
        >
          <Button onClick={() => void navigate('/cases')}>{t('intake.cancel')}</Button>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={submitting} data-testid="case-submit">
            {t('intake.submit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
