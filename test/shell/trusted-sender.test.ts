import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/main/app-origin';
import { isTrustedSender } from '../../electron/main/trusted-sender';

const top = { parent: null, url: 'app://adr/index.html' };

describe('trusted sender', () => {
  it('accepts the top frame of our own page', () => {
    expect(isTrustedSender({ senderFrame: top })).toBe(true);
    expect(isTrustedSender({ senderFrame: { parent: null, url: 'app://adr/index.html#/cases' } })).toBe(true);
  });

  it('refuses a subframe even on our own origin', () => {
    expect(isTrustedSender({ senderFrame: { parent: top, url: 'app://adr/index.html' } })).toBe(false);
  });

  it('refuses a foreign origin in the top frame', () => {
    expect(isTrustedSender({ senderFrame: { parent: null, url: 'https://evil.example/index.html' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { parent: null, url: 'file:///tmp/index.html' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { parent: null, url: 'app://evil/index.html' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { parent: null, url: 'app://adr.evil/index.html' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { parent: null, url: 'app://user@adr/index.html' } })).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
    const throwing = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(throwing)).toBe(false);
  });

  it('compares scheme and host, because URL.origin is "null" for every app:// URL', () => {
    expect(new URL('app://evil/x').origin).toBe(new URL('app://adr/x').origin);
    expect(isAppUrl('app://adr/x')).toBe(true);
    expect(isAppUrl('app://evil/x')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
