import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';

vi.mock('electron', async () => await import('./fake-electron'));

const fake = await import('./fake-electron');
const { electronPdfPrinter } = await import('../../electron/main/pdf-printer');
const { folderChooser } = await import('../../electron/main/choose-folder');

describe('printing to PDF in the app (webContents.printToPDF)', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('prints the HTML from a temporary file in a hidden, script-less window, on A4 with official margins, then cleans up', async () => {
    const print = electronPdfPrinter();
    const created: InstanceType<typeof fake.BrowserWindow>[] = [];
    fake.app.on('web-contents-created', () => created.push(fake.BrowserWindow.getAllWindows().at(-1)!));
    const pdf = await print('<html><body>会议材料</body></html>', { footerTemplate: '<span class="pageNumber"></span>' });

    expect(Buffer.from(pdf).toString('utf8')).toContain('会议材料');
    const window = created[0]!;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, javascript: false });
    const options = window.webContents.printed[0]!;
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    const margins = options.margins as Record<string, number>;
    // 37 mm top and 28 mm left (GB/T 9704), in inches as Electron wants them.
    expect(margins.top).toBeCloseTo(37 / 25.4, 5);
    expect(margins.left).toBeCloseTo(28 / 25.4, 5);
    expect(window.destroyed).toBe(true);
    const file = window.loadedUrl!.replace('file://', '');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('destroys the window and removes the file even when printing fails', async () => {
    const print = electronPdfPrinter();
    const original = fake.BrowserWindow.prototype.loadFile;
    fake.BrowserWindow.prototype.loadFile = function failingLoad(this: InstanceType<typeof fake.BrowserWindow>, file: string) {
      this.loadedUrl = `file://${file}`;
      return Promise.reject(new Error('ERR_FAILED'));
    };
    try {
      await expect(print('<p>x</p>')).rejects.toThrow('ERR_FAILED');
    } finally {
      fake.BrowserWindow.prototype.loadFile = original;
    }
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(0);
  });
});

describe('choosing a folder for multi-file exports', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('asks for a directory, modal to the focused window, titled in the menu language', async () => {
    const window = new fake.BrowserWindow();
    window.focus();
    fake.dialog.openDialogResult = { canceled: false, filePaths: ['/home/u/会议材料'] };
    const choose = folderChooser(() => 'zh-CN');
    expect(await choose({ 'zh-CN': '选择保存会议材料的文件夹', en: 'Choose a folder for the meeting pack' })).toBe('/home/u/会议材料');
    expect(fake.dialog.openDialogs[0]).toEqual({
      parent: window,
      options: { title: '选择保存会议材料的文件夹', properties: ['openDirectory', 'createDirectory'] },
    });
  });

  it('returns null when the user cancels', async () => {
    const choose = folderChooser(() => 'en');
    expect(await choose({ 'zh-CN': '选择文件夹', en: 'Choose a folder' })).toBeNull();
    expect(fake.dialog.openDialogs[0]!.options.title).toBe('Choose a folder');
  });
});
