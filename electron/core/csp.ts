/**
 * The page's Content-Security-Policy, sent by both the Electron protocol handler and the
 * browser-mode server (and repeated in index.html). No remote origin anywhere: the app works
 * offline and a compromised string in the data cannot load code. antd's CSS-in-JS needs inline
 * styles; scripts stay 'self' only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
