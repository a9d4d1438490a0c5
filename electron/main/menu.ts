import { Menu, type MenuItemConstructorOptions } from 'electron';

export type MenuLanguage = 'zh-CN' | 'en';
export const MENU_LANGUAGES: readonly MenuLanguage[] = ['zh-CN', 'en'];

export function isMenuLanguage(value: unknown): value is MenuLanguage {
  return value === 'zh-CN' || value === 'en';
}

/** What the menu can ask of the shell; main wires these to windows and dialogs. */
export interface MenuActions {
  navigate(target: string): void;
  setLanguage(language: MenuLanguage): void;
  about(): void;
}

export interface MenuOptions {
  platform?: NodeJS.Platform;
  /** Adds the developer tools item (never in a packaged build). */
  devTools?: boolean;
}

/**
 * The Go menu: the renderer's hash-router paths, in the order of its side navigation
 * (renderer/src/layout/nav-items.tsx; main may not import the page, so the paths are repeated).
 */
export const GO_TARGETS = [
  { target: '/', key: 'dashboard' },
  { target: '/cases', key: 'cases' },
  { target: '/meetings', key: 'meetings' },
  { target: '/agencies', key: 'agencies' },
  { target: '/tasks', key: 'tasks' },
  { target: '/exchange', key: 'exchange' },
  { target: '/statistics', key: 'statistics' },
  { target: '/settings', key: 'settings' },
] as const;

type GoKey = (typeof GO_TARGETS)[number]['key'];

interface Labels {
  file: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  devTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  go: string;
  goTo: Record<GoKey, string>;
  language: string;
  chinese: string;
  english: string;
  help: string;
  about: string;
}

const LABELS: Record<MenuLanguage, Labels> = {
  'zh-CN': {
    file: '文件',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    go: '前往',
    goTo: {
      dashboard: '工作台',
      cases: '案件',
      meetings: '会议',
      agencies: '单位',
      tasks: '协调事项',
      exchange: '导出与同步',
      statistics: '统计',
      settings: '设置',
    },
    language: '语言',
    // Each language names itself, so a user who cannot read the current one can still find theirs.
    chinese: '中文',
    english: 'English',
    help: '帮助',
    about: '关于',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    go: 'Go',
    goTo: {
      dashboard: 'Dashboard',
      cases: 'Cases',
      meetings: 'Meetings',
      agencies: 'Agencies',
      tasks: 'Coordination Tasks',
      exchange: 'Export & Sync',
      statistics: 'Statistics',
      settings: 'Settings',
    },
    language: 'Language',
    chinese: '中文',
    english: 'English',
    help: 'Help',
    about: 'About',
  },
};

/**
 * The application menu as data: a pure function of the language and the actions, so its labels
 * and wiring are tested without Electron. Standard commands use roles (Electron supplies the
 * behaviour and the accelerators); only the labels are ours.
 */
export function buildMenuTemplate(
  language: MenuLanguage,
  actions: MenuActions,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const t = LABELS[language];
  const platform = options.platform ?? process.platform;
  const template: MenuItemConstructorOptions[] = [];
  // On macOS the first menu is always the application menu, whatever its label says.
  if (platform === 'darwin') template.push({ role: 'appMenu' });
  template.push(
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        ...(options.devTools ? [{ role: 'toggleDevTools', label: t.devTools } as const] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    {
      label: t.go,
      submenu: GO_TARGETS.map(({ target, key }, index) => ({
        label: t.goTo[key],
        accelerator: `CmdOrCtrl+${index + 1}`,
        click: () => actions.navigate(target),
      })),
    },
    {
      label: t.language,
      submenu: [
        { label: t.chinese, type: 'radio', checked: language === 'zh-CN', click: () => actions.setLanguage('zh-CN') },
        { label: t.english, type: 'radio', checked: language === 'en', click: () => actions.setLanguage('en') },
      ],
    },
    { label: t.help, submenu: [{ label: t.about, click: () => actions.about() }] },
  );
  return template;
}

export function installMenu(language: MenuLanguage, actions: MenuActions, options: MenuOptions = {}): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, actions, options)));
}
