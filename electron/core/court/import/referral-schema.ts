import { z } from 'zod';
import { ID_TYPES } from '../../../contract/schemas/cases';
import type { Localized } from '../../../contract/result';
import { t } from '../../cases/messages';
import { issueText } from './issue-text';
import { REFERRAL_COLUMN_SPECS, allowedLabels, type CodedField, type ReferralColumn } from './referral-columns';

/**
 * The shape of one referral, whatever file it came from: the JSON format's referral object, which
 * a spreadsheet's rows are turned into first. Lengths are the intake form's. Strict: a misspelt
 * field ("courtNo") would otherwise drop the court's data without a word.
 */

const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const ReferralPartySchema = z
  .object({
    role: z.enum(['applicant', 'third_party', 'representative']).default('applicant'),
    kind: z.enum(['person', 'organisation']),
    name: z.string().trim().min(1).max(100),
    idType: z.enum(ID_TYPES).nullish(),
    idNumber: optionalText(40),
    phone: optionalText(40),
    address: optionalText(200),
  })
  .strict();

export const ReferralSchema = z
  .object({
    courtNumber: z.string().trim().min(1).max(60),
    kind: z.enum(['delegated', 'entrusted']),
    title: optionalText(200),
    category: optionalText(100),
    respondentAgency: z.string().trim().min(1).max(100),
    referredOn: z.string().trim().min(1),
    claims: optionalText(4000),
    disputeFocus: optionalText(4000),
    parties: z.array(ReferralPartySchema).min(1).max(50),
  })
  .strict();
export type ReferralInput = z.output<typeof ReferralSchema>;

/** The whole JSON file. Other top-level keys (a generator's metadata) are ignored. */
export const REFERRALS_FORMAT = 'adr-court-referrals';
export const ReferralFileSchema = z.object({
  format: z.literal(REFERRALS_FORMAT),
  version: z.literal(1),
  court: z.string().trim().max(100).nullish(),
  referrals: z.array(z.unknown()).min(1),
});

/** JSON field → the column users know it by (a party's `kind` is the party-kind column). */
function fieldColumn(path: readonly PropertyKey[]): ReferralColumn | null {
  const inParty = path[0] === 'parties' && typeof path[1] === 'number';
  const key = inParty ? path[2] : path[0];
  if (inParty && key === 'kind') return 'partyKind';
  return typeof key === 'string' && key in REFERRAL_COLUMN_SPECS ? (key as ReferralColumn) : null;
}

const CODED: Partial<Record<ReferralColumn, CodedField>> = { kind: 'kind', partyKind: 'partyKind', role: 'role', idType: 'idType' };

/** One issue of a referral, naming its column; `labels`: allowed values as words (spreadsheets), not codes (JSON). */
export function describeIssue(issue: z.core.$ZodIssue, labels: boolean): Localized {
  const column = fieldColumn(issue.path);
  const field = column
    ? t(REFERRAL_COLUMN_SPECS[column].header, `${REFERRAL_COLUMN_SPECS[column].header} (${column})`)
    : issue.path[0] === 'parties' && issue.path.length === 1
      ? t('当事人', 'parties')
      : null;
  const coded = column ? CODED[column] : undefined;
  return issueText(issue, field, labels && coded ? allowedLabels(coded) : undefined);
}
