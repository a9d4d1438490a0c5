import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openAppPage, pickOption } from './helpers/chromium';
import { screenshot, startWebApp, type RunningWebApp } from './helpers/web-app';

/**
 * Issue 7 end to end: the court's referral file is imported on the 导出与同步 page, one referred
 * case is worked to a failed mediation (转立案), a batch is exported and checked with the court's
 * command-line tool, and the court's receipt is imported: the batch is acknowledged, the filing
 * number shows on the case and its 未同步 badge clears.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'resources', 'court-package', 'examples');
const COURT_NUMBER = '（2026）冀0302诉前调9901号';
const FILING_NUMBER = '（2026）冀0302行初9945号';
let app: RunningWebApp;
let browser: Browser;
let page: Page;
let dataDir: string;
let work: string;
let caseId: string;
let caseNumber: string;
let packageFile: string;
const errors: string[] = [];

const adr = (...args: string[]) =>
  execFileSync(process.execPath, [path.join(ROOT, 'out', 'cli', 'adr.js'), '--data', dataDir, ...args], { encoding: 'utf8' });

const shot = (name: string) => screenshot(page, name);

async function choose(label: string, option: string | RegExp) {
  await page.getByLabel(label, { exact: true }).click();
  await pickOption(page, option);
}

async function logActivity(step: string, description: string) {
  await page.getByTestId('log-activity').click();
  await choose('步骤', step);
  await page.getByLabel('工作内容').fill(description);
  await page.getByTestId('activity-submit').click();
  await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);
}

async function openExchangeTab(name: string) {
  await page.goto(`${app.url}#/exchange`);
  await page.getByTestId('page-exchange').waitFor();
  await page.getByRole('tab', { name }).click();
}

async function importFile(file: string) {
  await page.getByTestId('tab-imports').locator('input[type="file"]').setInputFiles(file);
  await page.getByTestId('court-import-preview').waitFor();
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-e2e-court-'));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-e2e-court-files-'));
  adr('demo');
  app = await startWebApp(dataDir);
  browser = await launchChromium();
  page = await openAppPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('court exchange, in Chromium', () => {
  it('imports the court’s referral file after a preview, creating the referred cases', async () => {
    await openExchangeTab('导入');
    await importFile(path.join(EXAMPLES, 'referrals.json'));
    const preview = page.getByTestId('court-import-preview');
    await expect.poll(() => preview.textContent()).toContain(COURT_NUMBER);
    await shot('70-court-referral-preview');
    await page.getByTestId('court-import-submit').click();
    await expect.poll(() => page.getByTestId('court-import-result').textContent()).toMatch(/3/);
    await expect.poll(() => page.getByTestId('court-import-history').textContent()).toContain('referrals.json');

    const list = JSON.parse(adr('cases', 'list', '--json', '--limit', '200')) as { rows: { id: string; caseNumber: string; courtNumber: string | null }[] };
    const referred = list.rows.find((r) => r.courtNumber === COURT_NUMBER);
    expect(referred).toBeDefined();
    caseId = referred!.id;
    caseNumber = referred!.caseNumber;
  });

  it('works the referred case to a failed mediation, transferred to filing', async () => {
    await page.goto(`${app.url}#/cases/${caseId}`);
    await page.getByTestId('page-case').waitFor();
    await expect.poll(() => page.getByTestId('unsynced-tag').count()).toBe(1);
    await logActivity('审查受理', '审查法院委派材料，符合受理条件，予以受理');
    await page.getByTestId('advance-stage').click();
    await expect.poll(() => page.getByTestId('stage-steps').textContent()).toContain('化解前');
    await logActivity('调查了解', '走访征收办了解补偿决定作出经过');
    await page.getByTestId('advance-stage').click();
    await logActivity('召开化解会、协调会', '召开协调会，双方对评估价格分歧较大，未达成一致');
    await page.getByTestId('close-case').click();
    await choose('化解结果', /转立案/);
    await page.getByLabel('结案摘要').fill('经多次协调双方未达成协议，化解不成，依法转立案');
    await page.getByTestId('close-submit').click();
    await page.getByTestId('clock-transfer_to_filing').first().waitFor();
  });

  it('exports a batch from the page, and the court’s command-line tool verifies it', async () => {
    await openExchangeTab('批次');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByTestId('court-export-incremental').click();
    packageFile = path.join(work, (await download).suggestedFilename());
    await (await download).saveAs(packageFile);
    expect(path.basename(packageFile)).toBe('ADR-000001.zip');
    await expect.poll(() => page.getByTestId('batch-row-1').textContent(), { timeout: 30_000 }).toContain('已生成');
    await shot('71-court-batch');

    const keyFile = path.join(work, 'center-public.pem');
    adr('court', 'key', '--out', keyFile);
    const verify = spawnSync(process.execPath, [path.join(ROOT, 'out', 'cli', 'verify-package.js'), packageFile, '--key', keyFile], { encoding: 'utf8' });
    expect(verify.stdout).toContain('OK 校验通过');
    expect(verify.stdout).toContain('External-Identifier: ADR-000001');
    expect(verify.status).toBe(0);
    // The same tool refuses the package once one byte of it changes.
    const bytes = fs.readFileSync(packageFile);
    const tampered = path.join(work, 'tampered.zip');
    const at = bytes.length >> 1;
    bytes[at] = bytes[at]! ^ 0xff;
    fs.writeFileSync(tampered, bytes);
    const refused = spawnSync(process.execPath, [path.join(ROOT, 'out', 'cli', 'verify-package.js'), tampered, '--key', keyFile], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
  });

  it('imports the court’s receipt: the batch is acknowledged, the filing number attached and the badge clears', async () => {
    const receipt = {
      format: 'adr-court-receipt',
      version: 1,
      batchNumber: 1,
      packageSha256: crypto.createHash('sha256').update(fs.readFileSync(packageFile)).digest('hex'),
      receivedOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      filings: [{ caseNumber, courtFilingNumber: FILING_NUMBER, filedOn: null }],
    };
    const receiptFile = path.join(work, '回执-第1批.json');
    fs.writeFileSync(receiptFile, JSON.stringify(receipt, null, 2));

    await openExchangeTab('导入');
    await importFile(receiptFile);
    await expect.poll(() => page.getByTestId('court-import-receipt').textContent()).toContain(caseNumber);
    await page.getByTestId('court-import-submit').click();
    await expect.poll(() => page.getByTestId('court-import-result').textContent()).toContain('第 1 批已确认');
    await expect.poll(() => page.getByTestId('summary-unsynced').textContent()).toContain('0');
    await shot('72-court-receipt');

    await page.getByRole('tab', { name: '批次' }).click();
    await expect.poll(() => page.getByTestId('batch-row-1').textContent()).toContain('法院已确认');

    await page.goto(`${app.url}#/cases/${caseId}`);
    await page.getByTestId('page-case').waitFor();
    await expect.poll(() => page.getByTestId('case-filing-number').textContent()).toContain(FILING_NUMBER);
    expect(await page.getByTestId('unsynced-tag').count()).toBe(0);
    await shot('73-court-case-synced');
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
