import type { z } from 'zod';
import type { Room, RoomSaveSchema } from '../../contract/schemas/meetings';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { field, notFound } from '../cases/messages';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { nameKey, zhCollator } from '../agencies/agency-rows';

/** The rooms list of Settings (会议室): meetings book one of them or give an outside place. */

export type RoomSaveInput = z.output<typeof RoomSaveSchema>;

const ROOM_COLUMNS = ['id', 'name', 'location', 'capacity', 'active'] as const;
type RoomRow = { id: string; name: string; location: string | null; capacity: number | null; active: 0 | 1 };

function toRoom(r: RoomRow): Room {
  return { id: r.id, name: r.name, location: r.location, capacity: r.capacity, active: r.active === 1 };
}

/** Active rooms first, then by name (Chinese collation). */
export function listRooms(core: Core): Room[] {
  return core.q
    .all(qb.selectFrom('rooms').select(ROOM_COLUMNS))
    .sort((a, b) => b.active - a.active || zhCollator.compare(a.name, b.name))
    .map(toRoom);
}

/**
 * Creates a room (no id) or updates one. Names are unique, compared as people read them
 * (full-width and half-width brackets, spaces), so "第一调解室" and "第一调解室 " are one room.
 * A room in use is deactivated rather than deleted: past meetings keep pointing at it.
 */
export function saveRoom(core: Core, actor: Actor, input: RoomSaveInput): Room {
  return writeTx(core, () => {
    const before = input.id ? core.q.first(qb.selectFrom('rooms').select(ROOM_COLUMNS).where('id', '=', input.id)) : undefined;
    if (input.id && !before) throw notFound(`会议室 ${input.id}`, `room ${input.id}`);
    const key = nameKey(input.name);
    const taken = core.q.all(qb.selectFrom('rooms').select(['id', 'name'])).find((r) => r.id !== before?.id && nameKey(r.name) === key);
    if (taken) throw fieldErrors([field('name', `已有同名会议室「${taken.name}」`, `There is already a room named "${taken.name}"`)]);

    const now = core.now();
    const values = {
      name: input.name,
      location: input.location,
      capacity: input.capacity ?? null,
      active: input.active ? (1 as const) : (0 as const),
    };
    if (!before) {
      const id = core.newId();
      core.q.run(qb.insertInto('rooms').values({ id, ...values, created_at: now, updated_at: now }));
      appendAudit(core.q, actor, now, { action: 'room.create', entity: 'rooms', entityId: id, detail: { ...values, active: input.active } });
      return toRoom({ id, ...values });
    }
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const k of Object.keys(values) as (keyof typeof values)[]) {
      if (before[k] !== values[k]) changes[k] = { before: before[k], after: values[k] };
    }
    if (Object.keys(changes).length > 0) {
      core.q.run(qb.updateTable('rooms').set({ ...values, updated_at: now }).where('id', '=', before.id));
      appendAudit(core.q, actor, now, { action: 'room.update', entity: 'rooms', entityId: before.id, detail: { name: values.name, changes } });
    }
    return toRoom({ id: before.id, ...values });
  });
}
