import { useId, type ReactNode } from 'react';
import { Card, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/stores';
import { LanguageSwitch } from '../../layout/LanguageSwitch';

/**
 * The whole window for the sign-in and lock screens. Fixed above everything the page may have
 * open (antd modals sit at z-index 1000, popups just above; messages at 2010 stay visible), so a
 * locked page keeps its state underneath without showing it.
 */
export function AuthCover({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const center = useAppStore((s) => s.info?.center?.name);
  const titleId = useId();
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid={testId}
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 1900,
        background: token.colorBgLayout,
        overflow: 'auto',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
      }}
    >
      <Flex vertical gap={16} style={{ width: 400, maxWidth: '100%' }}>
        <Flex vertical align="center" gap={2}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          {center ? <Typography.Text type="secondary">{center}</Typography.Text> : null}
        </Flex>
        <Card title={<span id={titleId}>{title}</span>} extra={<LanguageSwitch />}>
          {children}
        </Card>
      </Flex>
    </div>
  );
}
