import type { Localized } from '../../../contract/result';
import type { ImportTable, TableRow } from '../../agencies/import/read-table';
import { t } from '../../cases/messages';
import { isValidUscc } from '../../validation/uscc';
import { normaliseCourtNumber } from './court-number';
import { CASE_COLUMNS, PARTY_COLUMNS, REFERRAL_COLUMNS, REFERRAL_COLUMN_SPECS, codeOf, referralColumnOf, type CaseColumn, type ReferralColumn } from './referral-columns';
import type { ReferralDraft, ReferralSource } from './referral-draft';

/**
 * A referral spreadsheet (CSV or XLSX, already read into text cells by the agency import's
 * reader): one row per party, gathered into one referral per court number. The referral's own
 * columns may be repeated on each of its rows, or left blank after the first — all of them,
 * court number included, on the rows right below it (merged cells read that way). A value that
 * differs from the first one given is a conflict on that row.
 */

/** The header is looked for in the first rows, so a title row above it does not break the file. */
const HEADER_SEARCH_ROWS = 10;

function isBlank(row: TableRow): boolean {
  return row.cells.every((c) => c === '');
}

function findHeader(rows: TableRow[]): TableRow | undefined {
  const head = rows.filter((r) => !isBlank(r)).slice(0, HEADER_SEARCH_ROWS);
  return head.find((r) => r.cells.some((c) => referralColumnOf(c) === 'courtNumber')) ?? head[0];
}

function mapColumns(header: TableRow, fileErrors: Localized[]): Map<ReferralColumn, number> {
  const columns = new Map<ReferralColumn, number>();
  header.cells.forEach((text, index) => {
    const column = referralColumnOf(text);
    if (!column) return;
    if (columns.has(column)) {
      const h = REFERRAL_COLUMN_SPECS[column].header;
      fileErrors.push(t(`「${h}」列出现了两次（第 ${columns.get(column)! + 1} 列和第 ${index + 1} 列）`, `The column "${h}" appears twice (columns ${columns.get(column)! + 1} and ${index + 1})`));
      return;
    }
    columns.set(column, index);
  });
  for (const column of REFERRAL_COLUMNS) {
    const spec = REFERRAL_COLUMN_SPECS[column];
    if (spec.required && !columns.has(column)) fileErrors.push(t(`缺少必填列「${spec.header}」`, `The required column "${spec.header}" (${column}) is missing`));
  }
  return columns;
}

/**
 * Spreadsheet dates: a date cell arrives as YYYY-MM-DD; Excel saving a CSV on a Chinese Windows
 * writes 2026/11/2; people type 2026年11月2日. Anything else is left for the check to refuse.
 */
export function sheetDate(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

/** The value a case column holds in the referral object ('' = not given). */
function caseValue(column: CaseColumn, text: string): string {
  if (column === 'kind') return codeOf('kind', text);
  if (column === 'referredOn') return sheetDate(text);
  if (column === 'courtNumber') return normaliseCourtNumber(text);
  return text;
}

interface Group {
  draft: ReferralDraft;
  /** Each case column's value and the row that first gave it. */
  given: Map<CaseColumn, { value: string; row: number }>;
  parties: Record<string, string | undefined>[];
}

const blankToUndefined = (text: string) => (text === '' ? undefined : text);

export function readReferralTable(table: ImportTable): ReferralSource {
  const base = { format: table.format, encoding: table.encoding, court: null };
  const fileErrors = [...table.fileErrors];
  const header = fileErrors.length === 0 ? findHeader(table.rows) : undefined;
  if (fileErrors.length === 0 && !header) fileErrors.push(t('文件是空的', 'The file is empty'));
  const columns = header ? mapColumns(header, fileErrors) : new Map<ReferralColumn, number>();
  if (fileErrors.length > 0 || !header) return { ...base, drafts: [], fileErrors };

  const groups = new Map<string, Group>();
  let previous: string | undefined;
  for (const row of table.rows) {
    if (row.row <= header.row || isBlank(row)) continue;
    const cell = (column: ReferralColumn) => {
      const index = columns.get(column);
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    };
    const courtNumber = normaliseCourtNumber(cell('courtNumber'));
    // A row whose referral columns are all blank continues the referral above (merged cells read
    // so); any other row without a court number stands alone, and is refused for the missing number.
    const continues = courtNumber === '' && previous !== undefined && CASE_COLUMNS.every((c) => cell(c) === '');
    const key = continues ? previous! : courtNumber === '' ? `\u0000${row.row}` : courtNumber;
    previous = key;
    let group = groups.get(key);
    if (!group) {
      group = { draft: { row: row.row, partyRows: [], value: null, issues: [] }, given: new Map(), parties: [] };
      groups.set(key, group);
    }
    for (const column of CASE_COLUMNS) {
      const text = cell(column);
      if (text === '') continue;
      const value = caseValue(column, text);
      const first = group.given.get(column);
      if (!first) group.given.set(column, { value, row: row.row });
      else if (first.value !== value) {
        const h = REFERRAL_COLUMN_SPECS[column].header;
        group.draft.issues.push({
          row: row.row,
          message: t(`「${h}」与第 ${first.row} 行不一致（同一法院案号的各行应相同）`, `"${h}" differs from row ${first.row} (rows of one court number must agree)`),
        });
      }
    }
    if (PARTY_COLUMNS.some((c) => cell(c) !== '')) {
      const idType = blankToUndefined(codeOf('idType', cell('idType')));
      const partyKind = cell('partyKind');
      const creditCode = idType === 'uscc' || (idType === undefined && isValidUscc(cell('idNumber')));
      group.parties.push({
        role: blankToUndefined(codeOf('role', cell('role'))),
        // Blank: a credit code means an organisation, anything else a person.
        kind: partyKind === '' ? (creditCode ? 'organisation' : 'person') : codeOf('partyKind', partyKind),
        name: cell('name'),
        idType,
        idNumber: blankToUndefined(cell('idNumber')),
        phone: blankToUndefined(cell('phone')),
        address: blankToUndefined(cell('address')),
      });
      group.draft.partyRows.push(row.row);
    }
  }
  const drafts = [...groups.values()].map((g) => {
    const value: Record<string, unknown> = { parties: g.parties };
    for (const [column, { value: v }] of g.given) value[column] = v;
    return { ...g.draft, value };
  });
  if (drafts.length === 0) fileErrors.push(t('文件中没有可导入的数据行（表头以下均为空）', 'The file has no rows to import below the header'));
  return { ...base, drafts, fileErrors };
}
