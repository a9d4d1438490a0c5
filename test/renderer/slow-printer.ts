import { openCore, type Core } from '../../electron/core/core';
import { fixedClock } from '../../electron/core/clock';
import { loadDemoData } from '../../electron/core/demo/load-demo';
import { defaultOperator } from '../../electron/core/services/setup';
import { setUpCore } from '../core/helpers/core';

/**
 * The demo center with a PDF printer that waits until the test lets it finish: a slow export,
 * still running in the core while the page shows its progress.
 */
export async function slowPrinterCore(): Promise<{ core: Core; started: Promise<void>; release: () => void }> {
  let printing: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (printing = resolve));
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const core: Core = await openCore({
    databaseFile: ':memory:',
    dataDir: null,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock: fixedClock('2026-11-27T02:00:00.000Z'),
    printPdf: async () => {
      printing();
      await gate;
      return new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    },
  });
  await setUpCore(core);
  loadDemoData(core, defaultOperator(core)!);
  return { core, started, release };
}

export function exportEntries(core: Core): number {
  return (core.sqlite.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'export'").get() as { n: number }).n;
}
