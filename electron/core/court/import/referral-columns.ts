import { ID_TYPES } from '../../../contract/schemas/cases';
import { headerKey } from '../../agencies/import/import-columns';

/**
 * The columns of a referral spreadsheet (CSV or XLSX): one row per party, the referral's own
 * columns repeated on each of its rows (or left blank after the first). The court's staff know
 * the Chinese headers; the English field names of the JSON format are accepted too.
 */

export const REFERRAL_COLUMNS = [
  'courtNumber',
  'kind',
  'title',
  'category',
  'respondentAgency',
  'referredOn',
  'claims',
  'disputeFocus',
  'role',
  'partyKind',
  'name',
  'idType',
  'idNumber',
  'phone',
  'address',
] as const;
export type ReferralColumn = (typeof REFERRAL_COLUMNS)[number];

/** The referral's own columns: rows of one court number must agree on them. */
export const CASE_COLUMNS = ['courtNumber', 'kind', 'title', 'category', 'respondentAgency', 'referredOn', 'claims', 'disputeFocus'] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];
export type PartyColumn = Exclude<ReferralColumn, CaseColumn>;
export const PARTY_COLUMNS = REFERRAL_COLUMNS.filter((c): c is PartyColumn => !(CASE_COLUMNS as readonly string[]).includes(c));

interface ColumnSpec {
  header: string;
  aliases: readonly string[];
  required: boolean;
}

export const REFERRAL_COLUMN_SPECS: Record<ReferralColumn, ColumnSpec> = {
  courtNumber: { header: '法院案号', aliases: ['courtNumber', 'court number', '案号'], required: true },
  kind: { header: '委派/委托', aliases: ['kind', '委派或委托', '委派委托'], required: true },
  title: { header: '案件名称', aliases: ['title'], required: false },
  category: { header: '争议类别', aliases: ['category', '争议类型'], required: false },
  respondentAgency: { header: '被申请行政机关', aliases: ['respondentAgency', 'respondent agency', '被诉行政机关'], required: true },
  referredOn: { header: '委派日期', aliases: ['referredOn', 'referred on', '委托日期', '委派/委托日期'], required: true },
  claims: { header: '诉讼请求', aliases: ['claims'], required: false },
  disputeFocus: { header: '争议焦点', aliases: ['disputeFocus', 'dispute focus'], required: false },
  role: { header: '当事人角色', aliases: ['role', 'party role'], required: false },
  partyKind: { header: '当事人类型', aliases: ['partyKind', 'party kind'], required: false },
  name: { header: '当事人姓名或名称', aliases: ['name', 'party name', '当事人', '当事人姓名', '当事人名称'], required: true },
  idType: { header: '证件类型', aliases: ['idType', 'id type'], required: false },
  idNumber: { header: '证件号码', aliases: ['idNumber', 'id number', '身份证号码'], required: false },
  phone: { header: '联系电话', aliases: ['phone', '电话'], required: false },
  address: { header: '地址', aliases: ['address', '住所', '住址'], required: false },
};

const HEADER_TO_COLUMN = new Map<string, ReferralColumn>(
  REFERRAL_COLUMNS.flatMap((c) => [REFERRAL_COLUMN_SPECS[c].header, ...REFERRAL_COLUMN_SPECS[c].aliases].map((h) => [headerKey(h), c] as const)),
);

export function referralColumnOf(header: string): ReferralColumn | undefined {
  return HEADER_TO_COLUMN.get(headerKey(header));
}

/**
 * The words a spreadsheet may use for a coded value, first one as shown in messages. The codes
 * themselves (as in the JSON format) are accepted as well.
 */
export const VALUE_LABELS = {
  kind: { delegated: ['委派', '诉前委派'], entrusted: ['委托', '诉中委托'] },
  partyKind: { person: ['自然人', '个人'], organisation: ['法人或其他组织', '法人', '非法人组织', '其他组织', '单位', 'organization'] },
  role: { applicant: ['申请人', '原告'], third_party: ['第三人'], representative: ['代理人', '委托代理人', '诉讼代理人'] },
  idType: {
    resident_id: ['居民身份证', '身份证'],
    passport: ['护照'],
    hk_macao_permit: ['港澳通行证', '港澳居民来往内地通行证'],
    taiwan_permit: ['台湾通行证', '台湾居民来往大陆通行证'],
    uscc: ['统一社会信用代码'],
    other: ['其他'],
  } satisfies Record<(typeof ID_TYPES)[number], string[]>,
} as const;
export type CodedField = keyof typeof VALUE_LABELS;

const CODE_BY_TEXT = Object.fromEntries(
  (Object.keys(VALUE_LABELS) as CodedField[]).map((f) => [
    f,
    new Map(Object.entries(VALUE_LABELS[f] as Record<string, readonly string[]>).flatMap(([code, labels]) => [code, ...labels].map((l) => [headerKey(l), code] as const))),
  ]),
) as Record<CodedField, Map<string, string>>;

/** The code for a cell's word (委派 → delegated); the text itself when unknown, so the check names it. */
export function codeOf(field: CodedField, text: string): string {
  return CODE_BY_TEXT[field].get(headerKey(text)) ?? text;
}

/** The words shown for a coded field's allowed values: 委派、委托. */
export function allowedLabels(field: CodedField): string[] {
  return Object.values(VALUE_LABELS[field] as Record<string, readonly string[]>).map((labels) => labels[0]!);
}
