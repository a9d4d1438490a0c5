import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import { databaseFileIn } from '../../../electron/core/paths';
import { tempDir } from '../helpers/core';
import { pdfPages } from './pack-read';

/** `adr meeting pack ID --out DIR` and `adr meeting minutes ID --out DIR` on a demo data folder. */

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
let scheduled: { id: string; title: string; starts_at: string };
let held: { id: string; title: string };
beforeAll(async () => {
  dir = tempDir();
  await adr('--data', dir, 'demo', '--json');
  vi.restoreAllMocks();
  const db = new Database(databaseFileIn(dir), { readonly: true });
  scheduled = db.prepare("SELECT id, title, starts_at FROM meetings WHERE status = 'scheduled' AND series_id IS NOT NULL").get() as typeof scheduled;
  held = db.prepare("SELECT id, title FROM meetings WHERE status = 'held' ORDER BY starts_at LIMIT 1").get() as typeof held;
  db.close();
}, 60_000);

function exportsLogged(): string[] {
  const db = new Database(databaseFileIn(dir), { readonly: true });
  try {
    return db.prepare("SELECT json_extract(detail, '$.fileName') FROM audit_log WHERE action = 'export' AND entity = 'meetings' ORDER BY seq").pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('adr meeting pack / minutes', () => {
  it('writes the pack as DOCX and PDF into DIR, prints the paths, and keeps earlier files on a second run', async () => {
    const out = path.join(tempDir(), 'packs');
    const first = await adr('--data', dir, 'meeting', 'pack', scheduled.id, '--out', out);
    expect(first).toHaveLength(2);
    expect(first.map((p) => path.dirname(p))).toEqual([out, out]);
    expect(first[0]).toMatch(/会议材料-\d{4}-\d{2}-\d{2}-.+\.docx$/);
    expect(fs.readFileSync(first[0]!).subarray(0, 2).toString()).toBe('PK');
    const pages = pdfPages(new Uint8Array(fs.readFileSync(first[1]!)));
    expect(pages.filter((p) => /^\s*案情简介\s*$/m.test(p)).length).toBeGreaterThan(0);
    const second = await adr('--data', dir, 'meeting', 'pack', scheduled.id, '--out', out, '--format', 'docx');
    expect(second).toEqual([first[0]!.replace(/\.docx$/, ' (2).docx')]);
    expect(fs.readdirSync(out)).toHaveLength(3);
    expect(exportsLogged().slice(-3)).toEqual([...first, ...second].map((p) => path.basename(p)));
  }, 60_000);

  it('writes the minutes with the decisions of a held meeting', async () => {
    const out = tempDir();
    const printed = await adr('--data', dir, 'meeting', 'minutes', held.id, '--out', out, '--format', 'pdf');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/会议纪要-.+\.pdf$/);
    const text = pdfPages(new Uint8Array(fs.readFileSync(printed[0]!))).join('');
    expect(text).toContain(`${held.title}纪要`);
    expect(text).toContain('会议议定');
  }, 60_000);

  it('refuses an unknown format and an unknown meeting in the user’s language', async () => {
    const error = await adr('--data', dir, 'meeting', 'pack', scheduled.id, '--out', tempDir(), '--format', 'odt').catch((e: unknown) => e);
    expect(describeError(error)).toBe('--format 须为 docx 或 pdf：odt');
    const missing = await adr('--data', dir, 'meeting', 'minutes', 'no-such-meeting', '--out', tempDir()).catch((e: unknown) => e);
    expect(describeError(missing)).toMatch(/会议/);
  });
});
