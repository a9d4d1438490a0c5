import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openAppPage } from './helpers/chromium';
import { screenshot, startWebApp, type RunningWebApp } from './helpers/web-app';

/**
 * Issue 8 end to end: on a demo center (made by `adr demo`, no passwords yet) the administrator
 * turns sign-in on by setting a password and adds a secretary and a liaison in Settings → 操作员.
 * The secretary signs in: the page offers no court export, says who exports instead, and a request
 * sent straight to the server from the page is refused by the core with PERMISSION_DENIED. The
 * liaison signs in and downloads the package. The sign-in and lock screens are photographed in
 * both languages. The browser-mode server keeps one session, as the one desktop window does.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ADMIN = { name: '演示管理员', password: 'admin-pass-1' };
const SECRETARY = { name: '王秘书', role: '秘书', password: 'secretary-pass-1' };
const LIAISON = { name: '李联络', role: '联络员', password: 'liaison-pass-1' };
let app: RunningWebApp;
let browser: Browser;
let page: Page;
let dataDir: string;
let work: string;
const errors: string[] = [];

const adr = (...args: string[]) =>
  execFileSync(process.execPath, [path.join(ROOT, 'out', 'cli', 'adr.js'), '--data', dataDir, ...args], { encoding: 'utf8' });

const shot = (name: string) => screenshot(page, name);

function query<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(path.join(dataDir, 'adr-desk.sqlite3'), { readonly: true });
  try {
    return db.prepare(sql).pluck().get(...params) as T;
  } finally {
    db.close();
  }
}

async function operatorMenu(item: string) {
  await page.getByTestId('current-operator').click();
  await page.getByTestId(item).click();
}

/** The open antd modal titled `title`. */
function dialog(title: string) {
  return page.locator('.ant-modal').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
}

async function addOperator(name: string, role: string, password: string) {
  await page.getByTestId('operator-add').click();
  const add = dialog('添加操作员');
  await add.getByLabel('姓名', { exact: true }).fill(name);
  await add.getByText(role, { exact: true }).click();
  await add.getByLabel('新密码', { exact: true }).fill(password);
  await add.getByLabel('确认新密码', { exact: true }).fill(password);
  await add.getByTestId('operator-submit').click();
  await page.getByTestId(`operator-row-${name}`).waitFor();
  await page.getByTestId('operator-form').waitFor({ state: 'detached' });
}

async function signIn(name: string, password: string) {
  await page.getByTestId('sign-in-screen').waitFor();
  await page.getByLabel('操作员', { exact: true }).click();
  await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${name}"]`).click();
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-password').press('Enter');
  await expect.poll(() => page.getByTestId('sign-in-screen').count()).toBe(0);
  await expect.poll(() => page.getByTestId('current-operator').textContent()).toContain(name);
}

async function openBatches() {
  await page.goto(`${app.url}#/exchange`);
  await page.getByTestId('page-exchange').waitFor();
  await page.getByTestId('tab-batches').waitFor();
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-e2e-perm-'));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-e2e-perm-files-'));
  adr('demo');
  app = await startWebApp(dataDir);
  browser = await launchChromium();
  page = await openAppPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('operators and permissions, in Chromium', () => {
  it('the administrator sets a password (sign-in turns on) and adds a secretary and a liaison', async () => {
    await page.goto(app.url);
    await page.getByTestId('page-dashboard').waitFor();
    await expect.poll(() => page.getByTestId('current-operator').textContent()).toContain(ADMIN.name);

    await operatorMenu('menu-change-password');
    const change = dialog('修改密码');
    await change.getByLabel('新密码', { exact: true }).fill(ADMIN.password);
    await change.getByLabel('确认新密码', { exact: true }).fill(ADMIN.password);
    await change.getByTestId('change-password-submit').click();
    await page.getByText('密码已修改').waitFor();

    await page.goto(`${app.url}#/settings?tab=operators`);
    await page.getByTestId('operator-settings').waitFor();
    await addOperator(SECRETARY.name, SECRETARY.role, SECRETARY.password);
    await addOperator(LIAISON.name, LIAISON.role, LIAISON.password);
    await shot('80-operators');
    expect(query<number>('SELECT count(*) FROM operators WHERE password_hash IS NOT NULL')).toBe(3);
  });

  it('shows the sign-in screen after sign-out, in Chinese and in English', async () => {
    await operatorMenu('menu-sign-out');
    await page.getByTestId('sign-in-screen').waitFor();
    await expect.poll(() => page.getByTestId('app-pages').count()).toBe(0);
    await shot('81-sign-in-zh');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('sign-in-screen').textContent()).toContain('Sign in');
    await shot('81-sign-in-en');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('sign-in-screen').textContent()).toContain('登录');
  });

  it('a wrong password is refused; the secretary then signs in, and Ctrl+L locks the desk', async () => {
    await page.getByLabel('操作员', { exact: true }).click();
    await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${SECRETARY.name}"]`).click();
    await page.getByTestId('sign-in-password').fill('not-the-password');
    await page.getByTestId('sign-in-password').press('Enter');
    await page.getByText('操作员或密码不正确。').waitFor();
    await shot('81-sign-in-refused');
    await page.getByTestId('sign-in-password').fill(SECRETARY.password);
    await page.getByTestId('sign-in-password').press('Enter');
    await expect.poll(() => page.getByTestId('current-operator').textContent()).toContain(SECRETARY.name);

    await page.getByTestId('page-dashboard').waitFor();
    await page.keyboard.press('Control+l');
    await page.getByTestId('lock-screen').waitFor();
    await expect.poll(() => page.getByTestId('lock-operator').textContent()).toContain(`${SECRETARY.name}（${SECRETARY.role}）`);
    await shot('82-lock-zh');
    // The header's switch is still there under the cover (the page stays mounted): use the cover's.
    const lockSwitch = page.getByTestId('lock-screen').getByTestId('language-switch');
    await lockSwitch.click();
    await expect.poll(() => page.getByTestId('lock-operator').textContent()).toContain('locked the workstation');
    await shot('82-lock-en');
    await lockSwitch.click();
    await page.getByTestId('unlock-password').fill(SECRETARY.password);
    await page.getByTestId('unlock-password').press('Enter');
    await expect.poll(() => page.getByTestId('lock-screen').count()).toBe(0);
  });

  it('the secretary is not offered the court export, is told who exports, and a direct request is refused', async () => {
    await openBatches();
    const denied = page.getByTestId('court-export-denied');
    await denied.waitFor();
    expect(await denied.textContent()).toContain('法院文件包须由管理员、联络员导出。当前操作员：王秘书（秘书）');
    expect(await page.getByTestId('court-export-incremental').count()).toBe(0);
    expect(await page.getByTestId('court-export-all').count()).toBe(0);
    await shot('83-exchange-secretary');

    // The page hides the button; the core is the guard. The same request the button would send,
    // straight from the page to the server with its token, is refused with a message naming the role.
    const answer = await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="adr-token"]')!.content;
      const response = await fetch('/rpc', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-adr-token': token },
        body: JSON.stringify({ channel: 'court.export', input: { mode: 'incremental' } }),
      });
      return (await response.json()) as { ok: boolean; error?: { code: string; message: { 'zh-CN': string; en: string } } };
    });
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('PERMISSION_DENIED');
    expect(answer.error?.message['zh-CN']).toBe('当前操作员（秘书）无权执行此操作。');
    expect(answer.error?.message.en).toBe('The current operator (secretary) is not allowed to do this.');
    expect(query<number>("SELECT count(*) FROM court_batches WHERE direction = 'export'")).toBe(0);
  });

  it('the liaison signs in through 切换操作员 and exports the package', async () => {
    await operatorMenu('menu-switch-operator');
    await signIn(LIAISON.name, LIAISON.password);
    await openBatches();
    expect(await page.getByTestId('court-export-denied').count()).toBe(0);

    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByTestId('court-export-incremental').click();
    const file = path.join(work, (await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(path.basename(file)).toBe('ADR-000001.zip');
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    await expect.poll(() => page.getByTestId('batch-row-1').textContent(), { timeout: 30_000 }).toContain('已生成');
    await shot('84-exchange-liaison');
    expect(query<string>("SELECT operator_name FROM audit_log WHERE action = 'court.export' ORDER BY seq DESC LIMIT 1")).toBe(LIAISON.name);
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
