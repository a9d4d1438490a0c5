import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openAppPage, pickOption } from './helpers/chromium';
import { screenshot, startWebApp, type RunningWebApp } from './helpers/web-app';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let app: RunningWebApp;
let browser: Browser;
let page: Page;
const errors: string[] = [];

const shot = (name: string) => screenshot(page, name);

/** An antd Select found by its form label: open it, optionally type, pick the visible option. */
async function choose(label: string, option: string | RegExp, search?: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await pickOption(page, option);
}

async function logActivity(step: string, description: string) {
  await page.getByTestId('log-activity').click();
  await choose('步骤', step);
  await page.getByLabel('工作内容').fill(description);
  await page.getByTestId('activity-submit').click();
  await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);
}

beforeAll(async () => {
  // A center with the demo directory (agencies, operators), set up through the real CLI.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-e2e-case-'));
  execFileSync(process.execPath, [path.join(ROOT, 'out', 'cli', 'adr.js'), '--data', dataDir, 'demo'], { stdio: 'ignore' });
  app = await startWebApp(dataDir);
  browser = await launchChromium();
  page = await openAppPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('a case from intake to a failed mediation, in Chromium', () => {
  it('registers a case through the form', async () => {
    await page.goto(`${app.url}#/cases/new`);
    await page.getByTestId('page-case-new').waitFor();
    await page.getByLabel('案件名称').fill('周测试诉市人力资源和社会保障局工伤认定争议案');
    await choose('案件来源', '当事人申请');
    await choose('争议类型', '劳动和社会保障');
    await page.getByLabel('行政赔偿').check();
    await page.getByLabel('姓名或名称').fill('周测试');
    await page.getByLabel('证件号码').fill('11010519491231002X');
    await choose('单位', /^秦皇岛市人力资源和社会保障局/, '人力资源');
    await shot('10-intake');
    await page.getByTestId('case-submit').click();
    await page.getByTestId('page-case').waitFor();
    await expect.poll(() => page.getByTestId('case-number').textContent()).toMatch(/〔\d{4}〕\d+号/);
  });

  it('refuses to leave intake before the required 审查受理 step is logged, naming it', async () => {
    await page.getByTestId('advance-stage').click();
    await expect.poll(() => page.getByTestId('action-error').textContent()).toContain('审查受理');
  });

  it('logs an activity in each stage and moves through them', async () => {
    await logActivity('审查受理', '审查申请材料，符合受理条件，予以受理');
    await page.getByTestId('advance-stage').click();
    await expect.poll(() => page.getByTestId('stage-steps').textContent()).toContain('化解前');
    await logActivity('调查了解', '走访市人社局了解工伤认定经过');
    await page.getByTestId('advance-stage').click();
    await logActivity('召开化解会、协调会', '召开协调会，双方未能达成一致');
    await shot('11-case-timeline');
    await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('召开协调会');
  });

  it('closes the case as not resolved and shows the 5-day transfer deadline on the case', async () => {
    await page.getByTestId('close-case').click();
    await choose('化解结果', /转立案/);
    await page.getByLabel('结案摘要').fill('经多次协调双方未达成协议，化解不成，依法转立案');
    await page.getByTestId('close-submit').click();
    const clock = page.getByTestId('clock-transfer_to_filing');
    await clock.first().waitFor();
    await expect.poll(() => clock.first().textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await shot('12-case-transfer-clock');
  });

  it('shows the running 5-day transfer deadline on the dashboard', async () => {
    const caseNumber = (await page.getByTestId('case-number').textContent())!.trim();
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('page-dashboard').waitFor();
    await expect.poll(() => page.getByTestId('transfers').textContent()).toContain(caseNumber);
    await shot('13-dashboard-due-soon');
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
