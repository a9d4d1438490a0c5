import path from 'node:path';
import type { DownloadItem, Event, Session } from 'electron';
import type { MenuLanguage } from './menu';

const SAVE_TITLE: Record<MenuLanguage, string> = { 'zh-CN': '保存文件', en: 'Save file' };

/**
 * Exports (DOCX, XLSX, templates) reach the user as downloads the page starts from a blob: or
 * data: URL it built from the core's bytes. Electron then shows its own save dialog because no
 * save path is set; we only give that dialog a title and start it in Documents. Anything else
 * (a download of a remote URL) is cancelled: the app never fetches from the network.
 */
export function handleDownloads(session: Session, documentsDir: string, language: () => MenuLanguage): void {
  session.on('will-download', function chooseSaveLocation(event: Event, item: DownloadItem) {
    if (!isLocalDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({
      title: SAVE_TITLE[language()],
      defaultPath: path.join(documentsDir, path.basename(item.getFilename())),
    });
  });
}

export function isLocalDownload(url: string): boolean {
  return url.startsWith('blob:') || url.startsWith('data:');
}
