import type { Actor } from '../audit/audit-log';
import { appendAudit } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { MeetingKind } from '../db/schema';
import { zhCollator } from '../agencies/agency-rows';

/**
 * Meeting series (e.g. the monthly case-analysis meeting): open action items of one meeting carry
 * over to the later meetings of its series. A series is started by saving a meeting with a new
 * series name; it takes that meeting's kind.
 */

export interface SeriesListItem {
  id: string;
  name: string;
  kind: string;
  /** Meetings of the series (cancelled ones included: they are still in the calendar). */
  meetings: number;
}

export function listSeries(core: Core): SeriesListItem[] {
  return core.q
    .all(
      qb
        .selectFrom('meeting_series as s')
        .select((eb) => [
          's.id',
          's.name',
          's.kind',
          eb
            .selectFrom('meetings as m')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('m.series_id', '=', 's.id')
            .where('m.deleted_at', 'is', null)
            .as('meetings'),
        ]),
    )
    .map((r) => ({ id: r.id, name: r.name, kind: r.kind, meetings: Number(r.meetings ?? 0) }))
    .sort((a, b) => zhCollator.compare(a.name, b.name));
}

/** Call inside the saving transaction; the audit entry goes with it. */
export function createSeries(core: Core, actor: Actor, name: string, kind: MeetingKind, now: string): string {
  const id = core.newId();
  core.q.run(qb.insertInto('meeting_series').values({ id, name, kind, rrule: null, created_at: now, updated_at: now }));
  appendAudit(core.q, actor, now, { action: 'series.create', entity: 'meeting_series', entityId: id, detail: { name, kind } });
  return id;
}
