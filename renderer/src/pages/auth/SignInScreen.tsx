import { useRef, useState } from 'react';
import { Alert, Button, Flex, Form, Input, Select, Typography, type InputRef } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/contract/result';
import { useAuthStore } from '../../stores/stores';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../lib/app-error';
import { AuthCover } from './AuthCover';

interface SignInValues {
  operatorId?: string;
  password: string;
}

/**
 * 登录: pick the operator, type the password, Enter signs in. A wrong password clears the field
 * and puts the cursor back in it. Opened by 切换操作员 it offers 返回 to where it came from.
 */
export function SignInScreen() {
  const { t } = useTranslation();
  const operators = useAuthStore((s) => s.status?.operators ?? []);
  const lastOperatorId = useAuthStore((s) => s.lastOperatorId);
  const switchFrom = useAuthStore((s) => s.switchFrom);
  const signIn = useAuthStore((s) => s.signIn);
  const cancelSwitch = useAuthStore((s) => s.cancelSwitch);
  const [form] = Form.useForm<SignInValues>();
  const passwordRef = useRef<InputRef>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  // Start on the last operator of this machine, or the only one; a switch starts on nobody.
  const initial = switchFrom
    ? undefined
    : operators.find((o) => o.id === lastOperatorId)?.id ?? (operators.length === 1 ? operators[0]!.id : undefined);

  async function handleFinish(values: SignInValues) {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.operatorId!, values.password);
    } catch (e) {
      setError(toAppError(e));
      form.setFieldValue('password', '');
      // After the re-render that re-enables the field.
      setTimeout(() => passwordRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCover title={t('auth.signIn.title')} testId="sign-in-screen">
      <Typography.Paragraph type="secondary">{switchFrom ? t('auth.signIn.switchIntro') : t('auth.signIn.intro')}</Typography.Paragraph>
      {operators.length === 0 ? (
        <Alert type="warning" showIcon title={t('auth.signIn.noOperators')} />
      ) : (
        <Form<SignInValues>
          form={form}
          name="sign-in"
          layout="vertical"
          disabled={busy}
          initialValues={{ operatorId: initial, password: '' }}
          onFinish={(values) => void handleFinish(values)}
          onValuesChange={() => setError(null)}
        >
          <Form.Item name="operatorId" label={t('auth.signIn.operator')} rules={[{ required: true, message: t('auth.signIn.required.operator') }]}>
            <Select
              autoFocus={!initial}
              placeholder={t('auth.signIn.operatorPlaceholder')}
              options={operators.map((o) => ({
                value: o.id,
                title: o.name,
                label: (
                  <span>
                    {o.name} <Typography.Text type="secondary">{t(`role.${o.role}`)}</Typography.Text>
                  </span>
                ),
              }))}
              onChange={() => setTimeout(() => passwordRef.current?.focus(), 0)}
              data-testid="sign-in-operator"
            />
          </Form.Item>
          <Form.Item name="password" label={t('auth.signIn.password')} rules={[{ required: true, message: t('auth.signIn.required.password') }]}>
            <Input.Password ref={passwordRef} autoFocus={Boolean(initial)} autoComplete="current-password" data-testid="sign-in-password" />
          </Form.Item>
          {error ? (
            <Form.Item>
              <ErrorAlert error={error} />
            </Form.Item>
          ) : null}
          <Flex gap={8}>
            {switchFrom ? (
              <Button onClick={cancelSwitch} data-testid="sign-in-back">
                {t('auth.signIn.back')}
              </Button>
            ) : null}
            <Button type="primary" htmlType="submit" icon={<LoginOutlined />} loading={busy} block data-testid="sign-in-submit">
              {t('auth.signIn.submit')}
            </Button>
          </Flex>
        </Form>
      )}
    </AuthCover>
  );
}
