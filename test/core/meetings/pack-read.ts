import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import { unzip } from '../documents/unzip';
import { tempDir } from '../helpers/core';

/** Reading generated documents back: PDF text through poppler's pdftotext, DOCX parts by unzipping. */

export function bytesOf(file: ExportFile): Uint8Array {
  return new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
}

/** The text of each page (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: Uint8Array, layout = true): string[] {
  const dir = tempDir('adr-pdf-');
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  try {
    const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return pages;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The words of every page with their boxes (pdftotext -bbox), to check nothing leaves the page. */
export function pdfWordBoxes(pdf: Uint8Array): { page: number; word: string; xMin: number; xMax: number; yMax: number; pageWidth: number; pageHeight: number }[] {
  const dir = tempDir('adr-pdf-');
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  try {
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const out: ReturnType<typeof pdfWordBoxes> = [];
    let page = 0;
    let size = { w: 0, h: 0 };
    for (const line of html.split('\n')) {
      const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
      if (p) {
        page += 1;
        size = { w: Number(p[1]), h: Number(p[2]) };
        continue;
      }
      const w = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
      if (w) out.push({ page, word: w[4]!, xMin: Number(w[1]), xMax: Number(w[2]), yMax: Number(w[3]), pageWidth: size.w, pageHeight: size.h });
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Without any whitespace: table cells wrap text over lines, so compare texts this way. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * True when the characters of `needle` occur in `haystack` in order: extracted PDF text
 * interleaves the lines of neighbouring table cells, so a wrapped cell is not one substring.
 */
export function inOrder(haystack: string, needle: string): boolean {
  let at = 0;
  for (const ch of needle) {
    at = haystack.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/** Every XML part of a DOCX, by name. */
export function docxParts(docx: Uint8Array): Map<string, string> {
  return new Map([...unzip(docx)].filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, data.toString('utf8')]));
}

/** The visible text of a WordprocessingML part (the w:t runs, joined). */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
