import type { AgencyImportPreview, ImportRow } from '../../../contract/schemas/agencies';
import type { UploadedFile } from '../../../contract/schemas/files';
import type { FieldIssue } from '../../../contract/result';
import { appendAudit, type Actor } from '../../audit/audit-log';
import { writeTx } from '../../cases/case-rows';
import type { Core } from '../../core';
import { qb } from '../../db/query';
import { CoreError } from '../../errors';
import { nameKey } from '../agency-rows';
import { checkImportTable, type DirectoryNames } from './import-rows';
import { readImportTable } from './read-table';

/**
 * The directory import (agencies.importPreview / agencies.import). All or nothing: the file is
 * checked again inside the write transaction, and one refused row means nothing is written.
 */

function directoryNames(core: Core): DirectoryNames {
  const all = core.q.all(qb.selectFrom('agencies').select(['id', 'name', 'deleted_at']));
  return {
    taken: new Map(all.map((a) => [nameKey(a.name), a.name])),
    live: new Map(all.filter((a) => a.deleted_at === null).map((a) => [nameKey(a.name), { id: a.id, name: a.name }])),
  };
}

async function readUpload(file: UploadedFile) {
  return readImportTable(file.fileName, Buffer.from(file.contentBase64, 'base64'));
}

export async function previewAgencyImport(core: Core, file: UploadedFile): Promise<AgencyImportPreview> {
  const table = await readUpload(file);
  return checkImportTable(table, directoryNames(core));
}

/** How many refused rows the error's one-line summary names before "…". */
const SUMMARY_ROWS = 3;

/** IMPORT_REJECTED with a short summary, and every row's reasons as fields `rows.<row>`. */
export function importRejected(preview: Pick<AgencyImportPreview, 'fileErrors' | 'rejected'>): CoreError {
  let zh: string;
  let en: string;
  if (preview.fileErrors.length > 0) {
    zh = preview.fileErrors.map((e) => e['zh-CN']).join('；');
    en = preview.fileErrors.map((e) => e.en).join('; ');
  } else {
    const shown = preview.rejected.slice(0, SUMMARY_ROWS);
    const more = preview.rejected.length > SUMMARY_ROWS;
    zh = `${preview.rejected.length} 行被拒绝：${shown.map((r) => `第 ${r.row} 行（${r.reasons[0]?.['zh-CN'] ?? ''}）`).join('；')}${more ? '；……' : ''}`;
    en = `${preview.rejected.length} row(s) rejected: ${shown.map((r) => `row ${r.row} (${r.reasons[0]?.en ?? ''})`).join('; ')}${more ? '; …' : ''}`;
  }
  const fields: FieldIssue[] = [
    ...preview.fileErrors.map((message) => ({ path: '', message })),
    ...preview.rejected.flatMap((r) => r.reasons.map((message) => ({ path: `rows.${r.row}`, message }))),
  ];
  return new CoreError('IMPORT_REJECTED', `Nothing was imported: ${en}`, { detail: en, 'detail.zh-CN': zh, 'detail.en': en }, fields);
}

/** Rows whose parent is in the file come after that parent, so every parent id exists when needed. */
function parentsFirst(rows: ImportRow[]): ImportRow[] {
  const inFile = new Set(rows.map((r) => nameKey(r.name)));
  const placed = new Set<string>();
  const ordered: ImportRow[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const ready = pending.filter((r) => r.parentName === null || !inFile.has(nameKey(r.parentName)) || placed.has(nameKey(r.parentName)));
    // checkImportTable refuses loops, so every round places at least one row.
    if (ready.length === 0) throw new Error('agency import: parent loop left after checking');
    for (const r of ready) {
      ordered.push(r);
      placed.add(nameKey(r.name));
    }
    pending = pending.filter((r) => !ready.includes(r));
  }
  return ordered;
}

export async function importAgencies(core: Core, actor: Actor, file: UploadedFile): Promise<{ agencies: number; contacts: number }> {
  const table = await readUpload(file);
  return writeTx(core, () => {
    const directory = directoryNames(core);
    const preview = checkImportTable(table, directory);
    if (!preview.importable) throw importRejected(preview);
    const now = core.now();
    const ids = new Map<string, string>();
    let contacts = 0;
    for (const row of parentsFirst(preview.rows)) {
      const id = core.newId();
      const parentKey = row.parentName === null ? null : nameKey(row.parentName);
      const parentId = parentKey === null ? null : (ids.get(parentKey) ?? directory.live.get(parentKey)!.id);
      core.q.run(
        qb.insertInto('agencies').values({
          id,
          name: row.name,
          short_name: row.shortName,
          kind: row.kind,
          parent_id: parentId,
          active: row.active ? 1 : 0,
          deleted_at: null,
          created_at: now,
          updated_at: now,
        }),
      );
      ids.set(nameKey(row.name), id);
      if (row.contact) {
        core.q.run(
          qb.insertInto('agency_contacts').values({
            id: core.newId(),
            agency_id: id,
            name: row.contact.name,
            title: row.contact.title,
            phones: JSON.stringify(row.contact.phones),
            email: row.contact.email,
            is_head: row.contact.isHead ? 1 : 0,
            notes: row.contact.notes,
            active: 1,
            created_at: now,
            updated_at: now,
          }),
        );
        contacts += 1;
      }
    }
    appendAudit(core.q, actor, now, {
      action: 'agencies.import',
      entity: 'agencies',
      detail: { fileName: file.fileName, format: preview.format, encoding: preview.encoding, agencies: preview.rows.length, contacts },
    });
    return { agencies: preview.rows.length, contacts };
  });
}
