import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter, findChromium, machinePrinter } from '../../../electron/core/documents/pdf/chromium-printer';
import { CoreError } from '../../../electron/core/errors';

const chromium = findChromium();
if (!chromium) throw new Error('These tests need Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
const printer = chromiumPrinter(chromium);
afterAll(() => printer.close());

function pageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe('printing HTML to PDF with the machine Chromium', () => {
  it('prints A4 pages, and a forced page break gives a second page', async () => {
    const html = `<!doctype html><meta charset="utf-8"><body><h1>会议材料</h1><div style="break-before: page">第二页</div></body>`;
    const pdf = await printer.print(html, { footerTemplate: '<div style="font-size:10px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>' });
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(pageCount(pdf)).toBe(2);
    // A4 is 595 × 842 points.
    expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 595(\.\d+)? 841(\.\d+)?|\/MediaBox\s*\[\s*0 0 595(\.\d+)? 842/);
  });

  it('reuses one browser for several documents', async () => {
    const [a, b] = await Promise.all([printer.print('<p>甲</p>'), printer.print('<p>乙</p>')]);
    expect(pageCount(a)).toBe(1);
    expect(pageCount(b)).toBe(1);
  });

  it('without a Chromium, PDF output fails with PDF_UNAVAILABLE instead of producing something else', async () => {
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const none = machinePrinter('/nonexistent/chromium', ['/nonexistent/chromium-browser']);
      await expect(none.print('<p>x</p>')).rejects.toMatchObject({ code: 'PDF_UNAVAILABLE' });
      await expect(none.print('<p>x</p>')).rejects.toBeInstanceOf(CoreError);
      await none.close();
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  });
});
