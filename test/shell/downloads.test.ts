import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { handleDownloads, isLocalDownload } from '../../electron/main/downloads';
import { FakeSession } from './fake-electron';
import type { Session } from 'electron';

class FakeDownloadItem {
  saveDialogOptions: { title?: string; defaultPath?: string } | null = null;
  constructor(
    private readonly url: string,
    private readonly filename: string,
  ) {}
  getURL(): string {
    return this.url;
  }
  getFilename(): string {
    return this.filename;
  }
  setSaveDialogOptions(options: { title?: string; defaultPath?: string }): void {
    this.saveDialogOptions = options;
  }
}

function download(session: FakeSession, url: string, filename: string) {
  const item = new FakeDownloadItem(url, filename);
  let prevented = false;
  session.emit('will-download', { preventDefault: () => (prevented = true) }, item);
  return { item, prevented };
}

describe('downloads (exports saved through the save dialog)', () => {
  it('opens the save dialog in Documents with a localised title for a blob: download', () => {
    const session = new FakeSession();
    let language: 'zh-CN' | 'en' = 'zh-CN';
    handleDownloads(session as unknown as Session, '/home/u/Documents', () => language);
    const zh = download(session, 'blob:app://adr/1234', '督办通知-市自然资源局.docx');
    expect(zh.prevented).toBe(false);
    expect(zh.item.saveDialogOptions).toEqual({ title: '保存文件', defaultPath: path.join('/home/u/Documents', '督办通知-市自然资源局.docx') });
    language = 'en';
    expect(download(session, 'data:text/csv;base64,AAAA', 'template.csv').item.saveDialogOptions?.title).toBe('Save file');
  });

  it('cancels downloads of anything but local blob:/data: URLs', () => {
    const session = new FakeSession();
    handleDownloads(session as unknown as Session, '/docs', () => 'zh-CN');
    const remote = download(session, 'https://example.com/x.exe', 'x.exe');
    expect(remote.prevented).toBe(true);
    expect(remote.item.saveDialogOptions).toBeNull();
    expect(isLocalDownload('file:///etc/passwd')).toBe(false);
  });

  it('keeps a file name that tries to climb out of the folder inside it', () => {
    const session = new FakeSession();
    handleDownloads(session as unknown as Session, '/docs', () => 'zh-CN');
    expect(download(session, 'blob:app://adr/1', '../../evil.docx').item.saveDialogOptions?.defaultPath).toBe(path.join('/docs', 'evil.docx'));
  });
});
