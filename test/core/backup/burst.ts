import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const CHILD = path.join(import.meta.dirname, 'child', 'write-burst.mjs');

export interface Burst {
  child: ChildProcess;
  /** Ids the child reported as committed so far. */
  committed: number[];
  /** Resolves once the child has opened the database. */
  ready: Promise<void>;
  /** Resolves when at least `n` transactions have been reported committed. */
  reached(n: number): Promise<void>;
  /** Resolves with the exit code / signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts child/write-burst.mjs on a database file (count 0: until killed). */
export function startBurst(databaseFile: string, count: number): Burst {
  const child = spawn(process.execPath, ['--experimental-transform-types', '--no-warnings', CHILD, databaseFile, String(count)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const committed: number[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let buffered = '';
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!; // a partial line (cut by the kill) is not a report
    for (const line of lines) {
      if (line === 'READY') readyResolve();
      const m = /^COMMITTED (\d+)$/.exec(line);
      if (m) committed.push(Number(m[1]));
    }
    for (const w of waiters.filter((w) => committed.length >= w.n)) w.resolve();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    committed,
    ready,
    reached: (n) => (committed.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
    exited,
  };
}
