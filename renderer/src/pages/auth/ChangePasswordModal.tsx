import { useEffect, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useAppStore, useAuthStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { PasswordFields } from './PasswordFields';

interface ChangePasswordValues {
  currentPassword?: string;
  newPassword: string;
  newPasswordConfirm: string;
}

/** 修改密码: the current password (empty while none is set) and the new one twice. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const signInRequired = useAuthStore((s) => s.status?.signInRequired ?? false);
  const changePassword = useAuthStore((s) => s.changePassword);
  const [form] = Form.useForm<ChangePasswordValues>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const language = useAppStore((s) => s.language);

  // A wrong current password comes back as an issue on that field: shown there, in the current language.
  useEffect(() => {
    const issues = error?.fields?.filter((f) => f.path === 'currentPassword' || f.path === 'newPassword') ?? [];
    if (issues.length > 0) form.setFields(issues.map((f) => ({ name: f.path as 'currentPassword' | 'newPassword', errors: [pick(f.message, language)] })));
  }, [error, language, form]);

  async function handleFinish(values: ChangePasswordValues) {
    setBusy(true);
    setError(null);
    try {
      await changePassword({
        ...(values.currentPassword ? { currentPassword: values.currentPassword } : {}),
        newPassword: values.newPassword,
      });
      void message.success(t('auth.password.changed'));
      onClose();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('auth.password.title')}
      okText={t('auth.password.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      afterClose={() => {
        form.resetFields();
        setError(null);
      }}
      okButtonProps={{ ...({ 'data-testid': 'change-password-submit' } as object) }}
    >
      <Form<ChangePasswordValues>
        form={form}
        name="change-password"
        layout="vertical"
        disabled={busy}
        onFinish={(values) => void handleFinish(values)}
        onValuesChange={() => {
          if (error && !error.fields) setError(null);
        }}
        data-testid="change-password-form"
      >
        <Form.Item
          name="currentPassword"
          label={t('auth.password.current')}
          extra={signInRequired ? undefined : t('auth.password.currentHint')}
          rules={signInRequired ? [{ required: true, message: t('auth.password.required') }] : []}
        >
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <PasswordFields name="newPassword" label={t('auth.password.next')} confirmLabel={t('auth.password.confirm')} />
        {error && !error.fields ? <ErrorAlert error={error} /> : null}
        {/* Enter in a field submits the form. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
