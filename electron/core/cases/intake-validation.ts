import type { CaseIntake, PartyInput } from '../../contract/schemas/cases';
import type { FieldIssue, Localized } from '../../contract/result';
import { isIsoDate } from '../clocks/calendar';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { AgencyRole } from '../db/schema';
import { isValidResidentId, normaliseResidentId } from '../validation/resident-id';
import { isValidUscc } from '../validation/uscc';
import { field, t } from './messages';

/**
 * The checks of the intake form that need the database or domain rules (the contract's zod
 * schema already checked shapes and lengths). Each returns field issues with both languages, so
 * the form can mark the very field; nothing here throws.
 */

export interface CaseWarning {
  code: string;
  message: Localized;
}

/** Administrative Litigation Law art. 60: warn, never block, when no mediable ground is ticked. */
export function mediabilityWarnings(flags: readonly string[]): CaseWarning[] {
  if (flags.length > 0) return [];
  return [
    {
      code: 'MEDIABILITY_NONE',
      message: t(
        '行政诉讼法第六十条：行政案件一般不适用调解，但行政赔偿、补偿以及行政机关行使法律、法规规定的自由裁量权的案件除外。本案未勾选上述任何情形，请确认是否适宜化解。',
        'Administrative Litigation Law art. 60: administrative cases are generally not mediated, except for administrative compensation, indemnity, and cases on the exercise of discretionary power granted by laws and regulations. None of these grounds is ticked for this case; check that it can be mediated.',
      ),
    },
  ];
}

function blankToNull(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

export interface NormalisedParty {
  id: string | undefined;
  role: PartyInput['role'];
  kind: PartyInput['kind'];
  name: string;
  idType: NonNullable<PartyInput['idType']> | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

/** Empty strings become null; resident ID and credit code numbers are upper-cased (a typed x). */
export function normaliseParty(p: PartyInput): NormalisedParty {
  const idType = p.idType ?? null;
  let idNumber = blankToNull(p.idNumber);
  if (idNumber && (idType === 'resident_id' || idType === 'uscc')) idNumber = normaliseResidentId(idNumber);
  return {
    id: p.id,
    role: p.role,
    kind: p.kind,
    name: p.name.trim(),
    idType,
    idNumber,
    phone: blankToNull(p.phone),
    address: blankToNull(p.address),
  };
}

/**
 * ID numbers: GB 11643 (check character and a real birth date) for resident IDs, GB 32100 for
 * unified social credit codes. `unchanged` holds party ids whose number is as stored: a legacy
 * number that passed an older rule is not re-judged when someone edits the phone number.
 */
export function partyIssues(
  parties: readonly NormalisedParty[],
  today: string,
  knownPartyIds: ReadonlyMap<string, { idType: string | null; idNumber: string | null }> | null,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  parties.forEach((p, i) => {
    const at = (key: string) => `parties.${i}.${key}`;
    if (p.id !== undefined) {
      if (!knownPartyIds?.has(p.id)) {
        issues.push(field(at('id'), '该当事人不属于本案', 'This party does not belong to the case'));
        return;
      }
      const stored = knownPartyIds.get(p.id)!;
      if (stored.idType === p.idType && stored.idNumber === p.idNumber) return;
    }
    if (p.idNumber && !p.idType) {
      issues.push(field(at('idType'), '请选择证件类型', 'Choose the ID type'));
      return;
    }
    if (!p.idNumber) return;
    if (p.idType === 'resident_id' && !isValidResidentId(p.idNumber, today)) {
      issues.push(
        field(
          at('idNumber'),
          '居民身份证号码无效：应为18位，出生日期真实，且校验码符合 GB 11643',
          'Invalid resident ID number: 18 characters, a real birth date and a GB 11643 check character',
        ),
      );
    }
    if (p.idType === 'uscc' && !isValidUscc(p.idNumber)) {
      issues.push(
        field(
          at('idNumber'),
          '统一社会信用代码无效：应为18位，且校验码符合 GB 32100',
          'Invalid unified social credit code: 18 characters with a GB 32100 check character',
        ),
      );
    }
  });
  return issues;
}

export function categoryIssues(core: Core, categoryId: string): FieldIssue[] {
  const row = core.q.first(qb.selectFrom('dispute_categories').select('active').where('id', '=', categoryId));
  if (!row) return [field('categoryId', '争议类型不存在', 'Unknown dispute category')];
  if (row.active !== 1) return [field('categoryId', '该争议类型已停用', 'This dispute category is retired')];
  return [];
}

export function coordinatorIssues(core: Core, coordinatorId: string | null | undefined): FieldIssue[] {
  if (!coordinatorId) return [];
  const row = core.q.first(qb.selectFrom('operators').select('active').where('id', '=', coordinatorId));
  if (!row || row.active !== 1) {
    return [field('coordinatorId', '协调员不存在或已停用', 'The coordinator is unknown or inactive')];
  }
  return [];
}

/**
 * Agencies: each exists (and is active, unless the case already links it in that role), exactly
 * one respondent, no agency twice in the same role.
 */
export function agencyIssues(
  core: Core,
  agencies: readonly { agencyId: string; role: AgencyRole }[],
  existingLinks: ReadonlySet<string> = new Set(),
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  agencies.forEach((a, i) => {
    const key = linkKey(a.agencyId, a.role);
    if (seen.has(key)) {
      issues.push(field(`agencies.${i}.agencyId`, '同一单位以相同角色重复列出', 'The same agency is listed twice in the same role'));
    }
    seen.add(key);
    const row = core.q.first(
      qb.selectFrom('agencies').select(['active', 'deleted_at']).where('id', '=', a.agencyId),
    );
    const usable = row && row.deleted_at === null && (row.active === 1 || existingLinks.has(key));
    if (!usable) {
      issues.push(field(`agencies.${i}.agencyId`, '单位不存在或已停用', 'The agency is unknown or inactive'));
    }
  });
  const respondents = agencies.filter((a) => a.role === 'respondent').length;
  if (respondents !== 1) {
    issues.push(
      field(
        'agencies',
        respondents === 0 ? '请指定一个被申请行政机关' : '被申请行政机关只能有一个',
        respondents === 0 ? 'Name the respondent agency' : 'A case has exactly one respondent agency',
      ),
    );
  }
  return issues;
}

export function linkKey(agencyId: string, role: string): string {
  return `${agencyId}\u0000${role}`;
}

export function courtNumberIssues(core: Core, courtNumber: string | null, exceptCaseId?: string): FieldIssue[] {
  if (!courtNumber) return [];
  let query = qb.selectFrom('cases').select(['id', 'case_number']).where('court_number', '=', courtNumber);
  if (exceptCaseId) query = query.where('id', '!=', exceptCaseId);
  const other = core.q.first(query);
  if (!other) return [];
  return [
    field(
      'courtNumber',
      `法院案号已被案件 ${other.case_number} 使用`,
      `The court number is already used by case ${other.case_number}`,
    ),
  ];
}

export function receivedOnIssues(receivedOn: string, today: string, acceptedOn: string | null = null): FieldIssue[] {
  if (!isIsoDate(receivedOn)) return [field('receivedOn', '日期无效', 'Not a real date')];
  if (receivedOn > today) return [field('receivedOn', '收案日期不能晚于今天', 'The received date cannot be in the future')];
  if (acceptedOn && receivedOn > acceptedOn) {
    return [field('receivedOn', `收案日期不能晚于受理日期 ${acceptedOn}`, `The received date cannot be after the acceptance date ${acceptedOn}`)];
  }
  return [];
}

/** Yuan with at most two decimals, stored as integer cents. */
export function amountCents(amountYuan: number | null | undefined): { cents: number | null; issues: FieldIssue[] } {
  if (amountYuan === null || amountYuan === undefined) return { cents: null, issues: [] };
  const cents = Math.round(amountYuan * 100);
  if (Math.abs(amountYuan * 100 - cents) > 1e-6) {
    return { cents: null, issues: [field('amountYuan', '金额最多保留两位小数', 'At most two decimals (fen)')] };
  }
  return { cents, issues: [] };
}

export function courtNumberOf(input: Pick<CaseIntake, 'courtNumber'>): string | null {
  return blankToNull(input.courtNumber);
}

export { blankToNull };
