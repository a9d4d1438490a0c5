import { fork } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../../electron/core/cases/intake';
import { fixedClock } from '../../../electron/core/clock';
import { openCore, type Core } from '../../../electron/core/core';
import { tempDir } from '../helpers/core';
import { all, caseFixture, intake, one } from './fixture';

/**
 * Case numbers must stay unique and gap-free when several writers register cases in the same
 * database at once (the app, the CLI, a second window: separate connections, separate processes).
 */

function sequence(core: Core, year: number): string[] {
  return all<{ case_number: string }>(core, `SELECT case_number FROM cases WHERE case_number LIKE '%〔${year}〕%'`).map((r) => r.case_number);
}

function expectGapFree(numbers: string[], year: number, count: number): void {
  const seqs = numbers.map((n) => Number(/〔\d{4}〕(\d+)号$/.exec(n)![1])).sort((a, b) => a - b);
  expect(seqs).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  expect(new Set(numbers).size).toBe(count);
  expect(numbers.every((n) => n.includes(`〔${year}〕`))).toBe(true);
}

async function secondCore(dir: string): Promise<Core> {
  return openCore({
    databaseFile: path.join(dir, 'adr-desk.sqlite3'),
    dataDir: dir,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock: fixedClock('2026-11-27T02:00:00.000Z'),
  });
}

describe('case numbers under concurrent creation', () => {
  it('several connections on one file, creating in turn, share one gap-free sequence', async () => {
    const dir = tempDir();
    const f = await caseFixture({ dir });
    const cores = [f.core, await secondCore(dir), await secondCore(dir), await secondCore(dir)];
    const got: string[] = [];
    for (let round = 0; round < 5; round += 1) {
      for (const core of cores) got.push(createCase(core, f.actor, intake(f)).caseNumber);
    }
    expectGapFree(got, 2026, 20);
    expectGapFree(sequence(f.core, 2026), 2026, 20);
    for (const core of cores) core.close();
  });

  it('a writer holding the lock makes registration wait and then fail cleanly, never reuse a number', async () => {
    const dir = tempDir();
    const f = await caseFixture({ dir });
    createCase(f.core, f.actor, intake(f));
    const other = await secondCore(dir);
    other.sqlite.pragma('busy_timeout = 150');

    // Another process is in the middle of registering: it has taken number 2 but not committed.
    const blocker = new Database(path.join(dir, 'adr-desk.sqlite3'));
    blocker.exec('BEGIN IMMEDIATE');
    blocker.prepare('UPDATE case_number_sequences SET last_value = last_value + 1 WHERE year = 2026').run();

    const started = Date.now();
    expect(() => createCase(other, f.actor, intake(f))).toThrow(/database is locked|SQLITE_BUSY/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100); // it waited for busy_timeout first
    expect(one<{ n: number }>(other, 'SELECT count(*) AS n FROM cases').n).toBe(1);

    blocker.exec('COMMIT');
    blocker.close();
    // The blocker's number 2 is taken (its case would carry it); the next registration gets 3.
    expect(createCase(other, f.actor, intake(f)).caseNumber).toBe('行化〔2026〕3号');
    other.close();
    f.core.close();
  });

  it('a writer that holds the lock briefly only delays registration', async () => {
    const dir = tempDir();
    const f = await caseFixture({ dir });
    const holder = fork(path.join(import.meta.dirname, 'processes', 'hold-lock.mjs'), [path.join(dir, 'adr-desk.sqlite3'), '400'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise((resolve) => holder.once('message', resolve));
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    const started = Date.now();
    // Synchronous: SQLite's busy handler waits (busy_timeout 5 s) until the other process commits.
    expect(createCase(f.core, f.actor, intake(f)).caseNumber).toBe('行化〔2026〕1号');
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    await exited;
    f.core.close();
  });

  it('separate OS processes registering at the same moment get distinct, gap-free numbers', async () => {
    const dir = tempDir();
    const f = await caseFixture({ dir });
    const databaseFile = path.join(dir, 'adr-desk.sqlite3');
    const payload = JSON.stringify({
      databaseFile,
      count: 25,
      intake: intake(f, { receivedOn: '2020-06-01' }),
      actor: f.actor,
    });
    const script = path.join(import.meta.dirname, 'processes', 'create-cases.mjs');
    const children = Array.from({ length: 4 }, () =>
      fork(script, [payload], { execArgv: ['--experimental-transform-types', '--no-warnings'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    const ready = children.map((c) => new Promise<void>((resolve) => c.once('message', () => resolve())));
    await Promise.all(ready);
    const results = children.map(
      (c) =>
        new Promise<{ type: string; numbers: string[]; message?: string }>((resolve, reject) => {
          c.once('message', (m) => resolve(m as never));
          c.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`child exited with ${code}`))));
        }),
    );
    for (const c of children) c.send('go');
    const done = await Promise.all(results);
    for (const r of done) expect(r.message ?? '').toBe('');
    const numbers = done.flatMap((r) => r.numbers);
    expectGapFree(numbers, 2020, 100);
    expectGapFree(sequence(f.core, 2020), 2020, 100);
    expect(one<{ last_value: number }>(f.core, 'SELECT last_value FROM case_number_sequences WHERE year = 2020').last_value).toBe(100);
    f.core.close();
  }, 60_000);
});
