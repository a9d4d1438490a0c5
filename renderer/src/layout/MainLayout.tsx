import { useState } from 'react';
import { Layout, Typography } from 'antd';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';

/** Side menu, header and the current page; the page alone is replaced if it crashes. */
export function MainLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} collapsedWidth={56}>
        <Typography.Title
          level={5}
          ellipsis
          style={{
            color: '#fff',
            margin: 0,
            padding: collapsed ? '13px 0' : '13px 16px',
            textAlign: collapsed ? 'center' : 'left',
            whiteSpace: 'nowrap',
          }}
          title={t('app.title')}
        >
          {collapsed ? t('app.shortTitle') : t('app.title')}
        </Typography.Title>
        <NavMenu />
      </Layout.Sider>
      <Layout>
        <AppHeader />
        <Layout.Content style={{ padding: 16, overflow: 'auto' }}>
          <ErrorBoundary resetKey={pathname}>
            <Outlet />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
