import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Core } from '../core/core';
import { dispatch } from '../core/handlers/registry';
import { newSession } from '../core/session';
import { appError } from '../contract/errors';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import type { Result } from '../contract/result';
import { hostAndOriginOk, tokenMatches } from './guards';
import { mimeType, resolveStatic } from './static';

export interface WebServerOptions {
  core: Core;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  log?: (message: string, error?: unknown) => void;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Browser mode (development and end-to-end tests only; never bundled into the Electron app):
 * the built renderer plus one RPC endpoint and one event stream, on 127.0.0.1 only. RPC goes
 * through the very same `dispatch` as Electron IPC, so tests exercise the real validation.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const session = newSession();
  const streams = new Set<ServerResponse>();
  const log = options.log ?? (() => {});
  let port = options.port;

  function broadcast(event: string, payload: unknown) {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(frame);
  }

  function sendJson(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  }

  function readBody(req: IncomingMessage): Promise<string | null> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          resolve(null);
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse) {
    if (!tokenMatches(token, req.headers['x-adr-token'] as string | undefined)) {
      sendJson(res, 403, { ok: false, error: appError('FORBIDDEN_SENDER') } satisfies Result<never>);
      return;
    }
    const body = await readBody(req);
    let message: unknown;
    try {
      message = body === null ? undefined : JSON.parse(body);
    } catch {
      message = undefined;
    }
    if (!message || typeof message !== 'object') {
      sendJson(res, 400, {
        ok: false,
        error: appError('VALIDATION', {}, [{ path: '', message: { 'zh-CN': '请求格式错误', en: 'Malformed request' } }]),
      });
      return;
    }
    const { channel, input } = message as { channel?: unknown; input?: unknown };
    const result = await dispatch(options.core, session, channel, input, {
      onWrite: (c) => broadcast('data.changed', { channel: c }),
      onProgress: (p) => broadcast('job.progress', p),
      log,
    });
    sendJson(res, 200, result);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!tokenMatches(token, url.searchParams.get('token'))) {
      res.writeHead(403).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  function handleStatic(res: ServerResponse, url: URL) {
    const file = resolveStatic(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers = {
      'content-type': mimeType(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (file.endsWith('index.html')) {
      // The token reaches only our own page: other origins cannot read this response.
      const html = fs
        .readFileSync(file, 'utf8')
        .replace('<head>', `<head>\n    <meta name="adr-token" content="${token}" />`);
      res.writeHead(200, headers).end(html);
      return;
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAndOriginOk(req, port)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden host or origin');
      return;
    }
    if (req.method === 'POST' && url.pathname === '/rpc') {
      handleRpc(req, res).catch((error: unknown) => {
        log('rpc failed', error);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: appError('INTERNAL', { detail: 'rpc' }) });
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/events') {
      handleEvents(req, res, url);
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      handleStatic(res, url);
      return;
    }
    res.writeHead(405).end();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
