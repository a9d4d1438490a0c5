import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, GO_TARGETS, type MenuActions } from '../../electron/main/menu';

vi.mock('electron', () => import('./fake-electron'));

function recorder(): MenuActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    navigate: (target) => calls.push(`navigate ${target}`),
    setLanguage: (language) => calls.push(`language ${language}`),
    about: () => calls.push('about'),
  };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  expect(Array.isArray(item?.submenu)).toBe(true);
  return item!.submenu as MenuItemConstructorOptions[];
}

function byLabel(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = template.find((i) => i.label === label);
  expect(item, label).toBeDefined();
  return item!;
}

function click(item: MenuItemConstructorOptions): void {
  expect(item.click, item.label).toBeTypeOf('function');
  (item.click as () => void)();
}

describe('application menu', () => {
  it('is labelled in Chinese', () => {
    const template = buildMenuTemplate('zh-CN', recorder(), { platform: 'win32' });
    expect(template.map((i) => i.label)).toEqual(['文件', '编辑', '视图', '前往', '语言', '帮助']);
    expect(submenu(byLabel(template, '文件'))[0]).toMatchObject({ role: 'quit', label: '退出' });
    expect(submenu(byLabel(template, '视图')).map((i) => i.label).filter(Boolean)).toEqual([
      '重新加载', '实际大小', '放大', '缩小', '全屏',
    ]);
    expect(submenu(byLabel(template, '前往')).map((i) => i.label)).toEqual([
      '工作台', '案件', '会议', '单位', '协调事项', '导出与同步', '统计', '设置',
    ]);
    expect(submenu(byLabel(template, '帮助'))[0]!.label).toBe('关于');
  });

  it('is labelled in English for en', () => {
    const template = buildMenuTemplate('en', recorder(), { platform: 'linux' });
    expect(template.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Language', 'Help']);
    expect(submenu(byLabel(template, 'File'))[0]).toMatchObject({ role: 'quit', label: 'Quit' });
    expect(submenu(byLabel(template, 'Go')).map((i) => i.label)).toEqual([
      'Dashboard', 'Cases', 'Meetings', 'Agencies', 'Coordination Tasks', 'Export & Sync', 'Statistics', 'Settings',
    ]);
    expect(JSON.stringify(template)).not.toMatch(/文件|视图|前往|帮助/);
  });

  it('sends a navigate command for each Go item', () => {
    const actions = recorder();
    const go = submenu(byLabel(buildMenuTemplate('zh-CN', actions, { platform: 'win32' }), '前往'));
    go.forEach(click);
    expect(actions.calls).toEqual(GO_TARGETS.map(({ target }) => `navigate ${target}`));
    expect(actions.calls).toContain('navigate /cases');
    expect(actions.calls).toContain('navigate /exchange');
    expect(go.map((i) => i.accelerator)).toEqual(GO_TARGETS.map((_, n) => `CmdOrCtrl+${n + 1}`));
  });

  it('switches language from the Language menu and marks the current one', () => {
    const actions = recorder();
    const languages = submenu(byLabel(buildMenuTemplate('zh-CN', actions, { platform: 'win32' }), '语言'));
    expect(languages.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['中文', 'radio', true],
      ['English', 'radio', false],
    ]);
    languages.forEach(click);
    expect(actions.calls).toEqual(['language zh-CN', 'language en']);
    const english = submenu(byLabel(buildMenuTemplate('en', actions, { platform: 'win32' }), 'Language'));
    expect(english.map((i) => i.checked)).toEqual([false, true]);
  });

  it('opens About from Help', () => {
    const actions = recorder();
    click(submenu(byLabel(buildMenuTemplate('en', actions, { platform: 'win32' }), 'Help'))[0]!);
    expect(actions.calls).toEqual(['about']);
  });

  it('offers developer tools only when asked (never in a packaged build)', () => {
    const roles = (devTools: boolean) =>
      submenu(byLabel(buildMenuTemplate('zh-CN', recorder(), { platform: 'win32', devTools }), '视图')).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('starts with the application menu on macOS', () => {
    expect(buildMenuTemplate('zh-CN', recorder(), { platform: 'darwin' })[0]).toEqual({ role: 'appMenu' });
    expect(buildMenuTemplate('zh-CN', recorder(), { platform: 'win32' })[0]!.role).toBeUndefined();
  });
});
