import { Flex, Layout, Space, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/stores';
import { LanguageSwitch } from './LanguageSwitch';
import { OperatorMenu } from '../pages/auth/OperatorMenu';

/** The center's name, who is acting (with the operator menu), and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  const center = info?.center;
  const { token } = theme.useToken();
  return (
    <Layout.Header
      style={{ background: token.colorBgContainer, padding: '0 16px', height: 48, lineHeight: '48px' }}
    >
      <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
        <Typography.Text strong ellipsis style={{ fontSize: 16 }} data-testid="center-name">
          {center?.name ?? t('header.notSetUp')}
        </Typography.Text>
        <Space size="middle">
          <OperatorMenu />
          <LanguageSwitch />
        </Space>
      </Flex>
    </Layout.Header>
  );
}
