/** Only web pages leave the app; file:, javascript:, custom protocol handlers and the like never do. */
export function isExternalWebUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/**
 * Hands a link to the system browser when it is a web URL; anything else is dropped.
 * `open` is passed in (shell.openExternal in the app) so the rule is tested without a browser.
 */
export function openExternalUrl(value: string, open: (url: string) => Promise<void> | void): boolean {
  if (!isExternalWebUrl(value)) return false;
  Promise.resolve()
    .then(() => open(value))
    .catch((error: unknown) => console.error(`[adr] could not open ${value}`, error));
  return true;
}
