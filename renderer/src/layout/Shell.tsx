import { useEffect } from 'react';
import { Button, Flex, Result, Spin } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAuthStore } from '../stores/stores';
import { pick } from '../lib/app-error';
import { SetupPage } from '../pages/setup/SetupPage';
import { AuthGate } from '../pages/auth/AuthGate';
import { isKnownPath } from './nav-items';

/**
 * The root route: asks the core who we are, then shows first-run setup or the app behind its
 * sign-in gate. Also follows the Electron menu's commands, which may arrive on any screen.
 */
export function Shell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const status = useAppStore((s) => s.status);
  const needsSetup = useAppStore((s) => s.needsSetup);
  const error = useAppStore((s) => s.error);
  const language = useAppStore((s) => s.language);
  const load = useAppStore((s) => s.load);
  const watchMenu = useAppStore((s) => s.watchMenu);
  const gate = useAuthStore((s) => s.gate);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(
    () =>
      watchMenu((target) => {
        // Behind the sign-in or lock screen the page stays as it was left.
        if (gate !== 'open') return;
        if (isKnownPath(target)) void navigate(target);
        else console.warn('menu.command: unknown route', target);
      }),
    [watchMenu, navigate, gate],
  );

  if (status === 'loading') {
    return (
      <Flex align="center" justify="center" style={{ height: '100vh' }}>
        <Spin size="large" description={t('app.loading')} />
      </Flex>
    );
  }
  if (status === 'error') {
    return (
      <Result
        status="error"
        title={t('app.loadFailed')}
        subTitle={error ? pick(error.message, language) : null}
        extra={
          <Button type="primary" onClick={() => void load()}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }
  if (needsSetup) return <SetupPage />;
  return <AuthGate />;
}
