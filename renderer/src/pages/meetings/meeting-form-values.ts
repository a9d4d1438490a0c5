import dayjs, { type Dayjs } from 'dayjs';
import type { INVITEE_KINDS, INVITEE_ROLES, MeetingDetail, MeetingKind } from '../../../../electron/contract/schemas/meetings';
import type { AppError } from '../../../../electron/contract/result';
import type { MeetingDraftInput } from '../../stores/meetings-store';
import { chinaDayjs, instantOfDayjs } from './china-time';

export type InviteeKind = (typeof INVITEE_KINDS)[number];
export type InviteeRole = (typeof INVITEE_ROLES)[number];

/**
 * One invitee row of the form. A row loaded from the meeting is shown by name and only its role
 * can change (its person is fixed; remove it and add another); a new row picks its person.
 */
export interface InviteeRow {
  kind: InviteeKind;
  existing?: boolean;
  operatorId?: string | null;
  /** Only to narrow the contact picker; not sent. */
  agencyId?: string | null;
  contactId?: string | null;
  partyId?: string | null;
  /** Court staff: typed; existing rows: the stored name, shown. */
  name?: string | null;
  agencyName?: string | null;
  email?: string | null;
  role: InviteeRole;
}

export interface AgendaRow {
  id?: string;
  caseId?: string | null;
  /** '(number) title' of the chosen case, for the picker's label. */
  caseLabel?: string | null;
  topic?: string | null;
  presenter?: string | null;
  minutesAllotted?: number | null;
  proposedPlan?: string | null;
  questions?: string | null;
}

export const NEW_SERIES = '__new__';
export const NO_SERIES = '';

export interface MeetingFormValues {
  kind: MeetingKind;
  title?: string;
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  placeMode: 'room' | 'place';
  roomId?: string | null;
  place?: string | null;
  /**
   * The saved room and place of a meeting being edited. A booked meeting may carry a place beside
   * its room (a note, or the room's name in older data); it is sent back unchanged while the room
   * stays, so an untouched place does not count as a change the invitees must be told about.
   */
  saved?: { roomId: string | null; place: string | null };
  organiserId?: string | null;
  status: 'draft' | 'scheduled';
  /** NO_SERIES, an existing series id, or NEW_SERIES. */
  series: string;
  newSeriesName?: string | null;
  invitees?: InviteeRow[];
  agenda?: AgendaRow[];
}

/** A new meeting between two China wall clocks ('YYYY-MM-DDTHH:mm:ss'). */
export function blankValues(startWall: string, endWall: string, organiserId: string | null): MeetingFormValues {
  return {
    kind: 'analysis',
    title: '',
    startsAt: dayjs(startWall),
    endsAt: dayjs(endWall),
    placeMode: 'room',
    roomId: null,
    place: null,
    organiserId,
    status: 'scheduled',
    series: NO_SERIES,
    newSeriesName: null,
    invitees: organiserId ? [{ kind: 'staff', operatorId: organiserId, role: 'required' }] : [],
    agenda: [],
  };
}

export function valuesFromDetail(d: MeetingDetail): MeetingFormValues {
  return {
    kind: d.kind,
    title: d.title,
    startsAt: chinaDayjs(d.startsAt),
    endsAt: chinaDayjs(d.endsAt),
    placeMode: d.roomId ? 'room' : 'place',
    roomId: d.roomId,
    place: d.roomId ? null : d.place,
    saved: { roomId: d.roomId, place: d.place },
    organiserId: d.organiserId,
    status: d.status === 'draft' ? 'draft' : 'scheduled',
    series: d.seriesId ?? NO_SERIES,
    newSeriesName: null,
    invitees: d.invitees.map((i) => ({
      kind: i.kind,
      existing: true,
      operatorId: i.operatorId,
      contactId: i.contactId,
      partyId: i.partyId,
      name: i.name,
      agencyName: i.agencyName,
      email: i.email,
      role: i.role,
    })),
    agenda: d.agenda.map((a) => ({
      id: a.id,
      caseId: a.caseId,
      caseLabel: a.caseId ? [a.caseNumber, a.caseTitle].filter(Boolean).join(' ') : null,
      topic: a.topic,
      presenter: a.presenter,
      minutesAllotted: a.minutesAllotted,
      proposedPlan: a.proposedPlan,
      questions: a.questions,
    })),
  };
}

function text(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

/** The form as the contract's meeting draft. Times are read as China wall clock. */
export function draftOf(values: MeetingFormValues, id: string | undefined): MeetingDraftInput {
  const room = values.placeMode === 'room';
  const keptPlace = room && values.saved?.roomId && values.saved.roomId === values.roomId ? values.saved.place : null;
  return {
    ...(id ? { id } : {}),
    kind: values.kind,
    title: values.title?.trim() ?? '',
    startsAt: instantOfDayjs(values.startsAt!),
    endsAt: instantOfDayjs(values.endsAt!),
    roomId: room ? (values.roomId ?? null) : null,
    place: room ? keptPlace : text(values.place),
    organiserId: values.organiserId ?? null,
    status: values.status,
    seriesId: values.series && values.series !== NEW_SERIES ? values.series : null,
    newSeriesName: values.series === NEW_SERIES ? text(values.newSeriesName) : null,
    invitees: (values.invitees ?? []).map((i) => ({
      kind: i.kind,
      operatorId: i.kind === 'staff' ? (i.operatorId ?? null) : null,
      contactId: i.kind === 'agency_contact' ? (i.contactId ?? null) : null,
      partyId: i.kind === 'party' ? (i.partyId ?? null) : null,
      // The core names linked people from their records; court staff have only the typed name.
      ...(i.kind === 'court_staff' || i.existing ? { name: text(i.name) } : {}),
      ...(i.email ? { email: i.email } : {}),
      role: i.role,
    })),
    agenda: (values.agenda ?? []).map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      caseId: a.caseId ?? null,
      topic: text(a.topic),
      presenter: text(a.presenter),
      minutesAllotted: a.minutesAllotted ?? null,
      proposedPlan: text(a.proposedPlan),
      questions: text(a.questions),
    })),
  };
}

/**
 * The core names fields by their place in the channel input ('meeting.invitees.2.contactId');
 * the form by its own names. Returns the issues as form field paths.
 */
export function formFieldsOf(error: AppError): { name: (string | number)[]; path: string; message: AppError['message'] }[] {
  return (error.fields ?? []).map((f) => {
    const bare = f.path.replace(/^meeting\./, '');
    const segments = bare.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (segments[0] === 'seriesId') segments[0] = 'series';
    return { name: segments, path: f.path, message: f.message };
  });
}
