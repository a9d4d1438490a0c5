import { useRef, useState } from 'react';
import { Button, Flex, Form, Input, Typography, type InputRef } from 'antd';
import { SwapOutlined, UnlockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useAuthStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { AuthCover } from './AuthCover';

/**
 * 已锁定: the signed-in operator types their password to go on; the page underneath keeps its
 * unsaved state. Someone else at the desk uses 切换操作员 instead.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const operator = useAuthStore((s) => s.status?.operator ?? null);
  const signIn = useAuthStore((s) => s.signIn);
  const switchOperator = useAuthStore((s) => s.switchOperator);
  const [form] = Form.useForm<{ password: string }>();
  const passwordRef = useRef<InputRef>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleFinish({ password }: { password: string }) {
    if (!operator) return;
    setBusy(true);
    setError(null);
    try {
      await signIn(operator.id, password);
    } catch (e) {
      setError(toAppError(e));
      form.setFieldValue('password', '');
      setTimeout(() => passwordRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCover title={t('auth.lock.title')} testId="lock-screen">
      {operator ? (
        <Typography.Paragraph data-testid="lock-operator">
          {t('auth.lock.intro', { name: operator.name, role: t(`role.${operator.role}`) })}
        </Typography.Paragraph>
      ) : null}
      <Form<{ password: string }>
        form={form}
        name="unlock"
        layout="vertical"
        disabled={busy}
        initialValues={{ password: '' }}
        onFinish={(values) => void handleFinish(values)}
        onValuesChange={() => setError(null)}
      >
        <Form.Item name="password" label={t('auth.signIn.password')} rules={[{ required: true, message: t('auth.signIn.required.password') }]}>
          <Input.Password ref={passwordRef} autoFocus autoComplete="current-password" data-testid="unlock-password" />
        </Form.Item>
        {error ? (
          <Form.Item>
            <ErrorAlert error={error} />
          </Form.Item>
        ) : null}
        <Flex gap={8}>
          <Button icon={<SwapOutlined />} onClick={switchOperator} data-testid="lock-switch">
            {t('auth.lock.switchOperator')}
          </Button>
          <Button type="primary" htmlType="submit" icon={<UnlockOutlined />} loading={busy} block data-testid="unlock-submit">
            {t('auth.lock.unlock')}
          </Button>
        </Flex>
      </Form>
    </AuthCover>
  );
}
