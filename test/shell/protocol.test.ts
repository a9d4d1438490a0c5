import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createProtocolHandler,
  registerAppScheme,
  resolveInside,
  serveRenderer,
} from '../../electron/main/protocol';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER';
let base: string;
let rendererDir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  // base/secret.txt sits next to base/out/renderer, one and two levels above the served root.
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-protocol-'));
  rendererDir = path.join(base, 'out', 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>ADR</title><div id="root"></div>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log("hi")');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(rendererDir, 'assets', '图标.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(base, 'out', 'secret.txt'), SECRET);
  handle = createProtocolHandler(rendererDir);
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

beforeEach(() => fake.resetFakeElectron());

async function get(url: string, init?: RequestInit): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await handle(new Request(url, init));
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP header', async () => {
    const response = await get('app://adr/index.html');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<div id="root">');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the bare origin', async () => {
    for (const url of ['app://adr/', 'app://adr']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('sends each asset with its MIME type', async () => {
    const cases: [string, string][] = [
      ['app://adr/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://adr/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://adr/assets/font.woff2', 'font/woff2'],
      ['app://adr/assets/%E5%9B%BE%E6%A0%87.svg', 'image/svg+xml'],
    ];
    for (const [url, type] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      'app://adr/../../etc/passwd',
      'app://adr/../secret.txt',
      'app://adr/../../secret.txt',
      'app://adr/%2e%2e/%2e%2e/secret.txt',
      'app://adr/..%2f..%2fsecret.txt',
      'app://adr/assets/..%2f..%2f..%2fsecret.txt',
      'app://adr/..%5c..%5csecret.txt',
      'app://adr/%2fetc%2fpasswd',
      `app://adr/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
      'app://adr/index.html%00.js',
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect([403, 404], url).toContain(response.status);
      expect(response.body, url).not.toContain(SECRET);
      expect(response.body, url).not.toContain('root:');
    }
  });

  it('keeps resolved paths inside the root', () => {
    expect(resolveInside(rendererDir, '/assets/index-abc.js')).toBe(path.join(rendererDir, 'assets', 'index-abc.js'));
    expect(resolveInside(rendererDir, '/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveInside(rendererDir, '/%E0%A4%A')).toBeNull();
  });

  it('answers other hosts, folders, missing files and writes with an error', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://adr/assets')).status).toBe(404);
    expect((await get('app://adr/missing.js')).status).toBe(404);
    expect((await get('app://adr/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://adr/index.html', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('app:// scheme registration', () => {
  it('registers app as standard, secure and fetch-capable', () => {
    registerAppScheme();
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs the handler for the app scheme', async () => {
    fake.app.emitReady();
    serveRenderer(rendererDir);
    const handler = fake.protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://adr/index.html'));
    expect(response.status).toBe(200);
  });
});
