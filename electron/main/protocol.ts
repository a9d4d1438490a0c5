import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { mimeTypeFor, resolveInside } from '../core/static-files';

export { resolveInside };

/**
 * The page's Content Security Policy (shared with the browser-mode server, so both serve the same
 * rules), sent as a header on every response so it holds even if index.html loses its meta tag.
 */
export { CONTENT_SECURITY_POLICY };

/**
 * Must run before app 'ready' (Electron refuses afterwards). `standard` gives the scheme real
 * origins and relative URL resolution, `secure` makes it a secure context, `supportFetchAPI` lets
 * the page fetch its own assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}


/**
 * Serves the built renderer from `rendererDir` for app://adr/…: a pure function of a folder and a
 * Request, so it is tested against a real temp folder. Only GET and HEAD, only our host, only
 * regular files inside the folder; everything else is a 4xx with no file content.
 */
export function createProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async function handleAppRequest(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method Not Allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plainResponse(400, 'Bad Request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plainResponse(404, 'Not Found');
    const file = resolveInside(rendererDir, url.pathname);
    if (!file) return plainResponse(403, 'Forbidden');
    let body: Buffer;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return plainResponse(404, 'Not Found');
      body = await fs.readFile(file);
    } catch {
      return plainResponse(404, 'Not Found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': mimeTypeFor(file),
        'Content-Length': String(body.byteLength),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** Installs the handler on the default session; call after 'ready'. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createProtocolHandler(rendererDir));
}
