import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../core/core';
import { marginsOf, mmToInches } from '../core/documents/pdf/margins';

/**
 * The app's PDF path: the document's print-styled HTML loaded in a hidden, script-less window and
 * printed with webContents.printToPDF (the same Chromium engine the CLI drives with
 * playwright-core, so both produce the same pages). The HTML goes through a temporary file rather
 * than a data: URL, which Chromium caps at 2 MB — a pack of twenty case briefs can exceed that.
 */
export function electronPdfPrinter(): PdfPrinter {
  return async function printWithElectron(html, options) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-print-'));
    const file = path.join(dir, 'document.html');
    fs.writeFileSync(file, html, 'utf8');
    // Never shown (nobody can middle-click in it), script-less, and hardened like every webContents
    // (lifecycle.ts → installSecurity denies new windows): the Auxclick check does not apply.
    const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    try {
      await window.loadFile(file);
      const m = marginsOf(options);
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        landscape: options?.landscape ?? false,
        printBackground: true,
        displayHeaderFooter: Boolean(options?.headerTemplate ?? options?.footerTemplate),
        headerTemplate: options?.headerTemplate ?? '<span></span>',
        footerTemplate: options?.footerTemplate ?? '<span></span>',
        margins: { top: mmToInches(m.top), right: mmToInches(m.right), bottom: mmToInches(m.bottom), left: mmToInches(m.left) },
      });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
