import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from 'commander';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import { findChromium } from '../../../electron/core/documents/pdf/chromium-printer';
import { tempDir } from '../helpers/core';
import { flowchartFixture } from './case-fixture';
import { checkWellFormed, pngSize, readNodes, svgSize } from './svg-read';

const chromium = findChromium();
if (!chromium) throw new Error('adr flowchart --format pdf needs Chromium (apt-get install chromium, or set CHROMIUM_PATH)');

let out: string[];
let dir: string;
let caseNumber: string;

beforeAll(async () => {
  dir = tempDir();
  const f = await flowchartFixture(dir);
  caseNumber = f.core.sqlite.prepare('SELECT case_number FROM cases WHERE id = ?').pluck().get(f.closedId) as string;
  f.core.close();
}, 60_000);

beforeEach(() => {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
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
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: () => {} });
  }
  await program.parseAsync(['node', 'adr', '--data', dir, '--chromium', chromium!, ...args]);
  return out.join('\n');
}

function exportCount(): number {
  const db = new Database(path.join(dir, 'adr-desk.sqlite3'), { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('adr flowchart', () => {
  it('writes a case’s path as SVG, PNG and PDF, prints each path and audits each export', async () => {
    const before = exportCount();
    const target = path.join(tempDir(), 'out', '流程图');
    const svgPath = await adr('flowchart', '--case', caseNumber, '--format', 'svg', '--out', `${target}.svg`);
    expect(svgPath).toBe(`${target}.svg`);
    const svg = fs.readFileSync(`${target}.svg`, 'utf8');
    checkWellFormed(svg);
    expect(readNodes(svg).map((n) => n.id)).toContain('outcome');

    expect(await adr('flowchart', '--case', caseNumber, '--format', 'png', '--out', `${target}.png`)).toBe(`${target}.png`);
    const size = svgSize(svg);
    expect(pngSize(fs.readFileSync(`${target}.png`))).toEqual({ width: size.width * 2, height: size.height * 2 });

    expect(await adr('flowchart', '--case', caseNumber, '--format', 'PDF', '--out', `${target}.pdf`)).toBe(`${target}.pdf`);
    expect(fs.readFileSync(`${target}.pdf`).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(exportCount()).toBe(before + 3);
  }, 120_000);

  it('writes the workflow chart with --template', async () => {
    const file = path.join(tempDir(), '工作流程图.svg');
    await adr('flowchart', '--template', '--format', 'svg', '--out', file);
    expect(readNodes(fs.readFileSync(file, 'utf8')).map((n) => n.id)).toContain('end:transfer');
  }, 60_000);

  it('asks for exactly one of --template and --case, a known case and a known format', async () => {
    const file = path.join(tempDir(), 'x.svg');
    const neither = await adr('flowchart', '--format', 'svg', '--out', file).catch((e: unknown) => e);
    expect(describeError(neither)).toBe('Give either --template or --case NUMBER');
    const both = await adr('flowchart', '--template', '--case', caseNumber, '--format', 'svg', '--out', file).catch((e: unknown) => e);
    expect(describeError(both)).toBe('Give either --template or --case NUMBER');
    const unknown = await adr('flowchart', '--case', '行化〔1999〕1号', '--format', 'svg', '--out', file).catch((e: unknown) => e);
    expect(describeError(unknown)).toBe('No case numbered 行化〔1999〕1号');
    const format = await adr('flowchart', '--template', '--format', 'gif', '--out', file).catch((e: unknown) => e);
    expect(describeError(format)).toBe('--format must be svg, png or pdf: gif');
    expect(fs.existsSync(file)).toBe(false);
  }, 60_000);
});
