import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/web/web-server';
import { memoryCore, tempDir } from '../helpers/core';
import { snapshot } from '../helpers/snapshot';

let server: WebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const core = await memoryCore();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  fs.writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
  server = await startWebServer({ core, rendererDir: dir, port: 0 });
  return { core, server };
}

/** Raw request so the Host header can be forged (fetch does not allow it). */
function raw(port: number, options: http.RequestOptions, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, ...options }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser-mode bridge', () => {
  it('listens on 127.0.0.1 and writes its token into index.html only', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const html = await (await fetch(server.url)).text();
    expect(html).toContain(`<meta name="adr-token" content="${server.token}"`);
    const page = await fetch(`${server.url}app.js`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).not.toContain(server.token);
  });

  it('dispatches an RPC with the token to the real registry', async () => {
    const { server } = await start();
    const res = await fetch(`${server.url}rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-adr-token': server.token },
      body: JSON.stringify({ channel: 'setup.status', input: {} }),
    });
    expect(await res.json()).toEqual({ ok: true, value: { needsSetup: true } });
  });

  it('refuses an RPC without the right token and writes nothing', async () => {
    const { core, server } = await start();
    const before = snapshot(core);
    const body = JSON.stringify({
      channel: 'setup.complete',
      input: { centerName: '甲', level: 'city', courtName: '乙', operatorName: '丙', operatorRole: 'administrator' },
    });
    for (const token of [undefined, 'wrong', `${server.token}x`]) {
      const res = await fetch(`${server.url}rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { 'x-adr-token': token } : {}) },
        body,
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(snapshot(core)).toEqual(before);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin even with the token', async () => {
    const { server } = await start();
    const body = JSON.stringify({ channel: 'setup.status', input: {} });
    const headers = { 'content-type': 'application/json', 'x-adr-token': server.token };
    const badHost = await raw(server.port, { method: 'POST', path: '/rpc', headers: { ...headers, host: `evil.example:${server.port}` } }, body);
    expect(badHost.status).toBe(403);
    const badOrigin = await raw(server.port, { method: 'POST', path: '/rpc', headers: { ...headers, origin: 'https://evil.example' } }, body);
    expect(badOrigin.status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const { server } = await start();
    for (const p of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const res = await raw(server.port, { method: 'GET', path: p, headers: { host: `127.0.0.1:${server.port}` } });
      expect(res.status, p).toBe(404);
      expect(res.text).not.toContain('root:');
    }
  });

  it('answers a malformed body with a structured error', async () => {
    const { server } = await start();
    const res = await fetch(`${server.url}rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-adr-token': server.token },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
