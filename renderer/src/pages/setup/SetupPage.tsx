import { useEffect } from 'react';
import { Card, Flex, Typography, theme } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { SetupForm } from './SetupForm';

/** First run: the whole window is this form until the center exists. */
export function SetupPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  // Whatever address the window opened on, the first screen after setup is the dashboard.
  useEffect(() => {
    if (pathname !== '/') void navigate('/', { replace: true });
  }, [pathname, navigate]);

  return (
    <Flex
      data-testid="page-setup"
      justify="center"
      align="flex-start"
      style={{ minHeight: '100vh', overflow: 'auto', padding: '48px 16px', background: token.colorBgLayout }}
    >
      <Card
        style={{ width: 560, maxWidth: '100%' }}
        title={t('setup.title')}
        extra={<LanguageSwitch />}
      >
        <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
        <SetupForm />
      </Card>
    </Flex>
  );
}
