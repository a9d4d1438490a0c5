import type { z } from 'zod';
import type { Contact, ContactSaveSchema } from '../../contract/schemas/agencies';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { field, notFound } from '../cases/messages';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { maskIdNumber } from '../validation/resident-id';
import { normalisePhones, toContact, type ContactRow } from './agency-rows';

export type ContactSaveInput = z.output<typeof ContactSaveSchema>;

const CONTACT_COLUMNS = ['id', 'agency_id', 'name', 'title', 'phones', 'email', 'is_head', 'notes', 'active'] as const;

/**
 * What the append-only audit log keeps of a contact. Agency staff are people too (PIPL) and the
 * log can never be cleaned later, so phones are masked like party phones and an email address is
 * only marked as present.
 */
function auditContact(row: Omit<ContactRow, 'id' | 'agency_id'>): Record<string, unknown> {
  return {
    name: row.name,
    title: row.title,
    phones: (JSON.parse(row.phones) as string[]).map(maskIdNumber),
    email: row.email !== null,
    isHead: row.is_head === 1,
    notes: row.notes !== null,
    active: row.active === 1,
  };
}

/**
 * Creates a contact of an agency (no id) or updates one. Phones are trimmed and deduplicated. A
 * contact stays with its agency: tasks sent to it name both, so moving it would rewrite history.
 */
export function saveContact(core: Core, actor: Actor, input: ContactSaveInput): Contact {
  return writeTx(core, () => {
    const now = core.now();
    const agency = core.q.first(qb.selectFrom('agencies').select('id').where('id', '=', input.agencyId).where('deleted_at', 'is', null));
    if (!agency) throw fieldErrors([field('agencyId', '所选单位不存在', 'The chosen agency does not exist')]);
    const before = input.id ? core.q.first(qb.selectFrom('agency_contacts').select(CONTACT_COLUMNS).where('id', '=', input.id)) : undefined;
    if (input.id && !before) throw notFound(`联系人 ${input.id}`, `contact ${input.id}`);
    if (before && before.agency_id !== input.agencyId) {
      throw fieldErrors([field('agencyId', '联系人不能移到其他单位，请在该单位下新建联系人', 'A contact cannot move to another agency; add a new contact there instead')]);
    }

    const values = {
      name: input.name,
      title: input.title,
      phones: JSON.stringify(normalisePhones(input.phones)),
      email: input.email,
      is_head: input.isHead ? (1 as const) : (0 as const),
      notes: input.notes,
      active: input.active ? (1 as const) : (0 as const),
    };
    if (!before) {
      const id = core.newId();
      core.q.run(qb.insertInto('agency_contacts').values({ id, agency_id: input.agencyId, ...values, created_at: now, updated_at: now }));
      appendAudit(core.q, actor, now, {
        action: 'contact.create',
        entity: 'agency_contacts',
        entityId: id,
        detail: { agencyId: input.agencyId, ...auditContact(values) },
      });
      return toContact({ id, agency_id: input.agencyId, ...values });
    }

    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => before[k] !== values[k]);
    if (changed.length > 0) {
      core.q.run(qb.updateTable('agency_contacts').set({ ...values, updated_at: now }).where('id', '=', before.id));
      const was = auditContact(before);
      const is = auditContact(values);
      const formName = { name: 'name', title: 'title', phones: 'phones', email: 'email', is_head: 'isHead', notes: 'notes', active: 'active' } as const;
      appendAudit(core.q, actor, now, {
        action: 'contact.update',
        entity: 'agency_contacts',
        entityId: before.id,
        detail: {
          agencyId: before.agency_id,
          name: values.name,
          changes: Object.fromEntries(changed.map((k) => [formName[k], { before: was[formName[k]], after: is[formName[k]] }])),
        },
      });
    }
    return toContact({ id: before.id, agency_id: before.agency_id, ...values });
  });
}
