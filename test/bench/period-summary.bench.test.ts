import { expect, it } from 'vitest';
import type { PeriodFigures } from '../../electron/contract/schemas/period-summary';
import { dispatch } from '../../electron/core/handlers/registry';
import { newSession } from '../../electron/core/session';
import { periodCharts } from '../../electron/core/summaries/period/charts';
import { periodFigures } from '../../electron/core/summaries/period/figures';
import { measure, report } from './measure';
import { syntheticDatabase } from './synthetic-data';

/**
 * The period summary over the 20,000-case bench center (target: under 5 s for a year's DOCX and
 * XLSX). 2025 is a finished year (about 2,600 cases received, as many closed, every respondent
 * agency in the table); 2026 is the running one, judged as of the bench's today. Each export runs
 * through dispatch as a click does: validation, figures, charts, document, audit entry.
 */
it('period summary: figures, DOCX and XLSX for a year of the 20,000-case center', async () => {
  const { core } = await syntheticDatabase();
  const session = newSession();
  const call = (channel: 'summary.periodFigures' | 'summary.period', input: unknown) => async () => {
    const r = await dispatch(core, session, channel, input);
    if (!r.ok) throw new Error(r.error.message.en);
    return r.value;
  };
  const figures = periodFigures(core, '2025');
  const results = [
    await measure('summary.periodFigures 2025 (a finished year)', call('summary.periodFigures', { period: '2025' }), 10, 2),
    await measure('summary.periodFigures 2026 (running, as of today)', call('summary.periodFigures', { period: '2026' }), 10, 2),
    await measure('summary.periodFigures 2025Q3', call('summary.periodFigures', { period: '2025Q3' }), 10, 2),
    await measure('charts alone (3 ECharts SVG)', () => periodCharts(figures), 10, 2),
    await measure('summary.period 2025 DOCX (charts as PNG, audited)', call('summary.period', { period: '2025', format: 'docx' }), 10, 2),
    await measure('summary.period 2025 XLSX (audited)', call('summary.period', { period: '2025', format: 'xlsx' }), 10, 2),
    await measure('summary.period 2025 DOCX + XLSX', async () => {
      await call('summary.period', { period: '2025', format: 'docx' })();
      await call('summary.period', { period: '2025', format: 'xlsx' })();
    }, 10, 2),
  ];
  report('period-summary', results);
  console.log(
    `2025: received ${figures.totals.received}, closed ${figures.totals.closed}, agencies ${figures.byAgency.length}, ` +
      `overdue clocks ${figures.overdue.clocks.length}, tasks ${figures.overdue.tasks.length}`,
  );
  const sane = (f: PeriodFigures) => f.totals.received > 1000 && f.byAgency.length > 100;
  expect(sane(figures)).toBe(true);
  expect(results.every((r) => r.medianMs > 0)).toBe(true);
  core.close();
}, 900_000);
