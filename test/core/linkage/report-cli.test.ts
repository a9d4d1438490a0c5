import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import { fileCore, setUpCore, tempDir } from '../helpers/core';

let out: string[];

beforeEach(() => {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.stubEnv('ADR_LANG', 'en');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

async function adr(...args: string[]): Promise<string[]> {
  out = [];
  const program = buildProgram();
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: () => {} });
  }
  await program.parseAsync(['node', 'adr', ...args]);
  return out;
}

/** A data folder with one agency below target in 2026Q3. */
async function dataDir(): Promise<string> {
  const dir = tempDir();
  const { core } = await setUpCore(await fileCore(dir));
  const now = core.now();
  core.sqlite.prepare("INSERT INTO agencies (id, name, kind, created_at, updated_at) VALUES ('a1', '市自然资源和规划局', 'member_unit', ?, ?)").run(now, now);
  for (const head of [1, 0, 0]) {
    core.sqlite
      .prepare("INSERT INTO court_hearings (id, agency_id, held_on, head_appeared, created_at, updated_at) VALUES (?, 'a1', '2026-08-01', ?, ?, ?)")
      .run(core.newId(), head, now, now);
  }
  core.close();
  return dir;
}

describe('adr report quarterly', () => {
  it('writes the DOCX and the XLSX into a new folder and prints their paths', async () => {
    const dir = await dataDir();
    const target = path.join(dir, 'reports', '2026Q3');
    const lines = await adr('--data', dir, 'report', 'quarterly', '--quarter', '2026q3', '--out', target);
    expect(lines).toEqual([path.join(target, '季度通报-2026Q3.docx'), path.join(target, '季度通报-2026Q3.xlsx')]);

    const docx = await JSZip.loadAsync(fs.readFileSync(lines[0]!));
    expect(await docx.file('word/document.xml')!.async('string')).toContain('市自然资源和规划局');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(lines[1]!);
    expect(book.getWorksheet('通报名单')!.getCell('A2').value).toBe('市自然资源和规划局');
    expect(book.getWorksheet('通报名单')!.getCell('C2').value).toBe(3);
  });

  it('a bad quarter is a clear error and writes nothing', async () => {
    const dir = await dataDir();
    const target = path.join(dir, 'out');
    const error = await adr('--data', dir, 'report', 'quarterly', '--quarter', '2026Q5', '--out', target).catch((e: unknown) => e);
    expect(describeError(error)).toBe('Not a quarter: 2026Q5 (expected YEARQn, e.g. 2026Q3)');
    vi.stubEnv('ADR_LANG', 'zh-CN');
    expect(describeError(error)).toBe('季度格式不正确：2026Q5（应为 年份Q季度，如 2026Q3）');
    expect(fs.existsSync(target)).toBe(false);
    await expect(adr('--data', dir, 'report', 'quarterly', '--out', target)).rejects.toThrow(/--quarter/);
  });
});
