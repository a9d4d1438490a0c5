import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openAppPage, pickOption } from './helpers/chromium';
import { screenshot, startWebApp, type RunningWebApp } from './helpers/web-app';

/**
 * Issue 4 end to end: a coordination task is sent to an agency from a case, the agency's reply is
 * recorded, and the agency's own page shows its figures move (open tasks, answers, reply time).
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const AGENCY = '秦皇岛市人力资源和社会保障局';
let app: RunningWebApp;
let browser: Browser;
let page: Page;
let agencyId: string;
let caseUrl: string;
const errors: string[] = [];

const shot = (name: string) => screenshot(page, name);

async function choose(label: string, option: string | RegExp, search?: string, scope: Page | ReturnType<Page['locator']> = page) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await pickOption(page, option);
}

/**
 * The agency page's task figure card: open, overdue and answered counts, as numbers. The page may
 * first show the figures it had from an earlier visit while it reloads them, so callers poll.
 */
async function taskFigures(): Promise<{ open: number; overdue: number; answered: number }> {
  const card = page.getByTestId('figure-tasks');
  await card.waitFor();
  const text = (await card.textContent()) ?? '';
  const number = (re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);
  return { open: number(/待办事项\s*(\d+)/), overdue: number(/已逾期\s*(\d+)/), answered: number(/累计已答复\s*(\d+)\s*项/) };
}

async function openAgency(): Promise<void> {
  await page.goto(`${app.url}#/agencies/${agencyId}`);
  await page.getByTestId('figure-tasks').waitFor();
}

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-e2e-agency-'));
  const adr = (...args: string[]) => execFileSync(process.execPath, [path.join(ROOT, 'out', 'cli', 'adr.js'), '--data', dataDir, ...args], { encoding: 'utf8' });
  adr('demo');
  const agencies = JSON.parse(adr('agencies', 'list', '--json')) as { id: string; name: string }[];
  agencyId = agencies.find((a) => a.name === AGENCY)!.id;
  app = await startWebApp(dataDir);
  browser = await launchChromium();
  page = await openAppPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('coordination with an agency, in Chromium', () => {
  let before: { open: number; overdue: number; answered: number };

  it("reads the agency's figures on its page", async () => {
    await openAgency();
    before = await taskFigures();
    expect(Number.isInteger(before.open) && Number.isInteger(before.answered)).toBe(true);
    await shot('40-agency-before');
  });

  it('sends a task to the agency from a new case, due in working days', async () => {
    await page.goto(`${app.url}#/cases/new`);
    await page.getByTestId('page-case-new').waitFor();
    await page.getByLabel('案件名称').fill('吴测试诉市人力资源和社会保障局养老保险待遇核定争议案');
    await choose('案件来源', '当事人申请');
    await choose('争议类型', '劳动和社会保障');
    await page.getByLabel('行政赔偿').check();
    await page.getByLabel('姓名或名称').fill('吴测试');
    await page.getByLabel('证件号码').fill('11010519491231002X');
    await choose('单位', new RegExp(`^${AGENCY}`), '人力资源');
    await page.getByTestId('case-submit').click();
    await page.getByTestId('page-case').waitFor();
    caseUrl = page.url().replace(/\?.*$/, '');

    await page.goto(`${caseUrl}?tab=tasks`);
    await page.getByTestId('case-tasks').waitFor();
    await page.getByTestId('task-new').click();
    const dialog = page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal');
    await dialog.waitFor();
    // The case's own agency is offered first.
    await choose('承办单位', new RegExp(`^${AGENCY}`), undefined, dialog);
    await dialog.locator('textarea#task-create_request').fill('请于期限内书面说明养老保险待遇核定的依据，并提供核定材料');
    await expect.poll(() => dialog.getByTestId('due-preview').textContent()).toMatch(/截止 \d{4}年\d+月\d+日/);
    await shot('41-task-create');
    await page.getByTestId('task-create-submit').click();
    await expect.poll(() => page.locator('[data-testid^="task-row-"]').count()).toBe(1);
    await expect.poll(() => page.getByTestId('task-state-tag').first().textContent()).toBe('已发送');

    await openAgency();
    await expect.poll(async () => (await taskFigures()).open).toBe(before.open + 1);
    expect((await taskFigures()).answered).toBe(before.answered);
  });

  it("records the agency's reply; the task leaves the open list and the agency's figures follow", async () => {
    await page.goto(`${caseUrl}?tab=tasks`);
    await page.getByTestId('case-tasks').waitFor();
    await page.getByTestId('task-filter-all').click();
    await page.locator('[data-testid^="task-row-"]').first().waitFor();
    await page.getByTestId('task-more').first().click();
    await page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').getByTestId('task-action-reply').click();
    const reply = page.locator('textarea#task-action_replyText');
    await reply.waitFor({ state: 'visible' });
    await reply.fill('经核查，待遇核定依据为省人社厅文件，核定材料已随函报送');
    await shot('42-task-reply');
    await page.getByTestId('task-action-submit').click();
    // The dialog closes once the core has the reply.
    await reply.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('task-state-tag').first().textContent()).toBe('已答复');

    await openAgency();
    await expect.poll(async () => (await taskFigures()).answered).toBe(before.answered + 1);
    expect((await taskFigures()).open).toBe(before.open);
    // Replied the same day it was sent: the median reply time is now a number of days on screen.
    await expect.poll(() => page.getByTestId('figure-reply').textContent()).toMatch(/\d+\s*天/);
    await shot('43-agency-after');
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
