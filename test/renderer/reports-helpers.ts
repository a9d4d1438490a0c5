import { screen, waitFor } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';

/** jsdom has no object URLs and does not download: record what the page hands to <a download>. */
export function recordDownloads() {
  const blobs: Blob[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
  const downloads: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download) downloads.push(this.download);
  });
  return { blobs, downloads };
}

/** Opens an ExportButton's format menu and picks one format (its item's test id is `${testId}-${format}`). */
export async function exportAs(user: ReturnType<typeof userEvent.setup>, testId: string, format: string): Promise<void> {
  const button = await screen.findByTestId(testId);
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  await user.click(await screen.findByTestId(`${testId}-${format}`));
}

/** The first bytes of a blob as text ('PK' for DOCX/XLSX, '%PDF' for PDF, '<svg' or '<?xml' for SVG). */
export async function blobStart(blob: Blob, n: number): Promise<string> {
  return String.fromCharCode(...new Uint8Array(await blob.arrayBuffer()).slice(0, n));
}

/** The SVG inside an <img src="data:image/svg+xml;base64,…">. */
export function svgOfImage(img: HTMLElement): string {
  const src = img.getAttribute('src') ?? '';
  const prefix = 'data:image/svg+xml;base64,';
  if (!src.startsWith(prefix)) throw new Error(`not an SVG data URL: ${src.slice(0, 40)}`);
  const bytes = Uint8Array.from(atob(src.slice(prefix.length)), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
