import type { PdfPrintOptions } from '../../core';

/**
 * GB/T 9704-2012 page: A4 with a 156 × 225 mm text block, top 37 mm and left 28 mm, so right
 * 26 mm and bottom 35 mm. Both printers (Electron and Chromium) use these unless told otherwise.
 */
export const OFFICIAL_MARGINS_MM = { top: 37, right: 26, bottom: 35, left: 28 } as const;

export function marginsOf(options: PdfPrintOptions | undefined): { top: number; right: number; bottom: number; left: number } {
  return options?.marginsMm ?? OFFICIAL_MARGINS_MM;
}

/** 1 inch = 25.4 mm; Electron's printToPDF takes margins in inches. */
export function mmToInches(mm: number): number {
  return mm / 25.4;
}
