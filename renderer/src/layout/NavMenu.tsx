import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuthStore } from '../stores/stores';
import { NAV_ITEMS, areaOfPath } from './nav-items';

/** The side menu: one entry per area, labelled in the current language. */
export function NavMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = areaOfPath(pathname);
  const permissions = useAuthStore((s) => s.status?.permissions);
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      items={NAV_ITEMS.filter((item) => !item.permission || permissions?.includes(item.permission)).map((item) => ({
        key: item.area,
        icon: item.icon,
        label: <span data-testid={`nav-${item.area}`}>{t(`nav.${item.area}`)}</span>,
        onClick: () => void navigate(item.path),
      }))}
    />
  );
}
