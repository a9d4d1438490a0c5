import fs from 'node:fs';
import type { PdfPrinter, PdfPrintOptions } from '../../core';
import { CoreError } from '../../errors';
import { marginsOf } from './margins';

/**
 * Flags for a headless Chromium on an office machine or a closed network: no sandbox prompt
 * (we print our own HTML only), and none of the background calls home that fail by the dozen
 * without internet and slow every start.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export const USUAL_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** --chromium PATH, then CHROMIUM_PATH, then Debian's and other usual places. */
export function findChromium(explicit?: string | null, usual: readonly string[] = USUAL_CHROMIUM_PATHS): string | null {
  const candidates = [explicit, process.env.CHROMIUM_PATH, ...usual];
  return candidates.find((p): p is string => Boolean(p) && fs.existsSync(p!)) ?? null;
}

/**
 * The PDF path outside Electron (CLI, browser mode, tests): the same print-styled HTML printed by
 * a Chromium found on the machine, driven by playwright-core. The browser starts on first use and
 * is reused (a pack prints several documents); `close` ends it. playwright-core is imported lazily
 * so the Electron app, which prints with webContents.printToPDF, never loads it.
 */
export function chromiumPrinter(executablePath: string): { print: PdfPrinter; close: () => Promise<void> } {
  let browser: Promise<import('playwright-core').Browser> | null = null;
  let context: Promise<import('playwright-core').BrowserContext> | null = null;
  const start = () =>
    (browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS }),
    ));
  // One offline, script-less context for every print: a new context per document cost 200–700 ms
  // of a pack's PDF (npm run bench); a page per document keeps them apart.
  const documents = () => (context ??= start().then((b) => b.newContext({ offline: true, javaScriptEnabled: false })));
  async function print(html: string, options?: PdfPrintOptions): Promise<Uint8Array> {
    const page = await (await documents()).newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const m = marginsOf(options);
      const pdf = await page.pdf({
        format: 'A4',
        landscape: options?.landscape ?? false,
        printBackground: true,
        displayHeaderFooter: Boolean(options?.headerTemplate ?? options?.footerTemplate),
        headerTemplate: options?.headerTemplate ?? '<span></span>',
        footerTemplate: options?.footerTemplate ?? '<span></span>',
        margin: { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` },
      });
      return new Uint8Array(pdf);
    } finally {
      await page.close();
    }
  }
  return {
    print,
    close: async () => {
      const b = browser;
      browser = null;
      context = null;
      if (b) await (await b).close();
    },
  };
}

/**
 * The printer for the CLI and browser mode: Chromium from --chromium, CHROMIUM_PATH or the usual
 * places; without one, every PDF export fails with PDF_UNAVAILABLE (DOCX and the rest still work).
 */
export function machinePrinter(
  explicit?: string | null,
  usual: readonly string[] = USUAL_CHROMIUM_PATHS,
): { print: PdfPrinter; close: () => Promise<void> } {
  const found = findChromium(explicit, usual);
  if (found) return chromiumPrinter(found);
  return {
    print: () => Promise.reject(new CoreError('PDF_UNAVAILABLE', 'no Chromium found for printing')),
    close: () => Promise.resolve(),
  };
}
