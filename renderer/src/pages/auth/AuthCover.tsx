import { useId, useRef, type ReactNode } from 'react';
import { Card, ConfigProvider, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/stores';
import { LanguageSwitch } from '../../layout/LanguageSwitch';

/**
 * The whole window for the sign-in and lock screens. Fixed above everything the page may have
 * open (antd modals sit at z-index 1000, popups just above; messages at 2010 stay visible), so a
 * locked page keeps its state underneath without showing it. The cover's own popups (the operator
 * picker, tooltips) open inside it, or they would sit under it.
 */
export function AuthCover({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const center = useAppStore((s) => s.info?.center?.name);
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={ref}
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
        // Centred by the child's auto margins, so a short window scrolls instead of cutting the top off.
        display: 'flex',
        flexDirection: 'column',
        padding: 16,
      }}
    >
      <ConfigProvider getPopupContainer={() => ref.current ?? document.body}>
        <Flex vertical gap={16} style={{ width: 400, maxWidth: '100%', margin: 'auto' }}>
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
      </ConfigProvider>
    </div>
  );
}
