import fs from 'node:fs';
import path from 'node:path';

export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  p90Ms: number;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; reports the median and 90th percentile. */
export async function measure(name: string, fn: () => unknown, runs = 50, warmup = 5): Promise<Measurement> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, runs, medianMs: round(at(0.5)), p90Ms: round(at(0.9)) };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Prints a table and appends the figures to test-results/bench.json for the notes. */
export function report(suite: string, results: Measurement[]): void {
  console.table(results);
  const file = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'bench.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all[suite] = { at: new Date().toISOString(), results };
  fs.writeFileSync(file, JSON.stringify(all, null, 2));
}
