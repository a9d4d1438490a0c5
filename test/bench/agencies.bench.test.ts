import { expect, it } from 'vitest';
import { qb } from '../../electron/core/db/query';
import { dispatch } from '../../electron/core/handlers/registry';
import { newSession } from '../../electron/core/session';
import type { ChannelName } from '../../electron/contract/names';
import { measure, report, type Measurement } from './measure';
import { SIZES, syntheticDatabase } from './synthetic-data';

/**
 * Issue 4 through the real dispatch (validation in and out, as the page calls it) on the bench
 * data set: 300 agencies, 20,000 cases, 5,000 tasks, 4,000 hearings, 400 judicial suggestions.
 */
it('agencies, tasks and linkage statistics on 20,000 cases / 300 agencies / 5,000 tasks / 4,000 hearings', async () => {
  const { core } = await syntheticDatabase();
  const session = newSession();
  const call = async (channel: ChannelName, input: unknown) => {
    const result = await dispatch(core, session, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const busiest = core.q.first(
    qb.selectFrom('case_agencies').select('agency_id').groupBy('agency_id').orderBy((eb) => eb.fn.countAll(), 'desc').limit(1),
  )!.agency_id;
  const openTask = core.q.first(qb.selectFrom('coordination_tasks').select('id').where('status', '=', 'sent').limit(1))!.id;

  expect(await call('agencies.list', {})).toHaveLength(SIZES.agencies);
  const stats = (await call('linkage.stats', { year: 2026 })) as { appearance: { hearings: number } };
  expect(stats.appearance.hearings).toBeGreaterThan(0);

  const cases: [string, ChannelName, unknown, number][] = [
    ['agencies.list: directory with case and task counts', 'agencies.list', {}, 30],
    ['agencies.get: busiest agency (figures, contacts, cases)', 'agencies.get', { id: busiest }, 50],
    ['tasks.list: open tasks (first 500)', 'tasks.list', { filter: 'open' }, 30],
    ['tasks.list: one agency, all tasks', 'tasks.list', { filter: 'all', agencyId: busiest }, 50],
    ['linkage.stats: year 2026', 'linkage.stats', { year: 2026 }, 30],
    ['linkage.stats: 2026Q3', 'linkage.stats', { quarter: '2026Q3' }, 30],
    ['quarterly.get: 2026Q3 notice', 'quarterly.get', { quarter: '2026Q3' }, 30],
    ['dashboard.summary (with task and suggestion lists)', 'dashboard.summary', {}, 30],
    ['tasks.notice: supervision notice DOCX', 'tasks.notice', { id: openTask }, 20],
    ['quarterly.export: DOCX', 'quarterly.export', { quarter: '2026Q3', format: 'docx' }, 10],
    ['quarterly.export: XLSX', 'quarterly.export', { quarter: '2026Q3', format: 'xlsx' }, 10],
  ];
  const results: Measurement[] = [];
  for (const [name, channel, input, runs] of cases) {
    results.push(await measure(name, () => call(channel, input), runs, 3));
  }
  report('agencies', results);
  core.close();
}, 600_000);
