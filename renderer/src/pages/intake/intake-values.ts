import type { Dayjs } from 'dayjs';
import type { CaseIntakeInput } from '../../stores/intake-store';

type Party = CaseIntakeInput['parties'][number];
type CaseAgency = CaseIntakeInput['agencies'][number];

export interface PartyValues {
  kind: Party['kind'];
  name?: string;
  idType?: NonNullable<Party['idType']>;
  idNumber?: string;
  phone?: string;
  address?: string;
}

export interface AgencyValues {
  agencyId?: string;
  role: CaseAgency['role'];
}

/** What the form holds: antd values (dayjs dates, undefined for untouched fields). */
export interface IntakeValues {
  title?: string;
  source?: CaseIntakeInput['source'];
  courtNumber?: string;
  categoryId?: string;
  mediabilityFlags: NonNullable<CaseIntakeInput['mediabilityFlags']>;
  complexity: CaseIntakeInput['complexity'];
  coordinatorId?: string;
  disputeFocus?: string;
  claims?: string;
  amountYuan?: number | null;
  receivedOn?: Dayjs;
  notes?: string;
  parties: PartyValues[];
  agencies: AgencyValues[];
}

export const EMPTY_PARTY: PartyValues = { kind: 'person', idType: 'resident_id' };
export const EMPTY_AGENCY: AgencyValues = { role: 'related' };

/** Blank text is "not given": the contract wants null, not an empty string. */
function optional(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The validated form values as the `cases.create` input. */
export function toIntakeInput(values: IntakeValues): CaseIntakeInput {
  return {
    title: values.title?.trim() ?? '',
    source: values.source!,
    courtNumber: optional(values.courtNumber),
    categoryId: values.categoryId!,
    mediabilityFlags: values.mediabilityFlags,
    complexity: values.complexity,
    coordinatorId: values.coordinatorId ?? null,
    disputeFocus: optional(values.disputeFocus),
    claims: optional(values.claims),
    amountYuan: values.amountYuan ?? null,
    receivedOn: values.receivedOn!.format('YYYY-MM-DD'),
    notes: optional(values.notes),
    parties: values.parties.map((p) => ({
      role: 'applicant' as const,
      kind: p.kind,
      name: p.name?.trim() ?? '',
      idType: p.idType ?? null,
      idNumber: optional(p.idNumber)?.toUpperCase() ?? null,
      phone: optional(p.phone),
      address: optional(p.address),
    })),
    agencies: values.agencies.map((a) => ({ agencyId: a.agencyId!, role: a.role })),
  };
}
