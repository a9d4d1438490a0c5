import { useEffect, useState } from 'react';
import { App, Button, Checkbox, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore } from '../../stores/stores';
import type { SetupInput } from '../../stores/app-store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { PasswordFields } from '../auth/PasswordFields';

interface SetupValues extends SetupInput {
  /** Typed twice on the form; only operatorPassword is sent. */
  operatorPasswordConfirm?: string;
  loadDemo: boolean;
}

const LEVELS: readonly SetupInput['level'][] = ['city', 'district'];
const FIELDS = ['centerName', 'level', 'courtName', 'operatorName', 'operatorRole', 'operatorPassword'] as const;
type FieldName = (typeof FIELDS)[number];

function isField(path: string): path is FieldName {
  return (FIELDS as readonly string[]).includes(path);
}

/**
 * The center's identity and its first operator. Checked here first (same limits as the contract)
 * so the common mistakes never leave the page; whatever the core still refuses comes back as
 * field issues and is shown on the fields.
 */
export function SetupForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetupValues>();
  const language = useAppStore((s) => s.language);
  const completeSetup = useAppStore((s) => s.completeSetup);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppError | null>(null);

  // Server issues are stored raw and worded here, so a language switch rewords them.
  useEffect(() => {
    const issues = serverError?.fields?.filter((f) => isField(f.path)) ?? [];
    if (issues.length > 0) {
      form.setFields(issues.map((f) => ({ name: f.path as FieldName, errors: [pick(f.message, language)] })));
    }
  }, [serverError, language, form]);

  // Client-side messages are rendered text too: re-check the fields that show one.
  useEffect(() => {
    const withErrors = form.getFieldsError().filter((f) => f.errors.length > 0);
    if (withErrors.length > 0 && !serverError) {
      void form.validateFields(withErrors.map((f) => f.name)).catch(() => undefined);
    }
  }, [language, form, serverError]);

  async function handleFinish(values: SetupValues) {
    const { loadDemo, ...input } = values;
    setSubmitting(true);
    setServerError(null);
    try {
      const outcome = await completeSetup(
        {
          centerName: input.centerName,
          level: input.level,
          courtName: input.courtName,
          operatorName: input.operatorName,
          operatorRole: input.operatorRole,
          // Required here although the core takes a center without one (automation, tests):
          // a desk set up in the app always asks who is at it.
          operatorPassword: input.operatorPassword,
        },
        loadDemo,
      );
      if (outcome.demoError) {
        void message.warning(t('setup.demoFailed', { message: pick(outcome.demoError.message, language) }));
      } else if (outcome.demo) {
        void message.success(t('dashboard.demoLoaded', outcome.demo));
      }
    } catch (error) {
      setServerError(toAppError(error));
    } finally {
      setSubmitting(false);
    }
  }

  const required = (field: Exclude<FieldName, 'operatorPassword'>) => ({ required: true, whitespace: true, message: t(`setup.required.${field}`) });
  const maxLength = (max: number) => ({ max, message: t('setup.tooLong', { max }) });

  return (
    <Form<SetupValues>
      form={form}
      name="setup"
      layout="vertical"
      disabled={submitting}
      initialValues={{ level: 'city', operatorRole: 'administrator', loadDemo: false }}
      onFinish={(values) => void handleFinish(values)}
      onValuesChange={() => {
        // A refusal without field issues (e.g. already set up) goes away once the user edits.
        if (serverError && !serverError.fields) setServerError(null);
      }}
    >
      <Form.Item name="centerName" label={t('setup.centerName')} rules={[required('centerName'), maxLength(100)]}>
        <Input placeholder={t('setup.centerNamePlaceholder')} autoFocus />
      </Form.Item>
      <Form.Item name="level" label={t('setup.level')} rules={[required('level')]}>
        <Radio.Group
          optionType="button"
          options={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
        />
      </Form.Item>
      <Form.Item name="courtName" label={t('setup.courtName')} rules={[required('courtName'), maxLength(100)]}>
        <Input placeholder={t('setup.courtNamePlaceholder')} />
      </Form.Item>
      <Form.Item name="operatorName" label={t('setup.operatorName')} rules={[required('operatorName'), maxLength(50)]}>
        <Input />
      </Form.Item>
      {/* The first operator is the administrator: with sign-in on, only an administrator can add
          the others (the core refuses any other role with a password). */}
      <Form.Item name="operatorRole" hidden>
        <Input />
      </Form.Item>
      <Form.Item label={t('setup.operatorRole')} extra={t('auth.setup.roleHint')}>
        <Typography.Text data-testid="setup-role">{t('role.administrator')}</Typography.Text>
      </Form.Item>
      <PasswordFields
        name="operatorPassword"
        label={t('auth.setup.password')}
        confirmLabel={t('auth.setup.confirm')}
        extra={t('auth.setup.passwordHint')}
      />
      <Form.Item name="loadDemo" valuePropName="checked">
        <Checkbox>{t('setup.loadDemo')}</Checkbox>
      </Form.Item>
      {serverError ? (
        <Form.Item>
          <ErrorAlert error={serverError} />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" loading={submitting} block data-testid="setup-submit">
        {t('setup.submit')}
      </Button>
    </Form>
  );
}
