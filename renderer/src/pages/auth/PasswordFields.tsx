import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../../../electron/contract/schemas/auth';

const PASSWORD_MAX = 200;

export interface PasswordFieldsProps {
  /** Form field of the password; the confirmation is `${name}Confirm` and never leaves the page. */
  name: string;
  label: string;
  confirmLabel: string;
  extra?: string;
  autoFocus?: boolean;
}

/**
 * A new password typed twice, with the contract's limits (8–200), for first-run setup, 修改密码
 * and the operators' settings. Checked here so a short or mistyped password never leaves the page.
 */
export function PasswordFields({ name, label, confirmLabel, extra, autoFocus }: PasswordFieldsProps) {
  const { t } = useTranslation();
  const rules: Rule[] = [
    { required: true, message: t('auth.password.required') },
    { min: PASSWORD_MIN, message: t('auth.password.tooShort', { min: PASSWORD_MIN }) },
    { max: PASSWORD_MAX, message: t('auth.password.tooLong', { max: PASSWORD_MAX }) },
  ];
  const confirmRules: Rule[] = [
    { required: true, message: t('auth.password.required') },
    ({ getFieldValue }) => ({
      validator: (_rule, value) =>
        !value || getFieldValue(name) === value ? Promise.resolve() : Promise.reject(new Error(t('auth.password.mismatch'))),
    }),
  ];
  return (
    <>
      <Form.Item name={name} label={label} rules={rules} extra={extra} hasFeedback>
        <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item name={`${name}Confirm`} label={confirmLabel} rules={confirmRules} dependencies={[name]} hasFeedback>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
