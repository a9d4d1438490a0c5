import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openAppPage, pickOption } from './helpers/chromium';
import { screenshot, startWebApp, type RunningWebApp } from './helpers/web-app';

/**
 * Issue 5 end to end: a meeting with three cases is scheduled (a double-booked room is refused
 * first), its pack is built (DOCX and PDF, printed by the machine's Chromium), minutes are
 * finalised with one action item, and the task it became is on the agency's list.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const AGENCY = '秦皇岛市人力资源和社会保障局';
const ACTION = '请于会后书面报送社保待遇复核意见';
let app: RunningWebApp;
let browser: Browser;
let page: Page;
let booked: { title: string; startsAt: string; roomName: string };
let freeRoom: string;
let caseNumbers: string[];
let agencyId: string;
const downloads: Download[] = [];
const errors: string[] = [];

const shot = (name: string) => screenshot(page, name);

/** China wall-clock time of an instant, as the date-time pickers take it: 2026-11-20 09:30. */
function chinaTime(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

async function choose(scope: Locator, label: string, option: string | RegExp, search?: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await pickOption(page, option);
}

async function typeDate(input: Locator, value: string) {
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(value);
  await input.press('Enter');
}

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-e2e-meeting-'));
  const adr = (...args: string[]) => execFileSync(process.execPath, [path.join(ROOT, 'out', 'cli', 'adr.js'), '--data', dataDir, ...args], { encoding: 'utf8' });
  adr('demo');
  // The latest demo meeting already held in a room: booking that room at that time must fail.
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const monthAgo = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
  const meetings = JSON.parse(adr('meetings', 'list', '--json', '--from', monthAgo, '--to', today)) as {
    title: string; startsAt: string; endsAt: string; roomName: string | null; status: string;
  }[];
  const past = meetings.filter((m) => m.roomName && m.status === 'held' && Date.parse(m.endsAt) < Date.now());
  booked = past.at(-1) as typeof booked;
  const sameTime = meetings.filter((m) => m.startsAt < past.at(-1)!.endsAt && past.at(-1)!.startsAt < m.endsAt).map((m) => m.roomName);
  freeRoom = ['第一调解室', '第二调解室', '中心会议室'].find((r) => !sameTime.includes(r))!;
  const open = JSON.parse(adr('cases', 'list', '--status', 'open', '--json')) as { rows: { caseNumber: string }[] };
  caseNumbers = open.rows.slice(0, 3).map((r) => r.caseNumber);
  agencyId = (JSON.parse(adr('agencies', 'list', '--json')) as { id: string; name: string }[]).find((a) => a.name === AGENCY)!.id;

  app = await startWebApp(dataDir);
  browser = await launchChromium();
  page = await openAppPage(browser, errors, { width: 1440, height: 900 });
  page.on('download', (d) => downloads.push(d));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('a meeting from scheduling to its action item, in Chromium', () => {
  it('schedules a meeting with three cases; the room already booked at that time is refused', async () => {
    const start = chinaTime(booked.startsAt);
    await page.goto(`${app.url}#/meetings?view=timeGridWeek&date=${start.slice(0, 10)}`);
    await page.getByTestId('meeting-new').click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '新建会议' });
    await dialog.waitFor();
    await dialog.getByLabel('会议名称').fill('端到端测试案情研判会');
    await typeDate(dialog.getByLabel('开始时间'), start);
    await choose(dialog, '会议室', new RegExp(`^${booked.roomName}`));
    for (const [i, number] of caseNumbers.entries()) {
      await dialog.getByTestId('agenda-add').click();
      await choose(dialog, `议程 ${i + 1} 案件`, number, number);
    }
    await page.getByTestId('meeting-submit').click();
    await expect.poll(() => dialog.getByTestId('clash-room').textContent()).toContain(booked.title);
    await expect.poll(() => dialog.textContent()).toContain('会议室已被占用，不能保存');
    expect(await page.getByTestId('meeting-save-anyway').count()).toBe(0);
    await shot('50-meeting-room-clash');

    // Another room at the same time: only warnings (the organiser sits in both), which may be accepted.
    await choose(dialog, '会议室', new RegExp(`^${freeRoom}`));
    await page.getByTestId('meeting-submit').click();
    const anyway = page.getByTestId('meeting-save-anyway');
    await Promise.race([anyway.waitFor().then(() => anyway.click()), dialog.waitFor({ state: 'hidden' })]);
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="calendar-meeting"]').filter({ hasText: '端到端测试案情研判会' }).first().click();
    await page.getByTestId('page-meeting').waitFor();
    await expect.poll(() => page.getByTestId('agenda-table').locator('tbody tr').count()).toBe(3);
  });

  it('builds the meeting pack: a DOCX and a PDF are downloaded', async () => {
    const before = downloads.length;
    await page.getByTestId('meeting-pack').click();
    await page.getByTestId('document-outcome').waitFor({ timeout: 60_000 });
    await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(before + 2);
    const names = downloads.slice(before).map((d) => d.suggestedFilename()).sort();
    expect(names[0]).toMatch(/\.docx$/);
    expect(names[1]).toMatch(/\.pdf$/);
    const pdf = fs.readFileSync((await downloads.slice(before).find((d) => d.suggestedFilename().endsWith('.pdf'))!.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await shot('51-meeting-pack');
  });

  it("records minutes with one action item; finalised, it is a task on the agency's list", async () => {
    await page.getByRole('tab', { name: /会议纪要/ }).click();
    const form = page.getByTestId('minutes-form');
    await form.waitFor();
    await page.getByTestId('action-add').click();
    await choose(form, '督办事项 1 承办单位', new RegExp(`^${AGENCY}`), '人力资源');
    await form.getByLabel('督办事项 1 督办内容').fill(ACTION);
    const due = new Date(Date.now() + 8 * 3_600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
    await typeDate(form.getByLabel('督办事项 1 完成期限'), due);
    await page.getByTestId('minutes-finalise').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByTestId('action-task-link').first().waitFor();
    await shot('52-minutes-final');

    await page.goto(`${app.url}#/agencies/${agencyId}`);
    await page.getByRole('tab', { name: /协调事项/ }).click();
    await page.getByTestId('task-filter-all').click();
    await expect.poll(() => page.locator('[data-testid^="task-row-"]').filter({ hasText: ACTION.slice(0, 8) }).count()).toBe(1);
    await shot('53-agency-task');
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
