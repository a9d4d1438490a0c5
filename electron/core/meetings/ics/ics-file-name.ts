/**
 * A file name from a title people typed: Windows refuses < > : " / \ | ? * and control characters,
 * trailing dots and spaces, and the device names (CON, NUL, COM1…) even with an extension. Chinese
 * text is kept as it is. Long titles are cut so the name stays well under path limits.
 */
const MAX_BASE_CHARS = 80;

export function safeFileName(title: string, extension: string, fallback = '会议'): string {
  let base = title
    .replace(/[<>:"/\\|?*]/g, '_')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  base = Array.from(base).slice(0, MAX_BASE_CHARS).join('').replace(/[. ]+$/, '');
  if (!base) base = fallback;
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `_${base}`;
  return `${base}.${extension}`;
}
