import { app, dialog, type BaseWindow, type MessageBoxOptions } from 'electron';
import type { MenuLanguage } from './menu';
import { WINDOW_TITLE } from './window';

export function aboutOptions(language: MenuLanguage, version: string): MessageBoxOptions {
  const zh = language === 'zh-CN';
  return {
    type: 'info',
    title: zh ? '关于' : 'About',
    message: zh ? `${WINDOW_TITLE}（ADR Desk）` : `ADR Desk (${WINDOW_TITLE})`,
    detail: [
      `${zh ? '版本' : 'Version'} ${version}`,
      `Electron ${process.versions.electron ?? '-'} · Chromium ${process.versions.chrome ?? '-'} · Node ${process.versions.node}`,
    ].join('\n'),
    buttons: [zh ? '确定' : 'OK'],
    noLink: true,
  };
}

export function showAbout(language: MenuLanguage, parent: BaseWindow | null): void {
  const options = aboutOptions(language, app.getVersion());
  const shown = parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.error('[adr] about dialog failed', error));
}
