import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Radio, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../electron/contract/schemas/common';
import type { OperatorAdmin } from '../../../../electron/contract/schemas/auth';
import type { AppError } from '../../../../electron/contract/result';
import type { Role } from '../../../../electron/contract/schemas/common';
import { useAppStore, useAuthStore, useOperatorsStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { pick, toAppError } from '../../lib/app-error';
import { PasswordFields } from './PasswordFields';

/** What the dialog does: a new operator, name/role/active of one, or a new password for one. */
export type OperatorEdit = { mode: 'add' } | { mode: 'edit'; operator: OperatorAdmin } | { mode: 'reset'; operator: OperatorAdmin };

interface OperatorValues {
  name: string;
  role: Role;
  active: boolean;
  password?: string;
  passwordConfirm?: string;
}

const FIELDS = ['name', 'role', 'active', 'password'] as const;

/** Add an operator, edit one, or reset a password (operators.save in every case). */
export function OperatorFormModal({ edit, onClose }: { edit: OperatorEdit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useAppStore((s) => s.language);
  const save = useOperatorsStore((s) => s.save);
  const reloadAuth = useAuthStore((s) => s.load);
  const [form] = Form.useForm<OperatorValues>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const operator = edit && edit.mode !== 'add' ? edit.operator : null;
  const mode = edit?.mode ?? 'add';

  // Server issues on the fields they name, in the current language.
  useEffect(() => {
    const issues = error?.fields?.filter((f) => (FIELDS as readonly string[]).includes(f.path)) ?? [];
    if (issues.length > 0) form.setFields(issues.map((f) => ({ name: f.path as (typeof FIELDS)[number], errors: [pick(f.message, language)] })));
  }, [error, language, form]);

  async function handleFinish(values: OperatorValues) {
    setBusy(true);
    setError(null);
    try {
      const saved = await save({
        ...(operator ? { id: operator.id } : {}),
        name: operator && mode === 'reset' ? operator.name : values.name,
        role: operator && mode === 'reset' ? operator.role : values.role,
        active: operator && mode === 'reset' ? operator.active : values.active,
        ...(mode !== 'edit' && values.password ? { password: values.password } : {}),
      });
      // The sign-in picker, the signed-in operator's role and permissions come from auth.status.
      await reloadAuth();
      void message.success(mode === 'reset' ? t('auth.operators.passwordReset', { name: saved.name }) : t('auth.operators.saved', { name: saved.name }));
      onClose();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  }

  const title =
    mode === 'add'
      ? t('auth.operators.addTitle')
      : mode === 'edit'
        ? t('auth.operators.editTitle', { name: operator?.name })
        : t('auth.operators.resetTitle', { name: operator?.name });

  return (
    <Modal
      open={edit !== null}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      afterClose={() => setError(null)}
      okButtonProps={{ ...({ 'data-testid': 'operator-submit' } as object) }}
    >
      <Form<OperatorValues>
        // A fresh form for each target, even while the last dialog is still animating away.
        key={`${mode}:${operator?.id ?? 'new'}`}
        form={form}
        name="operator"
        layout="vertical"
        disabled={busy}
        preserve={false}
        initialValues={operator ? { name: operator.name, role: operator.role, active: operator.active } : { role: 'coordinator', active: true }}
        onFinish={(values) => void handleFinish(values)}
        onValuesChange={() => {
          if (error && !error.fields) setError(null);
        }}
        data-testid="operator-form"
      >
        {mode === 'reset' ? (
          <Typography.Paragraph type="secondary">{t('auth.operators.resetHint')}</Typography.Paragraph>
        ) : (
          <>
            <Form.Item name="name" label={t('auth.operators.name')} rules={[{ required: true, whitespace: true, message: t('auth.operators.requiredName') }, { max: 50 }]}>
              <Input autoFocus maxLength={50} />
            </Form.Item>
            <Form.Item name="role" label={t('auth.operators.role')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
            </Form.Item>
            {mode === 'edit' ? (
              <Form.Item name="active" label={t('auth.operators.active')} valuePropName="checked">
                <Switch data-testid="operator-active" />
              </Form.Item>
            ) : null}
          </>
        )}
        {mode !== 'edit' ? (
          <PasswordFields name="password" label={t('auth.password.next')} confirmLabel={t('auth.password.confirm')} autoFocus={mode === 'reset'} />
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
