import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from 'commander';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import type { AgencyImportPreview, AgencyListItem } from '../../../electron/contract/schemas/agencies';
import { tempDir } from '../helpers/core';
import { HEADER, csvText, gb18030, xlsxBytes } from '../agencies/import-files';

let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  vi.stubEnv('ADR_LANG', 'en');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

async function adr(...args: string[]): Promise<string> {
  out = [];
  const program = buildProgram();
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  }
  await program.parseAsync(['node', 'adr', ...args]);
  return out.join('\n');
}

async function list(): Promise<AgencyListItem[]> {
  return JSON.parse(await adr('--data', dir, 'agencies', 'list', '--json', '--all')) as AgencyListItem[];
}

let dir: string;
let files: string;
beforeAll(async () => {
  dir = tempDir();
  files = tempDir('adr-agency-files-');
  vi.spyOn(console, 'log').mockImplementation(() => {});
  await adr('--data', dir, 'demo', '--json');
  vi.restoreAllMocks();
});

describe('adr agencies list', () => {
  it('--json prints agencies.list: the demo directory with its counts', async () => {
    const rows = await list();
    expect(rows).toHaveLength(21);
    expect(rows.find((r) => r.name === '秦皇岛市司法局')).toMatchObject({ kind: 'member_unit', active: true, contacts: 3 });
    expect(rows.find((r) => r.name === '秦皇岛市不动产登记中心')).toMatchObject({ parentName: '秦皇岛市自然资源和规划局' });
    expect(rows.reduce((n, r) => n + r.cases, 0)).toBeGreaterThanOrEqual(40);
    expect(rows.some((r) => r.openTasks > 0)).toBe(true);
    const courts = JSON.parse(await adr('--data', dir, 'agencies', 'list', '--json', '--kind', 'court')) as AgencyListItem[];
    expect(courts.map((c) => c.name).sort()).toEqual(['秦皇岛市中级人民法院', '秦皇岛市海港区人民法院'].sort());
  });

  it('without --json prints an aligned table and the total', async () => {
    const text = await adr('--data', dir, 'agencies', 'list', '--query', '海港');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Name +Kind +Parent +Contacts +Cases +Open tasks +Overdue$/);
    expect(lines.at(-1)).toBe(`${lines.length - 2} agencies`);
    expect(text).toContain('秦皇岛市海港区人民政府');
    // Columns line up: "Kind" starts at the same display column in every row (CJK counts double).
    const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1), 0);
    const kindColumn = width(lines[0]!.slice(0, lines[0]!.indexOf('Kind')));
    for (const line of lines.slice(1, -1)) {
      const kind = ['district/county government', 'department', 'court', 'member unit'].map((k) => line.indexOf(`  ${k}`)).find((i) => i >= 0)!;
      expect(width(line.slice(0, kind + 2))).toBe(kindColumn);
    }
  });
});

describe('adr agencies import', () => {
  it('--dry-run previews a good file and writes nothing; without it the file is imported', async () => {
    const file = path.join(files, '新单位.xlsx');
    fs.writeFileSync(
      file,
      await xlsxBytes([
        HEADER,
        ['秦皇岛市北戴河新区管理委员会', '北戴河新区管委', '区县政府', '', '是', '蒋某', '副主任', '0335-3000009', '', '是', ''],
        ['秦皇岛市北戴河新区自然资源局', '', '政府部门', '秦皇岛市北戴河新区管理委员会', '', '', '', '', '', '', ''],
      ]),
    );
    const before = (await list()).length;
    const dry = await adr('--data', dir, 'agencies', 'import', file, '--dry-run');
    expect(dry).toContain('2 agencies can be imported (1 contacts):');
    expect(dry).toContain('row 3  秦皇岛市北戴河新区自然资源局  department  parent: 秦皇岛市北戴河新区管理委员会');
    expect(dry).toContain('Dry run: the file can be imported; nothing was written.');
    expect((await list()).length).toBe(before);

    const done = await adr('--data', dir, 'agencies', 'import', file);
    expect(done).toContain('Imported 2 agencies and 1 contacts.');
    const after = await list();
    expect(after.length).toBe(before + 2);
    expect(after.find((r) => r.name === '秦皇岛市北戴河新区自然资源局')).toMatchObject({ parentName: '秦皇岛市北戴河新区管理委员会', kind: 'department' });
  });

  it('a GB18030 CSV imports; --json prints the preview and the counts', async () => {
    const file = path.join(files, '名录.csv');
    fs.writeFileSync(file, gb18030(csvText([HEADER.slice(0, 3), ['秦皇岛经济技术开发区管理委员会', '开发区管委', '区县政府']])));
    const result = JSON.parse(await adr('--data', dir, 'agencies', 'import', file, '--json')) as { preview: AgencyImportPreview; imported: unknown };
    expect(result.preview).toMatchObject({ format: 'csv', encoding: 'gb18030', importable: true });
    expect(result.imported).toEqual({ agencies: 1, contacts: 0 });
  });

  it('a file with a rejected row prints the reasons in Chinese, imports nothing and fails', async () => {
    vi.stubEnv('ADR_LANG', 'zh-CN');
    const file = path.join(files, '有问题.xlsx');
    fs.writeFileSync(file, await xlsxBytes([HEADER.slice(0, 3), ['秦皇岛市新设单位', '', '成员单位'], ['秦皇岛市司法局', '', '成员单位'], ['秦皇岛市另一单位', '', '局']]));
    const before = (await list()).length;
    const error = await adr('--data', dir, 'agencies', 'import', file).catch((e: unknown) => e);
    expect(describeError(error)).toBe('未导入任何数据：文件有问题或有被拒绝的行，请修改后重新导入。');
    const text = out.join('\n');
    expect(text).toContain('被拒绝 2 行：');
    expect(text).toContain('第 3 行: 名录中已有同名单位「秦皇岛市司法局」');
    expect(text).toContain('第 4 行: 类型「局」无法识别，应为成员单位、区县政府、政府部门、法院、调解组织、其他之一');
    expect((await list()).length).toBe(before);
  });

  it('a missing file or an unsupported one fails with a message', async () => {
    const missing = await adr('--data', dir, 'agencies', 'import', path.join(files, 'nope.xlsx')).catch((e: unknown) => e);
    expect(describeError(missing)).toMatch(/^Cannot read .*nope\.xlsx/);
    const txt = path.join(files, '名录.txt');
    fs.writeFileSync(txt, '单位名称,类型\n');
    const refused = await adr('--data', dir, 'agencies', 'import', txt, '--dry-run').catch((e: unknown) => e);
    expect(describeError(refused)).toMatch(/^Nothing was imported/);
    expect(out.join('\n')).toContain('File problem: Unsupported file type "名录.txt"');
  });

  it('as a process: a rejected file exits 1, prints the rows on stdout and the failure on stderr', () => {
    const file = path.join(files, '重名.csv');
    fs.writeFileSync(file, `\uFEFF${csvText([HEADER.slice(0, 3), ['秦皇岛市甲单位', '', '成员单位'], ['秦皇岛市甲单位', '', '成员单位']])}`);
    const root = path.resolve(import.meta.dirname, '../../..');
    const hooks = path.join(root, 'test/core/cases/processes/ts-hooks.mjs');
    const result = spawnSync(
      process.execPath,
      ['--experimental-transform-types', '--no-warnings', '--import', hooks, path.join(root, 'electron/cli/adr.ts'), '--data', dir, 'agencies', 'import', file],
      { encoding: 'utf8', env: { ...process.env, ADR_LANG: 'zh-CN' } },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('第 2 行: 单位名称「秦皇岛市甲单位」与第 3 行重复');
    expect(result.stdout).toContain('第 3 行: 单位名称「秦皇岛市甲单位」与第 2 行重复');
    expect(result.stderr.trim()).toBe('未导入任何数据：文件有问题或有被拒绝的行，请修改后重新导入。');
  });
});
