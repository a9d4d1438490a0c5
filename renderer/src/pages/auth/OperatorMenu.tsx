import { useState } from 'react';
import { App, Button, Dropdown, Tag, Typography, type MenuProps } from 'antd';
import { KeyOutlined, LockOutlined, LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAuthStore } from '../../stores/stores';
import { pick, toAppError } from '../../lib/app-error';
import { ChangePasswordModal } from './ChangePasswordModal';

/** The shortcut as the platform writes it (⌘L on a Mac). */
function lockShortcut(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘L' : 'Ctrl+L';
}

/**
 * The header's operator: name and role, and a menu to switch operator, lock, change the password
 * and sign out. Without any password set (a center used by one person) only 修改密码 is offered,
 * which is how sign-in gets turned on.
 */
export function OperatorMenu() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const operator = useAuthStore((s) => s.status?.operator ?? null);
  const signInRequired = useAuthStore((s) => s.status?.signInRequired ?? false);
  const switchOperator = useAuthStore((s) => s.switchOperator);
  const lock = useAuthStore((s) => s.lock);
  const signOut = useAuthStore((s) => s.signOut);
  const language = useAppStore((s) => s.language);
  const [changing, setChanging] = useState(false);

  if (!operator) return null;

  async function handleSignOut() {
    try {
      await signOut();
      void navigate('/');
      void message.info(t('auth.menu.signedOut'));
    } catch (e) {
      void message.error(pick(toAppError(e).message, language));
    }
  }

  const items: MenuProps['items'] = [
    ...(signInRequired
      ? [
          { key: 'switch', icon: <SwapOutlined />, label: <span data-testid="menu-switch-operator">{t('auth.menu.switchOperator')}</span> },
          {
            key: 'lock',
            icon: <LockOutlined />,
            label: <span data-testid="menu-lock">{t('auth.menu.lock')}</span>,
            extra: <Typography.Text type="secondary">{lockShortcut()}</Typography.Text>,
          },
        ]
      : []),
    { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('auth.menu.changePassword')}</span> },
    ...(signInRequired
      ? [
          { type: 'divider' as const },
          { key: 'signOut', icon: <LogoutOutlined />, label: <span data-testid="menu-sign-out">{t('auth.menu.signOut')}</span> },
        ]
      : []),
  ];

  function handleClick({ key }: { key: string }) {
    if (key === 'switch') switchOperator();
    else if (key === 'lock') void lock();
    else if (key === 'password') setChanging(true);
    else if (key === 'signOut') void handleSignOut();
  }

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick: handleClick }} placement="bottomRight">
        <Button type="text" aria-label={t('auth.menu.label')} data-testid="current-operator">
          <UserOutlined /> {operator.name} <Tag style={{ marginInlineEnd: 0 }}>{t(`role.${operator.role}`)}</Tag>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
