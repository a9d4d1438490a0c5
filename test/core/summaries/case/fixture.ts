import { afterAll } from 'vitest';
import { fixedClock } from '../../../../electron/core/clock';
import { openCore, type Core } from '../../../../electron/core/core';
import { loadDemoData } from '../../../../electron/core/demo/load-demo';
import { chromiumPrinter, findChromium } from '../../../../electron/core/documents/pdf/chromium-printer';
import { dispatch, type DispatchOptions } from '../../../../electron/core/handlers/registry';
import { defaultOperator } from '../../../../electron/core/services/setup';
import type { Session } from '../../../../electron/core/session';
import { setUpCore } from '../../helpers/core';

/**
 * The demo center (today 2026-11-27) with a Chromium printer, for the summaries' tests: closed
 * cases with activities in every stage, coordination tasks with replies, meetings, follow-up
 * visits and three typical cases.
 */

const chromium = findChromium();
if (!chromium) throw new Error('These tests need Chromium (apt-get install chromium, or set CHROMIUM_PATH)');

export interface SummaryFixture {
  core: Core;
  session: Session;
  printer: ReturnType<typeof chromiumPrinter>;
}

/** One printer per test file, closed after it. */
export function sharedPrinter(): ReturnType<typeof chromiumPrinter> {
  const printer = chromiumPrinter(chromium!);
  afterAll(() => printer.close());
  return printer;
}

export async function summaryFixture(printer: ReturnType<typeof chromiumPrinter> | null): Promise<SummaryFixture> {
  const core = await openCore({
    databaseFile: ':memory:',
    dataDir: null,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock: fixedClock('2026-11-27T02:00:00.000Z'),
    ...(printer ? { printPdf: printer.print } : {}),
  });
  const { session } = await setUpCore(core);
  loadDemoData(core, defaultOperator(core)!);
  return { core, session, printer: printer! };
}

/** A channel through the real registry; throws with the error's English message when it fails. */
export async function call<T>(f: Pick<SummaryFixture, 'core' | 'session'>, channel: string, input: unknown, onProgress?: DispatchOptions['onProgress']): Promise<T> {
  const result = await dispatch(f.core, f.session, channel, input, { log: (m, e) => console.error(m, e), ...(onProgress ? { onProgress } : {}) });
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message.en}`), { error: result.error });
  return result.value as T;
}

/** The closed case with the most coordination tasks, meetings and follow-up visits: the richest summary. */
export function richClosedCase(core: Core): { id: string; caseNumber: string } {
  return core.sqlite
    .prepare(
      `SELECT c.id, c.case_number AS caseNumber FROM cases c
       WHERE c.status = 'closed' AND c.deleted_at IS NULL
       ORDER BY (SELECT count(*) FROM coordination_tasks t WHERE t.case_id = c.id AND t.reply_text IS NOT NULL) * 10
              + (SELECT count(*) FROM agenda_items a WHERE a.case_id = c.id) * 10
              + (SELECT count(*) FROM activities x WHERE x.case_id = c.id) DESC, c.case_number
       LIMIT 1`,
    )
    .get() as { id: string; caseNumber: string };
}

export function typicalCases(core: Core): { id: string; caseNumber: string }[] {
  return core.sqlite
    .prepare("SELECT id, case_number AS caseNumber FROM cases WHERE is_typical = 1 AND deleted_at IS NULL ORDER BY case_number")
    .all() as { id: string; caseNumber: string }[];
}
