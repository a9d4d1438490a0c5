import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isExternalWebUrl } from '../../electron/main/external-links';
import { hardenSession, installSecurity } from '../../electron/main/security';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => fake.resetFakeElectron());

function hardened(): { contents: fake.FakeWebContents; ses: fake.FakeSession } {
  const ses = new fake.FakeSession();
  const contents = new fake.FakeWebContents(ses);
  installSecurity(contents as unknown as WebContents, ses as unknown as Session);
  return { contents, ses };
}

/** Lets the fire-and-forget openExternal call settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('window.open', () => {
  it('is always denied', () => {
    const { contents } = hardened();
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://adr/index.html')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
  });

  it('sends web links to the system browser and drops everything else', async () => {
    const { contents } = hardened();
    contents.openWindow('https://www.court.gov.cn/case/1');
    contents.openWindow('file:///etc/passwd');
    contents.openWindow('javascript:alert(1)');
    contents.openWindow('smb://server/share');
    await settle();
    expect(fake.shell.opened).toEqual(['https://www.court.gov.cn/case/1']);
  });

  it('takes http and https as web links, nothing else', () => {
    expect(isExternalWebUrl('http://example.com')).toBe(true);
    expect(isExternalWebUrl('https://example.com')).toBe(true);
    expect(isExternalWebUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isExternalWebUrl('ms-msdt:/id')).toBe(false);
    expect(isExternalWebUrl('')).toBe(false);
  });
});

describe('navigation', () => {
  it('prevents will-navigate away from our origin and allows it within', () => {
    const { contents } = hardened();
    expect(contents.emitNavigation('will-navigate', 'https://example.com').defaultPrevented).toBe(true);
    expect(contents.emitNavigation('will-navigate', 'file:///etc/passwd').defaultPrevented).toBe(true);
    expect(contents.emitNavigation('will-navigate', 'app://evil/index.html').defaultPrevented).toBe(true);
    expect(contents.emitNavigation('will-navigate', 'app://adr/index.html').defaultPrevented).toBe(false);
    expect(contents.emitNavigation('will-navigate', 'app://adr/index.html#/cases').defaultPrevented).toBe(false);
  });

  it('prevents redirects and subframe navigations to a foreign origin', () => {
    const { contents } = hardened();
    expect(contents.emitNavigation('will-redirect', 'https://example.com').defaultPrevented).toBe(true);
    expect(contents.emitNavigation('will-redirect', 'app://adr/index.html').defaultPrevented).toBe(false);
    expect(contents.emitNavigation('will-frame-navigate', 'https://example.com').defaultPrevented).toBe(true);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = hardened();
    const event = fake.fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every permission request', () => {
    const { contents, ses } = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      ses.permissionRequestHandler?.(contents, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check and device request with no', () => {
    const ses = new fake.FakeSession();
    hardenSession(ses as unknown as Session);
    expect(ses.permissionCheckHandler?.(null, 'media', 'app://adr', {})).toBe(false);
    expect(ses.permissionCheckHandler?.(null, 'clipboard-read', 'app://adr', {})).toBe(false);
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });
});

describe('every webContents', () => {
  it('is hardened when the app reports it created, before it loads anything', async () => {
    // The lifecycle installs this listener; here the listener is the one security.ts exports.
    fake.app.on('web-contents-created', (_event: unknown, contents: fake.FakeWebContents) =>
      installSecurity(contents as unknown as WebContents, contents.session as unknown as Session),
    );
    const window = new fake.BrowserWindow({});
    expect(window.webContents.openWindow('https://example.com')).toEqual({ action: 'deny' });
    expect(window.webContents.emitNavigation('will-navigate', 'https://example.com').defaultPrevented).toBe(true);
  });
});
