import { sql } from 'kysely';
import type { DemoResult } from '../../contract/schemas/dashboard';
import { appendAudit } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import { CoreError } from '../errors';
import { actorOf, type OperatorRow } from '../services/operators';
import { insertAgencies } from './agencies';
import { planCases } from './case-plan';
import { insertCases } from './cases';
import { createDemoContext } from './context';
import { insertCourtRecords } from './court';
import { insertMeetings } from './meetings';
import { insertTasks } from './tasks';
import { ensureCurrentTemplate } from './template';
import { loadCalendar, recomputeOpenClocks } from '../clocks';

/**
 * Fills an empty database with a realistic, fictional data set (Simplified Chinese) for trying the
 * app and for screenshots: agencies and contacts, the workflow template, about 40 cases in every
 * stage with their history, meetings and coordination tasks.
 *
 * Deterministic: a seeded PRNG and dates taken from core.clock, so the same clock gives the same
 * case numbers, titles and dates (row ids are still fresh UUIDs). All of it is one transaction
 * with one audit entry; a database that already holds a case is refused before anything is
 * written, so demo data never mixes with real cases.
 */
export function loadDemoData(core: Core, operator: OperatorRow): DemoResult {
  return core.q.tx(() => {
    const existing = core.q.first(qb.selectFrom('cases').select(sql<number>`count(*)`.as('n')))?.n ?? 0;
    if (existing > 0) {
      throw new CoreError('DEMO_NOT_EMPTY', 'The database already holds cases', { cases: existing });
    }
    const ctx = createDemoContext(core, operator);
    const template = ensureCurrentTemplate(core, ctx.now);
    const { directory, inserted: agencies } = insertAgencies(ctx);
    const categories = core.q.all(
      qb.selectFrom('dispute_categories').select(['id', 'name']).where('active', '=', 1).orderBy('sort').orderBy('name'),
    );
    const sequenceRows = core.q.all(qb.selectFrom('case_number_sequences').select(['year', 'last_value']));
    const { plans, sequences } = planCases(ctx, directory, categories, new Map(sequenceRows.map((r) => [r.year, r.last_value])));

    const { activities } = insertCases(ctx, plans, template);
    for (const [year, lastValue] of sequences) {
      core.q.run(
        qb
          .insertInto('case_number_sequences')
          .values({ year, last_value: lastValue })
          .onConflict((oc) => oc.column('year').doUpdateSet({ last_value: lastValue })),
      );
    }
    const { meetings, actionItems } = insertMeetings(ctx, plans, directory);
    const { tasks } = insertTasks(ctx, plans, actionItems);
    insertCourtRecords(ctx, plans, directory);
    // The plan dates clocks in plain calendar days; the engine applies the holiday calendar.
    recomputeOpenClocks(core, loadCalendar(core));

    const result: DemoResult = { agencies, cases: plans.length, activities, meetings, tasks };
    appendAudit(core.q, actorOf(operator), ctx.now, {
      action: 'demo.load',
      entity: 'demo',
      detail: { ...result, templateCreated: template.created },
    });
    return result;
  });
}
