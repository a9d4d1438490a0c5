import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeError } from '../../../../electron/cli/cli-context';
import { buildProgram } from '../../../../electron/cli/program';
import { databaseFileIn } from '../../../../electron/core/paths';
import { tempDir } from '../../helpers/core';
import { unzip } from '../../documents/unzip';
import { periodFixture } from './fixture';

/** `adr summary --period … --out FILE` on a data folder holding the fixed data set. */

async function adr(...args: string[]): Promise<string[]> {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const program = buildProgram();
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: () => {} });
  }
  await program.parseAsync(['node', 'adr', ...args]);
  return out;
}

async function fail(...args: string[]): Promise<string> {
  try {
    await adr(...args);
  } catch (error) {
    return describeError(error);
  }
  throw new Error(`adr ${args.join(' ')} should have failed`);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  const f = await periodFixture({ dataDir: dir });
  f.core.close();
});

function exportsLogged(): { fileName: string; kind: string; format: string; period: string }[] {
  const db = new Database(databaseFileIn(dir), { readonly: true });
  try {
    return (db.prepare("SELECT detail FROM audit_log WHERE action = 'export' ORDER BY seq").pluck().all() as string[]).map((d) => JSON.parse(d) as never);
  } finally {
    db.close();
  }
}

describe('adr summary --period', () => {
  it('writes the XLSX to FILE (format from the extension), prints the path and audits the export', async () => {
    const out = path.join(tempDir(), 'reports', '三季度.xlsx');
    expect(await adr('--data', dir, 'summary', '--period', '2026q3', '--out', out)).toEqual([out]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('概况')!.getCell('B6').value).toBe(8);
    expect(exportsLogged().at(-1)).toMatchObject({ kind: 'period_summary', period: '2026Q3', format: 'xlsx', fileName: '行政争议化解工作情况-2026Q3.xlsx' });
  });

  it('writes the DOCX for a custom range when --format says so, whatever the extension', async () => {
    const out = path.join(tempDir(), 'summary.bin');
    expect(await adr('--data', dir, 'summary', '--period', '2026-07-15..2026-08-14', '--format', 'docx', '--out', out)).toEqual([out]);
    const xml = unzip(new Uint8Array(fs.readFileSync(out))).get('word/document.xml')!.toString('utf8');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('2026年7月15日至2026年8月14日行政争议化解工作情况');
    expect(exportsLogged().at(-1)).toMatchObject({ period: '2026-07-15..2026-08-14', format: 'docx' });
  });

  it('refuses a bad period or format in the user’s language, before writing anything', async () => {
    const before = exportsLogged().length;
    const out = path.join(tempDir(), 'x.docx');
    vi.stubEnv('ADR_LANG', 'zh-CN');
    expect(await fail('--data', dir, 'summary', '--period', '2026-13', '--out', out)).toBe(
      '期间格式不正确：2026-13（应为 2026、2026Q3、2026-09 或 2026-07-01..2026-09-30）',
    );
    vi.stubEnv('ADR_LANG', 'en');
    expect(await fail('--data', dir, 'summary', '--period', '2026Q3', '--format', 'pptx', '--out', out)).toBe('--format must be docx, pdf or xlsx: pptx');
    expect(await fail('--data', dir, 'summary', '--period', '2026Q3', '--out', path.join(tempDir(), 'x.txt'))).toMatch(/Cannot tell the format/);
    expect(fs.existsSync(out)).toBe(false);
    expect(exportsLogged()).toHaveLength(before);
  });
});
