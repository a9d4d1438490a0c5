import type { ExportFile } from '../../../electron/contract/schemas/files';

/** The file's bytes, decoded from the base64 the core sent. */
function decode(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Saves a file the core generated (DOCX, XLSX, CSV template). An <a download> on an object URL:
 * Electron turns it into its save dialog, a browser into a download. The URL is revoked a little
 * later rather than at once, because some engines start reading it only after click() returns.
 */
export function saveExport(file: ExportFile): void {
  const blob = new Blob([decode(file.contentBase64)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
