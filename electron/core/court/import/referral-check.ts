import type { z } from 'zod';
import type { CourtImportRejectionSchema, ReferralRow } from '../../../contract/schemas/court';
import type { PartyInput } from '../../../contract/schemas/cases';
import type { Localized } from '../../../contract/result';
import { nameKey } from '../../agencies/agency-rows';
import { normaliseParty, partyIssues } from '../../cases/intake-validation';
import { t } from '../../cases/messages';
import { isIsoDate } from '../../clocks/calendar';
import { isValidResidentId } from '../../validation/resident-id';
import { isValidUscc } from '../../validation/uscc';
import { COURT_NUMBER_EXAMPLE, isWellFormedCourtNumber, normaliseCourtNumber } from './court-number';
import { DEFAULT_CATEGORY, type DirectoryEntry, type ReferralDirectory } from './referral-directory';
import type { ReferralDraft, RowIssue } from './referral-draft';
import { ReferralSchema, describeIssue, type ReferralInput } from './referral-schema';

/**
 * Checks every referral of a file against the rules, itself and the directory, and says per row
 * what is wrong. Pure (the directory is passed in), so the preview and the import's transaction
 * run the very same check.
 *
 * A referral whose court number is already a case changes nothing, so the directory (agency,
 * category) is only consulted for the ones to create: a court re-sending a cumulative list must
 * not be refused because an agency of an old, already registered referral has since been retired.
 * The file's own shape, dates and ID numbers are checked for every referral.
 */

export type CourtImportRejection = z.infer<typeof CourtImportRejectionSchema>;

export interface CheckedReferral extends ReferralRow {
  /** Set for action 'create'. */
  create: {
    categoryId: string;
    agencyId: string;
    claims: string | null;
    disputeFocus: string | null;
    parties: PartyInput[];
  } | null;
}

export interface ReferralCheck {
  referrals: CheckedReferral[];
  rejected: CourtImportRejection[];
}

const SOURCE = { delegated: 'court_delegated', entrusted: 'court_entrusted' } as const;

/** The agency named by full name, else by a short name only one agency has. */
function findAgency(directory: ReferralDirectory, text: string): { entry: DirectoryEntry } | { problem: Localized } {
  const key = nameKey(text);
  const byName = directory.agencyNames.get(key);
  const byShort = directory.agencyShortNames.get(key) ?? [];
  const entry = byName ?? (byShort.length === 1 ? byShort[0] : undefined);
  if (!entry && byShort.length > 1) {
    return {
      problem: t(
        `「被申请行政机关」简称「${text}」对应多个单位（${byShort.map((a) => a.name).join('、')}），请填写全称`,
        `The respondent agency's short name "${text}" fits several agencies (${byShort.map((a) => a.name).join(', ')}); give the full name`,
      ),
    };
  }
  if (!entry) {
    return {
      problem: t(
        `被申请行政机关「${text}」不在单位名录中（请填写名录中的全称或简称，或先在单位名录中添加该单位）`,
        `The respondent agency "${text}" is not in the agency directory (use its full or short name there, or add it to the directory first)`,
      ),
    };
  }
  if (!entry.active) return { problem: t(`被申请行政机关「${entry.name}」已停用`, `The respondent agency "${entry.name}" is inactive`) };
  return { entry };
}

function findCategory(directory: ReferralDirectory, text: string | null): { entry: DirectoryEntry } | { problem: Localized } {
  const entry = directory.categories.get(nameKey(text ?? DEFAULT_CATEGORY));
  if (!entry) {
    if (text === null) return { problem: t(`未填写「争议类别」，且没有「${DEFAULT_CATEGORY}」类别可用`, `No "争议类别" (category) given and there is no "${DEFAULT_CATEGORY}" category to use`) };
    const names = [...directory.categories.values()].filter((c) => c.active).map((c) => c.name);
    return { problem: t(`争议类别「${text}」不存在，应为：${names.join('、')}`, `Unknown dispute category "${text}"; use one of: ${names.join(', ')}`) };
  }
  if (!entry.active) return { problem: t(`争议类别「${entry.name}」已停用`, `The dispute category "${entry.name}" is retired`) };
  return { entry };
}

/** What a referral without a title is called: 王某等与秦皇岛市自然资源和规划局行政争议. */
function defaultTitle(input: ReferralInput, agencyName: string): string {
  const applicants = input.parties.filter((p) => p.role === 'applicant');
  const first = (applicants[0] ?? input.parties[0])!.name;
  return `${first}${applicants.length > 1 ? '等' : ''}与${agencyName}行政争议`.slice(0, 200);
}

/** A number without a type: the two the app can recognise by their check characters. */
function guessIdType(idNumber: string, today: string): PartyInput['idType'] {
  if (isValidResidentId(idNumber, today)) return 'resident_id';
  if (isValidUscc(idNumber.trim().toUpperCase())) return 'uscc';
  return null;
}

/** The parties with their ID numbers checked as at intake (GB 11643, GB 32100). */
function checkParties(input: ReferralInput, draft: ReferralDraft, today: string, issues: RowIssue[]): PartyInput[] {
  const several = input.parties.length > 1 && draft.partyRows.every((r) => r === draft.row);
  const prefix = (i: number): Localized => (several ? t(`第 ${i + 1} 名当事人：`, `party ${i + 1}: `) : t('', ''));
  const rowOf = (i: number) => draft.partyRows[i] ?? draft.row;
  const parties: PartyInput[] = input.parties.map((p, i) => {
    const idNumber = p.idNumber || null;
    let idType = p.idType ?? null;
    if (idNumber && !idType) {
      idType = guessIdType(idNumber, today) ?? null;
      if (!idType) {
        const pre = prefix(i);
        issues.push({ row: rowOf(i), message: t(`${pre['zh-CN']}填写了「证件号码」但未填写「证件类型」`, `${pre.en}an ID number is given without its "证件类型" (ID type)`) });
      }
    }
    return { role: p.role, kind: p.kind, name: p.name, idType, idNumber, phone: p.phone || null, address: p.address || null };
  });
  // A number without a type was reported above, in a file's words; partyIssues would say it again.
  for (const issue of partyIssues(parties.map(normaliseParty), today, null).filter((i) => !i.path.endsWith('.idType'))) {
    const index = Number(issue.path.split('.')[1]);
    const pre = prefix(index);
    issues.push({ row: rowOf(index), message: t(`${pre['zh-CN']}${issue.message['zh-CN']}`, `${pre.en}${issue.message.en}`) });
  }
  if (!parties.some((p) => p.role === 'applicant')) {
    issues.push({ row: draft.row, message: t('至少要有一名申请人（原告）', 'At least one applicant (plaintiff) is needed') });
  }
  return parties;
}

function checkDraft(draft: ReferralDraft, directory: ReferralDirectory, labels: boolean, seen: Map<string, number>): { referral: CheckedReferral | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [...draft.issues];
  const parsed = ReferralSchema.safeParse(draft.value, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const party = issue.path[0] === 'parties' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
      const several = party !== null && draft.partyRows.every((r) => r === draft.row) && draft.partyRows.length > 1;
      const message = describeIssue(issue, labels);
      issues.push({
        row: party === null ? draft.row : (draft.partyRows[party] ?? draft.row),
        message: several ? t(`第 ${party + 1} 名当事人：${message['zh-CN']}`, `party ${party + 1}: ${message.en}`) : message,
      });
    }
    return { referral: null, issues };
  }
  const input = parsed.data;
  const courtNumber = normaliseCourtNumber(input.courtNumber);
  if (!isWellFormedCourtNumber(courtNumber)) {
    issues.push({ row: draft.row, message: t(`法院案号「${input.courtNumber}」格式不正确，应如「${COURT_NUMBER_EXAMPLE}」`, `The court number "${input.courtNumber}" is malformed; expected e.g. "${COURT_NUMBER_EXAMPLE}"`) });
  }
  const firstRow = seen.get(courtNumber);
  if (firstRow !== undefined) {
    issues.push({ row: draft.row, message: t(`法院案号「${courtNumber}」与第 ${firstRow} 条重复`, `The court number "${courtNumber}" repeats referral ${firstRow}`) });
  } else seen.set(courtNumber, draft.row);
  if (!isIsoDate(input.referredOn)) {
    issues.push({ row: draft.row, message: t(`委派日期「${input.referredOn}」不是有效日期（格式 YYYY-MM-DD）`, `The referral date "${input.referredOn}" is not a real date (YYYY-MM-DD)`) });
  } else if (input.referredOn > directory.today) {
    issues.push({ row: draft.row, message: t(`委派日期 ${input.referredOn} 晚于今天`, `The referral date ${input.referredOn} is in the future`) });
  }
  const parties = checkParties(input, draft, directory.today, issues);

  const existingCaseNumber = directory.courtNumbers.get(courtNumber) ?? null;
  let create: CheckedReferral['create'] = null;
  let agencyName = input.respondentAgency;
  let categoryName = input.category ?? null;
  if (existingCaseNumber === null) {
    const agency = findAgency(directory, input.respondentAgency);
    const category = findCategory(directory, input.category ?? null);
    if ('problem' in agency) issues.push({ row: draft.row, message: agency.problem });
    if ('problem' in category) issues.push({ row: draft.row, message: category.problem });
    if ('entry' in agency && 'entry' in category) {
      agencyName = agency.entry.name;
      categoryName = category.entry.name;
      create = { categoryId: category.entry.id, agencyId: agency.entry.id, claims: input.claims || null, disputeFocus: input.disputeFocus || null, parties };
    }
  }
  if (issues.length > 0) return { referral: null, issues };
  return {
    referral: {
      row: draft.row,
      courtNumber,
      source: SOURCE[input.kind],
      title: input.title || defaultTitle(input, agencyName),
      category: categoryName,
      respondentAgency: agencyName,
      referredOn: input.referredOn,
      parties: parties.map((p) => ({ name: p.name, kind: p.kind })),
      action: existingCaseNumber === null ? 'create' : 'existing',
      existingCaseNumber,
      create,
    },
    issues,
  };
}

/** Every referral checked; rejections merged per row, in row order. */
export function checkReferrals(drafts: readonly ReferralDraft[], directory: ReferralDirectory, labels: boolean): ReferralCheck {
  const seen = new Map<string, number>();
  const referrals: CheckedReferral[] = [];
  const byRow = new Map<number, Localized[]>();
  for (const draft of drafts) {
    const { referral, issues } = checkDraft(draft, directory, labels, seen);
    if (referral) referrals.push(referral);
    for (const issue of issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue.message]);
  }
  const rejected = [...byRow].sort(([a], [b]) => a - b).map(([row, reasons]) => ({ row, reasons }));
  return { referrals, rejected };
}
