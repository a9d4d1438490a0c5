import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openAppPage } from './helpers/chromium';
import { screenshot, startWebApp, type RunningWebApp } from './helpers/web-app';

const AREAS = ['dashboard', 'cases', 'meetings', 'agencies', 'tasks', 'exchange', 'statistics', 'settings'] as const;

let app: RunningWebApp;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

const shot = (name: string) => screenshot(page, name);

beforeAll(async () => {
  app = await startWebApp();
  browser = await launchChromium();
  page = await openAppPage(browser, consoleErrors);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('first run in Chromium against browser mode', () => {
  it('shows the setup screen on an empty database', async () => {
    await page.goto(app.url);
    await page.getByTestId('page-setup').waitFor();
    await shot('01-setup');
  });

  it('refuses an empty form with messages and writes nothing', async () => {
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
    await shot('02-setup-errors');
  });

  it('completes setup with demo data and lands on a filled dashboard', async () => {
    await page.getByLabel('中心名称').fill('秦皇岛市行政争议化解中心');
    await page.getByLabel('对口法院').fill('秦皇岛市中级人民法院');
    await page.getByLabel('第一位操作员姓名').fill('王协调');
    // The first operator stays an administrator (the default): only administrators load demo data
    // and add the other operators.
    await page.getByLabel('登录密码', { exact: true }).fill('first-pass-1');
    await page.getByLabel('确认登录密码', { exact: true }).fill('first-pass-1');
    await page.getByText('同时载入演示数据').click();
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('page-dashboard').waitFor();
    await expect.poll(() => page.getByTestId('center-name').textContent()).toContain('秦皇岛市行政争议化解中心');
    await expect.poll(async () => page.getByTestId('by-stage').textContent(), { timeout: 10_000 }).toContain('化解中');
    await shot('03-dashboard');

    // What the page showed is what the file holds.
    const db = new Database(path.join(app.dataDir, 'adr-desk.sqlite3'), { readonly: true });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'center.name'").pluck().get()).toBe('"秦皇岛市行政争议化解中心"');
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBeGreaterThanOrEqual(30);
    expect(db.prepare("SELECT role FROM operators WHERE name = '王协调'").pluck().get()).toBe('administrator');
    expect(db.prepare("SELECT password_hash FROM operators WHERE name = '王协调'").pluck().get()).toMatch(/^scrypt\$/);
    db.close();
  });

  it('visits every section', async () => {
    for (const area of AREAS) {
      await page.getByTestId(`nav-${area}`).click();
      await page.getByTestId(`page-${area}`).waitFor();
      await shot(`04-${area}`);
    }
    await expect.poll(() => page.getByTestId('page-settings').textContent()).toContain('adr-desk.sqlite3');
  });

  it('switches to English and back, keeping the choice across a reload', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('nav-cases').textContent()).toBe('Cases');
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('page-dashboard').waitFor();
    await shot('05-dashboard-en');
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-cases').textContent()).toBe('Cases');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('nav-cases').textContent()).toBe('案件');
  });

  it('works at 1920×1080 too', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('page-dashboard').waitFor();
    await shot('06-dashboard-1920');
  });

  it('logged no errors in the page (CSP violations included)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
