import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeError } from '../../../../electron/cli/cli-context';
import { buildProgram } from '../../../../electron/cli/program';
import { databaseFileIn } from '../../../../electron/core/paths';
import { tempDir } from '../../helpers/core';
import { docxParts, pdfPages, squeeze, xmlText } from '../../meetings/pack-read';

/** `adr summary --case NUMBER …` and `adr typical NUMBER --out FILE` on a demo data folder. */

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

afterEach(() => vi.restoreAllMocks());

let dir: string;
let closed: { case_number: string; title: string };
let typical: { case_number: string; names: string };
beforeAll(async () => {
  dir = tempDir();
  await adr('--data', dir, 'demo', '--json');
  vi.restoreAllMocks();
  const db = new Database(databaseFileIn(dir), { readonly: true });
  closed = db.prepare("SELECT case_number, title FROM cases WHERE status = 'closed' AND is_typical = 0 ORDER BY case_number LIMIT 1").get() as typeof closed;
  typical = db
    .prepare("SELECT c.case_number, group_concat(p.name, '|') AS names FROM cases c JOIN parties p ON p.case_id = c.id WHERE c.is_typical = 1 GROUP BY c.id ORDER BY c.case_number LIMIT 1")
    .get() as typeof typical;
  db.close();
}, 60_000);

function exportsLogged(): { fileName: string; kind: string }[] {
  const db = new Database(databaseFileIn(dir), { readonly: true });
  try {
    return (db.prepare("SELECT detail FROM audit_log WHERE action = 'export' ORDER BY seq").pluck().all() as string[]).map((d) => JSON.parse(d) as { fileName: string; kind: string });
  } finally {
    db.close();
  }
}

describe('adr summary --case / adr typical', () => {
  it('writes the case summary to FILE in the format asked, prints the path and audits the export', async () => {
    const out = path.join(tempDir(), 'reports', 'summary.docx');
    expect(await adr('--data', dir, 'summary', '--case', closed.case_number, '--format', 'docx', '--out', out)).toEqual([out]);
    const text = xmlText(docxParts(new Uint8Array(fs.readFileSync(out))).get('word/document.xml')!);
    expect(text).toContain(`${closed.case_number}案件化解结果摘要`);
    expect(text).toContain('十、案件流程图');
    expect(exportsLogged().at(-1)).toMatchObject({ kind: 'case_summary', fileName: `化解结果摘要-${closed.case_number}.docx` });

    // Without --format, the extension decides.
    const pdf = path.join(tempDir(), 'summary.pdf');
    await adr('--data', dir, 'summary', '--case', closed.case_number, '--out', pdf);
    expect(squeeze(pdfPages(new Uint8Array(fs.readFileSync(pdf)), false).join(''))).toContain(squeeze(closed.title));
  }, 60_000);

  it('writes the typical case’s anonymised version, DOCX or PDF by the extension', async () => {
    const folder = tempDir();
    const docx = path.join(folder, 'typical.docx');
    const pdf = path.join(folder, 'typical.pdf');
    expect(await adr('--data', dir, 'typical', typical.case_number, '--out', docx)).toEqual([docx]);
    expect(await adr('--data', dir, 'typical', typical.case_number, '--out', pdf)).toEqual([pdf]);
    const docxText = xmlText(docxParts(new Uint8Array(fs.readFileSync(docx))).get('word/document.xml')!);
    const pdfText = squeeze(pdfPages(new Uint8Array(fs.readFileSync(pdf)), false).join(''));
    for (const text of [docxText, pdfText]) {
      expect(text).toContain('典型意义');
      for (const name of typical.names.split('|')) expect(text).not.toContain(name);
    }
    expect(exportsLogged().slice(-2).map((e) => e.kind)).toEqual(['typical_case', 'typical_case']);
  }, 60_000);

  it('refuses in the user’s language: neither or both of --case and --period, an unknown case, a format it cannot tell, a case not flagged typical', async () => {
    const fail = (...args: string[]) => adr('--data', dir, ...args).then(() => 'no error', (e: unknown) => describeError(e));
    expect(await fail('summary', '--out', 'x.docx')).toBe('请指定 --case 或 --period 之一');
    expect(await fail('summary', '--case', closed.case_number, '--period', '2026Q3', '--out', 'x.docx')).toBe('请指定 --case 或 --period 之一');
    expect(await fail('summary', '--case', '行化〔2099〕1号', '--out', path.join(tempDir(), 'x.docx'))).toBe('未找到案号为 行化〔2099〕1号 的案件');
    expect(await fail('summary', '--case', closed.case_number, '--out', path.join(tempDir(), 'x.odt'))).toContain('无法从文件名判断格式');
    expect(await fail('summary', '--case', closed.case_number, '--format', 'xlsx', '--out', path.join(tempDir(), 'x.xlsx'))).toBe('--format 须为 docx 或 pdf：xlsx');
    expect(await fail('typical', closed.case_number, '--out', path.join(tempDir(), 'x.docx'))).toContain('未列为典型案例');
  }, 60_000);
});
