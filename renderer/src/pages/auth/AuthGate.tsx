import { useEffect, useRef } from 'react';
import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAuthStore } from '../../stores/stores';
import { pick } from '../../lib/app-error';
import { MainLayout } from '../../layout/MainLayout';
import { SignInScreen } from './SignInScreen';
import { LockScreen } from './LockScreen';
import { useIdleLock, useLockShortcut } from './use-idle-lock';

/**
 * After setup: the app behind the sign-in and lock screens. A lock only covers the pages (made
 * inert), so unsaved work is still there after unlocking; the pages are replaced only when another
 * operator signs in, and dropped on 退出登录. Any call refused with LOCKED or SIGN_IN_REQUIRED
 * brings the matching screen up (watchSession).
 */
export function AuthGate() {
  const { t } = useTranslation();
  const gate = useAuthStore((s) => s.gate);
  const error = useAuthStore((s) => s.error);
  const appMounted = useAuthStore((s) => s.appMounted);
  const pageOperatorId = useAuthStore((s) => s.pageOperatorId);
  const operatorId = useAuthStore((s) => s.status?.operator?.id ?? null);
  const signInRequired = useAuthStore((s) => s.status?.signInRequired ?? false);
  const idleLockMinutes = useAuthStore((s) => s.status?.idleLockMinutes ?? null);
  const load = useAuthStore((s) => s.load);
  const lock = useAuthStore((s) => s.lock);
  const keepAlive = useAuthStore((s) => s.keepAlive);
  const watchSession = useAuthStore((s) => s.watchSession);
  const language = useAppStore((s) => s.language);
  const loadApp = useAppStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => watchSession(), [watchSession]);

  // app.info names the acting operator (header, forms that default to "me"): refresh it on a switch.
  const seenOperator = useRef(operatorId);
  useEffect(() => {
    if (operatorId && operatorId !== seenOperator.current) void loadApp();
    seenOperator.current = operatorId;
  }, [operatorId, loadApp]);

  const watching = gate === 'open' && signInRequired && operatorId !== null;
  useIdleLock(watching ? idleLockMinutes : null, lock, keepAlive);
  useLockShortcut(watching, lock);

  if (gate === 'loading') {
    return (
      <Flex align="center" justify="center" style={{ height: '100vh' }}>
        <Spin size="large" description={t('app.loading')} />
      </Flex>
    );
  }
  if (gate === 'error') {
    return (
      <Result
        status="error"
        title={t('auth.signIn.loadFailed')}
        subTitle={error ? pick(error.message, language) : null}
        extra={
          <Button type="primary" onClick={() => void load()}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }
  const covered = gate !== 'open';
  return (
    <>
      {appMounted ? (
        <div key={pageOperatorId ?? 'nobody'} inert={covered} aria-hidden={covered || undefined} data-testid="app-pages">
          <MainLayout />
        </div>
      ) : null}
      {gate === 'signIn' ? <SignInScreen /> : gate === 'locked' ? <LockScreen /> : null}
    </>
  );
}
