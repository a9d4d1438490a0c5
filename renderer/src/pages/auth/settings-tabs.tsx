import { useTranslation } from 'react-i18next';
import { OperatorSettings } from '../settings/OperatorSettings';
import { SecuritySettings } from '../settings/SecuritySettings';
import { useCan } from './use-can';

/** The settings tabs of issue 8's operators and security, for ?tab= links. */
export const AUTH_SETTINGS_TABS = ['operators', 'security'] as const;

/** 操作员 and 安全, only for whoever may administer operators (others are refused by the core anyway). */
export function useAuthSettingsTabs() {
  const { t } = useTranslation();
  const admin = useCan('operators.admin');
  if (!admin) return [];
  return [
    { key: 'operators', label: t('auth.operators.tab'), children: <OperatorSettings /> },
    { key: 'security', label: t('auth.security.tab'), children: <SecuritySettings /> },
  ];
}
