import { openCore, type Core } from '../../electron/core/core';
import { fixedClock } from '../../electron/core/clock';
import { loadDemoData } from '../../electron/core/demo/load-demo';
import { defaultOperator } from '../../electron/core/services/setup';
import { setUpCore } from '../core/helpers/core';

/** A PDF printer that answers at once: packages carry each closed case's outcome summary PDF. */
export const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

/** The demo center with a printer, so a court package (with its PDFs) can be built. */
export async function printingDemoCore(): Promise<Core> {
  const core = await openCore({
    databaseFile: ':memory:',
    dataDir: null,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock: fixedClock('2026-11-27T02:00:00.000Z'),
    printPdf: async () => FAKE_PDF,
  });
  await setUpCore(core);
  loadDemoData(core, defaultOperator(core)!);
  return core;
}

/** A File as the user would pick it, from bytes or text. */
export function fileOf(name: string, content: Uint8Array | string, type: string): File {
  return new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type });
}

/** The bytes of a base64 string (an ExportFile's content). */
export function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** The <input type="file"> inside an antd Upload. */
export function fileInput(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input as HTMLInputElement;
}

/** A referral file in the court's JSON format. */
export function referralJson(referrals: unknown[]): string {
  return JSON.stringify({ format: 'adr-court-referrals', version: 1, court: '秦皇岛市中级人民法院', referrals }, null, 2);
}

export function referral(respondentAgency: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    courtNumber: '（2026）冀03行初901号',
    kind: 'delegated',
    title: '李某诉某区自然资源局土地行政登记',
    respondentAgency,
    referredOn: '2026-11-20',
    parties: [{ role: 'applicant', kind: 'person', name: '李委派' }],
    ...overrides,
  };
}
