import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, never a downloaded browser. The background-networking flags stop it from
 * calling home: on a closed network those calls fail by the dozen and slow every start.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`Chromium not found (tried ${candidates.join(', ')}); install Debian's chromium or set CHROMIUM_PATH`);
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/**
 * A page for the app as the user sees it (Chinese locale, downloads allowed), with every uncaught
 * page error and console error collected into `errors`: each flow ends by asserting it is empty.
 */
export async function openAppPage(browser: Browser, errors: string[], viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'zh-CN', acceptDownloads: true });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return page;
}

/**
 * Clicks an option of the antd Select dropdown that is open now. Only visible options count: a
 * dropdown of a closed drawer or modal can linger in the DOM without its hidden class, and its
 * options (a workflow step named 转立案, say) would otherwise match first.
 */
export async function pickOption(page: Page, option: string | RegExp): Promise<void> {
  const item = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option:visible')
    .filter({ hasText: option })
    .first();
  // The dropdown is a virtual list with its own scrolling: a pointer click makes Playwright scroll
  // the option into view, the list re-positions it, and the click waits for a stable box that
  // never comes (seen in CI and, at some scroll positions, here). The click event goes to the
  // option itself, which is where a user's click lands.
  await item.dispatchEvent('click');
}
