import type { AgencyKind } from '../../../contract/schemas/agencies';
import type { Localized } from '../../../contract/result';
import { t } from '../../cases/messages';
import { KIND_LABEL } from '../agency-labels';

/**
 * The import file's columns, in the template's order. Users know them by the Chinese header the
 * template gives; the English names are accepted too (a file made by a script, an English UI).
 */
export const IMPORT_COLUMNS = [
  'name',
  'shortName',
  'kind',
  'parent',
  'active',
  'contactName',
  'contactTitle',
  'phones',
  'email',
  'isHead',
  'notes',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export interface ColumnSpec {
  /** The header in the template. */
  header: string;
  /** Other headers accepted for the column (compared case-insensitively, spaces ignored). */
  aliases: readonly string[];
  required: boolean;
  /** Longest value accepted (the same limits as the forms). */
  max: number | null;
  /** What the template's instructions sheet says about the column. */
  help: Localized;
  /** Excel column width in characters. */
  width: number;
}

export const COLUMN_SPECS: Record<ImportColumn, ColumnSpec> = {
  name: {
    header: '单位名称',
    aliases: ['name', 'agency name', 'agency'],
    required: true,
    max: 100,
    help: t('单位全称，如「秦皇岛市自然资源和规划局」。不得与名录中已有单位或文件中其他行重名。', 'Full name of the agency; must not repeat a name in the directory or in another row.'),
    width: 34,
  },
  shortName: {
    header: '简称',
    aliases: ['short name', 'shortname'],
    required: false,
    max: 40,
    help: t('常用简称，如「市自然资源和规划局」，可不填。', 'Usual short name; optional.'),
    width: 20,
  },
  kind: {
    header: '类型',
    aliases: ['kind', 'type', '单位类型'],
    required: true,
    max: null,
    help: t('从下拉列表中选择：成员单位、区县政府、政府部门、法院、调解组织、其他。', 'Pick from the list: member unit, district/county government, department, court, mediation organisation, other.'),
    width: 12,
  },
  parent: {
    header: '上级单位',
    aliases: ['parent', 'parent agency'],
    required: false,
    max: 100,
    help: t('上级单位的全称，须是本文件中的单位或名录中已有的单位，可不填。', 'Full name of the parent agency, in this file or already in the directory; optional.'),
    width: 30,
  },
  active: {
    header: '是否启用',
    aliases: ['active', 'enabled'],
    required: false,
    max: null,
    help: t('「是」或「否」，不填视为「是」。停用的单位不出现在案件登记的选择列表中。', '"是" (yes) or "否" (no); empty means yes. Inactive agencies are not offered at intake.'),
    width: 10,
  },
  contactName: {
    header: '联系人',
    aliases: ['contact', 'contact name'],
    required: false,
    max: 60,
    help: t('该单位的一名联系人姓名，可不填；更多联系人请导入后在单位页面添加。', 'One contact person of the agency; optional. Add more contacts on the agency page after the import.'),
    width: 12,
  },
  contactTitle: {
    header: '职务',
    aliases: ['title', 'position'],
    required: false,
    max: 60,
    help: t('联系人的职务，如「法制科科长」。', "The contact's title, e.g. head of the legal section."),
    width: 18,
  },
  phones: {
    header: '电话',
    aliases: ['phone', 'phones', 'telephone', '联系电话'],
    required: false,
    max: 40,
    help: t('联系人电话，多个号码用顿号「、」、逗号、分号或空格分隔，最多 5 个。', "The contact's phone numbers, separated by 、 , ; or spaces; at most 5."),
    width: 26,
  },
  email: {
    header: '电子邮箱',
    aliases: ['email', 'e-mail', '邮箱'],
    required: false,
    max: 120,
    help: t('联系人的电子邮箱，可不填。', "The contact's email address; optional."),
    width: 24,
  },
  isHead: {
    header: '是否负责人',
    aliases: ['head', 'is head'],
    required: false,
    max: null,
    help: t('联系人是否为单位负责人（出庭应诉统计用），「是」或「否」，不填视为「否」。', 'Whether the contact is the agency head (used for court appearance figures): "是" or "否"; empty means no.'),
    width: 12,
  },
  notes: {
    header: '备注',
    aliases: ['notes', 'note', 'remarks'],
    required: false,
    max: 500,
    help: t('关于该联系人的备注，如「日常联络人」。', 'Notes about the contact, e.g. day-to-day liaison.'),
    width: 24,
  },
};

/** Header text as compared: no spaces, no "*" or "（必填）" marks, lower case. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/\(必填\)|\*/gu, '')
    .toLowerCase();
}

const HEADER_TO_COLUMN = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((c) => [COLUMN_SPECS[c].header, ...COLUMN_SPECS[c].aliases].map((h) => [headerKey(h), c] as const)),
);

export function columnOf(header: string): ImportColumn | undefined {
  return HEADER_TO_COLUMN.get(headerKey(header));
}

/** The kinds as the template's drop-down names them. */
export const KIND_LABELS = Object.fromEntries(
  (Object.entries(KIND_LABEL) as [AgencyKind, Localized][]).map(([kind, label]) => [kind, label['zh-CN']]),
) as Record<AgencyKind, string>;

const KIND_BY_TEXT = new Map<string, AgencyKind>(
  (Object.entries(KIND_LABELS) as [AgencyKind, string][]).flatMap(([kind, label]) => [
    [label, kind],
    [kind, kind],
  ]),
);

/** A kind from its label (成员单位) or its code (member_unit); undefined when unknown. */
export function kindOf(text: string): AgencyKind | undefined {
  return KIND_BY_TEXT.get(text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase());
}

const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '0']);

/** 是/否 (or yes/no, true/false, 1/0); `fallback` when empty; undefined when it is neither. */
export function yesNo(text: string, fallback: boolean): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return fallback;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

/** Several numbers in one cell: 、 ， , ； ; or whitespace between them. */
export function splitPhones(text: string): string[] {
  return text
    .split(/[、，,；;\s]+/u)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Rows whose name starts with this are the template's examples: skipped, so leaving one in is harmless. */
export const EXAMPLE_PREFIX = '（示例）';
