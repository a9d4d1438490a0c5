import { z } from 'zod';
import type { AgencyImportPreview, ImportRow } from '../../../contract/schemas/agencies';
import type { Localized } from '../../../contract/result';
import { t } from '../../cases/messages';
import { nameKey } from '../agency-rows';
import { COLUMN_SPECS, EXAMPLE_PREFIX, IMPORT_COLUMNS, KIND_LABELS, columnOf, kindOf, splitPhones, yesNo, type ImportColumn } from './import-columns';
import type { ImportTable, TableRow } from './read-table';

/**
 * Checks every row of an import table against the directory and itself, and says per row what is
 * wrong. Pure: the caller passes what the directory holds, so the same check runs for the preview
 * and again inside the import's transaction.
 */

export interface DirectoryNames {
  /** Every agency name by nameKey, deleted ones included (their names stay taken). */
  taken: Map<string, string>;
  /** Live agencies by nameKey: the possible parents. */
  live: Map<string, { id: string; name: string }>;
}

/** The header is looked for in the first rows, so a title row above it does not break the file. */
const HEADER_SEARCH_ROWS = 10;
const MAX_PHONES = 5;
const emailSchema = z.email();

const KIND_LIST = Object.values(KIND_LABELS).join('、');

interface Candidate {
  row: number;
  reasons: Localized[];
  name: string;
  shortName: string | null;
  kind: ImportRow['kind'] | null;
  parentText: string;
  active: boolean;
  contact: ImportRow['contact'];
}

function isBlank(row: TableRow): boolean {
  return row.cells.every((c) => c === '');
}

/** The header row: the first (of the first few) naming the 单位名称 column, else the first row. */
function findHeader(rows: TableRow[]): TableRow | undefined {
  const head = rows.filter((r) => !isBlank(r)).slice(0, HEADER_SEARCH_ROWS);
  return head.find((r) => r.cells.some((c) => columnOf(c) === 'name')) ?? head[0];
}

function mapColumns(header: TableRow, fileErrors: Localized[]): Map<ImportColumn, number> {
  const columns = new Map<ImportColumn, number>();
  header.cells.forEach((text, index) => {
    const column = columnOf(text);
    if (!column) return;
    if (columns.has(column)) {
      const h = COLUMN_SPECS[column].header;
      fileErrors.push(t(`「${h}」列出现了两次（第 ${columns.get(column)! + 1} 列和第 ${index + 1} 列）`, `The column "${h}" appears twice (columns ${columns.get(column)! + 1} and ${index + 1})`));
      return;
    }
    columns.set(column, index);
  });
  for (const column of IMPORT_COLUMNS) {
    const spec = COLUMN_SPECS[column];
    if (spec.required && !columns.has(column)) {
      fileErrors.push(t(`缺少必填列「${spec.header}」`, `The required column "${spec.header}" (${spec.aliases[0]}) is missing`));
    }
  }
  return columns;
}

function tooLong(column: ImportColumn, value: string): Localized | null {
  const max = COLUMN_SPECS[column].max;
  if (max === null || value.length <= max) return null;
  const h = COLUMN_SPECS[column].header;
  return t(`「${h}」超过 ${max} 个字（现有 ${value.length} 个）`, `"${h}" is longer than ${max} characters (${value.length})`);
}

/** One row's own checks (everything that does not need the other rows or the directory). */
function readRow(row: TableRow, columns: Map<ImportColumn, number>): Candidate {
  const cell = (column: ImportColumn) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const reasons: Localized[] = [];
  const check = (column: ImportColumn, value: string) => {
    const issue = tooLong(column, value);
    if (issue) reasons.push(issue);
  };

  const name = cell('name');
  if (name === '') reasons.push(t('「单位名称」为空', '"单位名称" (name) is empty'));
  check('name', name);
  const shortName = cell('shortName');
  check('shortName', shortName);

  const kindText = cell('kind');
  const kind = kindText === '' ? null : (kindOf(kindText) ?? null);
  if (kindText === '') reasons.push(t(`「类型」为空，应为${KIND_LIST}之一`, `"类型" (kind) is empty; use one of ${KIND_LIST}`));
  else if (!kind) reasons.push(t(`类型「${kindText}」无法识别，应为${KIND_LIST}之一`, `Unknown kind "${kindText}"; use one of ${KIND_LIST}`));

  const parentText = cell('parent');
  check('parent', parentText);

  const activeText = cell('active');
  const active = yesNo(activeText, true);
  if (active === undefined) reasons.push(t(`「是否启用」应填「是」或「否」，而不是「${activeText}」`, `"是否启用" (active) must be 是 or 否, not "${activeText}"`));

  const contactName = cell('contactName');
  const title = cell('contactTitle');
  const phonesText = cell('phones');
  const email = cell('email');
  const headText = cell('isHead');
  const notes = cell('notes');
  const isHead = yesNo(headText, false);
  if (isHead === undefined) reasons.push(t(`「是否负责人」应填「是」或「否」，而不是「${headText}」`, `"是否负责人" (head) must be 是 or 否, not "${headText}"`));
  const phones = [...new Set(splitPhones(phonesText))];
  let contact: ImportRow['contact'] = null;
  if (contactName === '') {
    if (title || phonesText || email || notes || isHead === true) {
      reasons.push(t('填写了联系人信息，但「联系人」（姓名）为空', 'Contact details are filled in but "联系人" (contact name) is empty'));
    }
  } else {
    check('contactName', contactName);
    check('contactTitle', title);
    check('notes', notes);
    check('email', email);
    if (phones.length > MAX_PHONES) reasons.push(t(`「电话」最多 ${MAX_PHONES} 个号码（现有 ${phones.length} 个）`, `"电话" (phones) holds at most ${MAX_PHONES} numbers (${phones.length})`));
    for (const phone of phones) check('phones', phone);
    if (email && !emailSchema.safeParse(email).success) reasons.push(t(`电子邮箱「${email}」格式不正确`, `"${email}" is not a valid email address`));
    contact = { name: contactName, title: title || null, phones, email: email || null, isHead: isHead === true, notes: notes || null };
  }
  return { row: row.row, reasons, name, shortName: shortName || null, kind, parentText, active: active !== false, contact };
}

/** Checks across rows and against the directory: duplicate names, taken names, parents, loops. */
function crossCheck(candidates: Candidate[], directory: DirectoryNames): Map<string, Candidate> {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.name === '') continue;
    const key = nameKey(c.name);
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const c of group) {
      const others = group.filter((o) => o !== c).map((o) => o.row);
      c.reasons.push(t(`单位名称「${c.name}」与第 ${others.join('、')} 行重复`, `The name "${c.name}" repeats row ${others.join(', ')}`));
    }
  }
  for (const c of candidates) {
    if (c.name === '') continue;
    const existing = directory.taken.get(nameKey(c.name));
    if (existing !== undefined) c.reasons.push(t(`名录中已有同名单位「${existing}」`, `The directory already has an agency named "${existing}"`));
  }
  const inFile = new Map([...byKey].filter(([, g]) => g.length === 1).map(([k, g]) => [k, g[0]!] as const));
  for (const c of candidates) {
    if (c.parentText === '') continue;
    const key = nameKey(c.parentText);
    if (c.name !== '' && key === nameKey(c.name)) c.reasons.push(t('「上级单位」不能是本单位', 'An agency cannot be its own parent'));
    else if (!byKey.has(key) && !directory.live.has(key)) {
      c.reasons.push(t(`上级单位「${c.parentText}」既不在本文件中，也不在名录中（请填写单位全称）`, `The parent "${c.parentText}" is neither in this file nor in the directory (use the full name)`));
    }
  }
  // Parents inside the file must not form a loop (A under B under A): it could never be inserted.
  for (const c of candidates) {
    const seen = new Set<Candidate>([c]);
    let up = c.parentText && nameKey(c.parentText) !== nameKey(c.name) ? inFile.get(nameKey(c.parentText)) : undefined;
    while (up && !seen.has(up)) {
      seen.add(up);
      up = up.parentText ? inFile.get(nameKey(up.parentText)) : undefined;
    }
    if (up === c) c.reasons.push(t('「上级单位」关系形成循环', 'The parent relationships form a loop'));
  }
  return inFile;
}

/** The preview: rows that would be imported, rows refused (with why), problems with the file. */
export function checkImportTable(table: ImportTable, directory: DirectoryNames): AgencyImportPreview {
  const base = { format: table.format, encoding: table.encoding };
  const fileErrors = [...table.fileErrors];
  const header = fileErrors.length === 0 ? findHeader(table.rows) : undefined;
  if (fileErrors.length === 0 && !header) fileErrors.push(t('文件是空的', 'The file is empty'));
  const columns = header ? mapColumns(header, fileErrors) : new Map<ImportColumn, number>();
  if (fileErrors.length > 0 || !header) return { ...base, rows: [], rejected: [], fileErrors, importable: false };

  const candidates = table.rows
    .filter((r) => r.row > header.row && !isBlank(r))
    .map((r) => readRow(r, columns))
    .filter((c) => !nameKey(c.name).startsWith(nameKey(EXAMPLE_PREFIX)));
  if (candidates.length === 0) fileErrors.push(t('文件中没有可导入的数据行（表头以下均为空）', 'The file has no rows to import below the header'));
  const inFile = crossCheck(candidates, directory);

  const rows: ImportRow[] = [];
  const rejected: AgencyImportPreview['rejected'] = [];
  for (const c of candidates) {
    if (c.reasons.length > 0 || c.kind === null) {
      rejected.push({ row: c.row, reasons: c.reasons });
      continue;
    }
    const parentKey = c.parentText ? nameKey(c.parentText) : null;
    const parentName = parentKey ? (inFile.get(parentKey)?.name ?? directory.live.get(parentKey)?.name ?? c.parentText) : null;
    rows.push({ row: c.row, name: c.name, shortName: c.shortName, kind: c.kind, parentName, active: c.active, contact: c.contact });
  }
  return { ...base, rows, rejected, fileErrors, importable: fileErrors.length === 0 && rejected.length === 0 && rows.length > 0 };
}
