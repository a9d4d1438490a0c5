/**
 * The page's one origin. The renderer is served from a privileged standard scheme rather than
 * file://, so it has a real origin that IPC sender checks, navigation guards and the CSP can
 * all name.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'adr';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `value` is a URL on our origin. Compares scheme and host instead of `URL.origin`:
 * WHATWG URL reports the opaque origin "null" for non-special schemes like app:, which would
 * make every app:// URL equal to every other one.
 */
export function isAppUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
