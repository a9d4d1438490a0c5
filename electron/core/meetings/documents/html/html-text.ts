/** Text into HTML and into CSS strings, for the print writers (the HTML is our own, but the text is user data). */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Escaped, with line breaks kept. */
export function htmlLines(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

/** A CSS string literal (for `content:` in @page margin boxes): quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3C ')}"`;
}
