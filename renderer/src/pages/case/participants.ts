import type { CaseDetail } from '../../../../electron/contract/schemas/cases';
import type { OperatorOption } from '../../stores/reference-store';

export type Participant = CaseDetail['activities'][number]['participants'][number];

/**
 * A participant as a tags-Select value. Known people are encoded with their kind and id; anything
 * typed in is a plain name of kind `other`.
 */
const PREFIX = 'p\u0001';

export function encodeParticipant(p: Participant): string {
  if (p.kind === 'other' && !p.refId) return p.name;
  return `${PREFIX}${p.kind}\u0001${p.refId ?? ''}\u0001${p.name}`;
}

export function decodeParticipant(value: string): Participant {
  if (!value.startsWith(PREFIX)) return { kind: 'other', refId: null, name: value.trim() };
  const [kind, refId, name] = value.slice(PREFIX.length).split('\u0001') as [Participant['kind'], string, string];
  return { kind, refId: refId || null, name };
}

export interface ParticipantGroup {
  kind: Participant['kind'];
  people: Participant[];
}

/** Who can be picked: the center's staff, the case's agencies and its parties. */
export function participantGroups(detail: CaseDetail, operators: OperatorOption[]): ParticipantGroup[] {
  return [
    { kind: 'staff', people: operators.map((o) => ({ kind: 'staff', refId: o.id, name: o.name })) },
    { kind: 'agency_contact', people: detail.agencies.map((a) => ({ kind: 'agency_contact', refId: a.agencyId, name: a.name })) },
    { kind: 'party', people: detail.parties.map((p) => ({ kind: 'party', refId: p.id, name: p.name })) },
  ];
}
