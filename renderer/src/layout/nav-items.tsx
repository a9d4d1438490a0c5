import type { ReactNode } from 'react';
import type { Permission } from '../../../electron/contract/permissions';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileTextOutlined,
  SettingOutlined,
  SwapOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';

export type Area = 'dashboard' | 'cases' | 'meetings' | 'agencies' | 'tasks' | 'exchange' | 'statistics' | 'audit' | 'settings';

export interface NavItem {
  area: Area;
  path: string;
  icon: ReactNode;
  /** Shown only to operators holding it (the core refuses the others anyway). */
  permission?: Permission;
}

/** Every area of the app, in menu order. The menu, the routes and menu commands all read this. */
export const NAV_ITEMS: readonly NavItem[] = [
  { area: 'dashboard', path: '/', icon: <DashboardOutlined /> },
  { area: 'cases', path: '/cases', icon: <FileTextOutlined /> },
  { area: 'meetings', path: '/meetings', icon: <CalendarOutlined /> },
  { area: 'agencies', path: '/agencies', icon: <ApartmentOutlined /> },
  { area: 'tasks', path: '/tasks', icon: <UnorderedListOutlined /> },
  { area: 'exchange', path: '/exchange', icon: <SwapOutlined /> },
  { area: 'statistics', path: '/statistics', icon: <BarChartOutlined /> },
  { area: 'audit', path: '/audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { area: 'settings', path: '/settings', icon: <SettingOutlined /> },
];

/** The area a location belongs to (`/cases/123` → cases), for the menu's selected key. */
export function areaOfPath(pathname: string): Area | undefined {
  const first = `/${pathname.split('/')[1] ?? ''}`;
  return NAV_ITEMS.find((item) => item.path === first)?.area;
}

/** Menu commands may only go to a known area: the menu is trusted, but a typo must not 404. */
export function isKnownPath(target: string): boolean {
  return areaOfPath(target) !== undefined;
}
