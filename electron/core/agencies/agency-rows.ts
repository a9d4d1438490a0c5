import type { Agency, Contact } from '../../contract/schemas/agencies';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { AgencyKind } from '../db/schema';
import { notFound } from '../cases/messages';

/** Row helpers shared by the directory, the agency page, saving and the import. */

export const zhCollator = new Intl.Collator('zh-CN');

/** The directory's kinds in the order the center thinks of them (as in the intake form's select). */
export const KIND_ORDER: Record<AgencyKind, number> = {
  member_unit: 0,
  district_government: 1,
  department: 2,
  court: 3,
  mediation_org: 4,
  other: 5,
};

/**
 * The key two agency names are compared by: NFKC folds full-width brackets and letters into their
 * half-width forms and all whitespace goes, so "市（某）局" and "市(某) 局" count as the same name.
 * The UNIQUE constraint only sees exact strings; this catches the near-duplicates people type.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

export type AgencyRow = ReturnType<typeof loadAgencyRow>;

/** A live (not deleted) agency, or NOT_FOUND. */
export function loadAgencyRow(core: Core, id: string) {
  const row = core.q.first(qb.selectFrom('agencies').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
  if (!row) throw notFound(`单位 ${id}`, `agency ${id}`);
  return row;
}

export function toAgency(row: AgencyRow, parentName: string | null): Agency {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    parentId: row.parent_id,
    parentName,
    active: row.active === 1,
  };
}

/** The agency as the contract shows it, with its parent's name. */
export function agencyView(core: Core, id: string): Agency {
  const row = loadAgencyRow(core, id);
  const parent = row.parent_id ? core.q.first(qb.selectFrom('agencies').select('name').where('id', '=', row.parent_id)) : undefined;
  return toAgency(row, parent?.name ?? null);
}

export interface ContactRow {
  id: string;
  agency_id: string;
  name: string;
  title: string | null;
  phones: string;
  email: string | null;
  is_head: 0 | 1;
  notes: string | null;
  active: 0 | 1;
}

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    agencyId: row.agency_id,
    name: row.name,
    title: row.title,
    phones: JSON.parse(row.phones) as string[],
    email: row.email,
    isHead: row.is_head === 1,
    notes: row.notes,
    active: row.active === 1,
  };
}

/** Every contact of an agency: active ones first, the head first among them, then by name. */
export function contactsOf(core: Core, agencyId: string): Contact[] {
  return core.q
    .all(
      qb
        .selectFrom('agency_contacts')
        .select(['id', 'agency_id', 'name', 'title', 'phones', 'email', 'is_head', 'notes', 'active'])
        .where('agency_id', '=', agencyId),
    )
    .sort((a, b) => b.active - a.active || b.is_head - a.is_head || zhCollator.compare(a.name, b.name))
    .map(toContact);
}

/**
 * Phone numbers as stored: trimmed, inner runs of spaces collapsed, empty ones dropped and each
 * number kept once (the same number typed twice, or once with a trailing space, is one number).
 */
export function normalisePhones(phones: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of phones) {
    const phone = raw.trim().replace(/\s+/gu, ' ');
    if (phone && !out.includes(phone)) out.push(phone);
  }
  return out;
}
