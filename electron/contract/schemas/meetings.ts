import { z } from 'zod';
import { text } from './common';
import { DateSchema } from './cases';
import { LocalizedTextSchema } from './agencies';
import { ExportFileSchema } from './files';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/** An instant with an offset, e.g. 2026-12-03T09:30:00+08:00; stored in UTC. */
export const InstantSchema = z.iso.datetime({ offset: true });

export const MEETING_KINDS = ['plenary', 'joint', 'analysis', 'coordination', 'resolution'] as const;
export const MeetingKindSchema = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

export const MEETING_STATUSES = ['draft', 'scheduled', 'held', 'cancelled'] as const;
export const MeetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

export const INVITEE_KINDS = ['staff', 'agency_contact', 'court_staff', 'party'] as const;
export const INVITEE_ROLES = ['chair', 'required', 'optional', 'non_participant'] as const;

// ---- Rooms ------------------------------------------------------------------------

export const RoomSchema = z.object({
  id: z.string(),
  name: z.string(),
  location: z.string().nullable(),
  capacity: z.number().int().nullable(),
  active: z.boolean(),
});
export type Room = z.infer<typeof RoomSchema>;

export const RoomSaveSchema = z
  .object({
    id: z.string().min(1).optional(),
    name: text(60),
    location: optionalText(120),
    capacity: z.number().int().min(1).max(1000).nullable().optional(),
    active: z.boolean().default(true),
  })
  .strict();

// ---- Meetings -----------------------------------------------------------------------

export const InviteeSchema = z.object({
  id: z.string(),
  kind: z.enum(INVITEE_KINDS),
  operatorId: z.string().nullable(),
  contactId: z.string().nullable(),
  partyId: z.string().nullable(),
  /** The agency of an agency contact (for lists and the sign-in sheet). */
  agencyName: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.enum(INVITEE_ROLES),
  attended: z.boolean().nullable(),
});
export type Invitee = z.infer<typeof InviteeSchema>;

export const InviteeInputSchema = z
  .object({
    kind: z.enum(INVITEE_KINDS),
    operatorId: z.string().min(1).nullable().optional(),
    contactId: z.string().min(1).nullable().optional(),
    partyId: z.string().min(1).nullable().optional(),
    /** Required for court staff; for the others the name comes from the linked record when omitted. */
    name: optionalText(60),
    email: z.email().max(120).nullable().optional(),
    role: z.enum(INVITEE_ROLES).default('required'),
  })
  .strict();

export const AgendaItemSchema = z.object({
  id: z.string(),
  sort: z.number().int(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  caseTitle: z.string().nullable(),
  topic: z.string().nullable(),
  presenter: z.string().nullable(),
  minutesAllotted: z.number().int().nullable(),
  proposedPlan: z.string().nullable(),
  questions: z.string().nullable(),
  discussion: z.string().nullable(),
  decision: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** In the order given; an item is a case, a free topic, or both (a case under a heading). */
export const AgendaInputSchema = z
  .object({
    id: z.string().min(1).optional(),
    caseId: z.string().min(1).nullable().optional(),
    topic: optionalText(200),
    presenter: optionalText(60),
    minutesAllotted: z.number().int().min(1).max(600).nullable().optional(),
    proposedPlan: optionalText(4000),
    questions: optionalText(2000),
  })
  .strict();

export const ActionItemSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  agendaItemId: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  description: z.string(),
  dueOn: DateSchema.nullable(),
  status: z.enum(['open', 'done', 'dropped']),
  /** The coordination task it became when the minutes were finalised. */
  taskId: z.string().nullable(),
  taskStatus: z.string().nullable(),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const MinutesSchema = z.object({
  summary: z.string().nullable(),
  recordedBy: z.string().nullable(),
  finalisedAt: z.string().nullable(),
});

export const MeetingSummarySchema = z.object({
  id: z.string(),
  seriesId: z.string().nullable(),
  seriesName: z.string().nullable(),
  kind: MeetingKindSchema,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  roomId: z.string().nullable(),
  roomName: z.string().nullable(),
  place: z.string().nullable(),
  status: MeetingStatusSchema,
  agendaCount: z.number().int(),
  inviteeCount: z.number().int(),
});
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;

export const MeetingDetailSchema = MeetingSummarySchema.extend({
  organiserId: z.string().nullable(),
  organiserName: z.string().nullable(),
  icsSequence: z.number().int(),
  invitees: z.array(InviteeSchema),
  agenda: z.array(AgendaItemSchema),
  minutes: MinutesSchema.nullable(),
  actionItems: z.array(ActionItemSchema),
  /** Open action items of earlier meetings in the series (they carry over into the pack). */
  carriedOver: z.array(ActionItemSchema),
});
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>;

export const MeetingListInputSchema = z
  .object({
    from: InstantSchema,
    to: InstantSchema,
    includeCancelled: z.boolean().default(false),
  })
  .strict();

export const MeetingDraftSchema = z
  .object({
    id: z.string().min(1).optional(),
    kind: MeetingKindSchema,
    title: text(200),
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    roomId: z.string().min(1).nullable().optional(),
    place: optionalText(200),
    organiserId: z.string().min(1).nullable().optional(),
    status: z.enum(['draft', 'scheduled']).default('draft'),
    /** Join an existing series, or start a new one with this name. */
    seriesId: z.string().min(1).nullable().optional(),
    newSeriesName: optionalText(100),
    invitees: z.array(InviteeInputSchema).max(200).default([]),
    agenda: z.array(AgendaInputSchema).max(60).default([]),
  })
  .strict();
export type MeetingDraft = z.output<typeof MeetingDraftSchema>;

// ---- Clash checks -------------------------------------------------------------------

export const CLASH_KINDS = ['room', 'staff', 'contact', 'holiday', 'after_hours'] as const;

export const ClashSchema = z.object({
  kind: z.enum(CLASH_KINDS),
  /** error = cannot be saved (a double-booked room); warning = can be saved once acknowledged. */
  severity: z.enum(['error', 'warning']),
  message: LocalizedTextSchema,
  /** The other meeting, for room/staff/contact clashes. */
  other: z.object({ id: z.string(), title: z.string(), startsAt: z.string(), endsAt: z.string() }).nullable(),
});
export type Clash = z.infer<typeof ClashSchema>;

export const MeetingSaveInputSchema = z
  .object({ meeting: MeetingDraftSchema, acceptWarnings: z.boolean().default(false) })
  .strict();

export const MeetingMoveSchema = z
  .object({ id: z.string().min(1), startsAt: InstantSchema, endsAt: InstantSchema, acceptWarnings: z.boolean().default(false) })
  .strict();

/** saved = false when a clash stopped it (an error, or warnings not accepted); nothing changed then. */
export const MeetingSaveResultSchema = z.object({
  saved: z.boolean(),
  meeting: MeetingDetailSchema.nullable(),
  clashes: z.array(ClashSchema),
});

export const MeetingStatusInputSchema = z
  .object({ id: z.string().min(1), status: MeetingStatusSchema, reason: optionalText(500) })
  .strict();

export const MeetingIdSchema = z.object({ id: z.string().min(1) }).strict();

// ---- Minutes ---------------------------------------------------------------------------

export const ActionItemInputSchema = z
  .object({
    id: z.string().min(1).optional(),
    agendaItemId: z.string().min(1).nullable().optional(),
    caseId: z.string().min(1).nullable().optional(),
    agencyId: z.string().min(1),
    contactId: z.string().min(1).nullable().optional(),
    description: text(2000),
    dueOn: DateSchema,
  })
  .strict();

export const MinutesSaveSchema = z
  .object({
    meetingId: z.string().min(1),
    summary: optionalText(8000),
    attendance: z.array(z.object({ inviteeId: z.string().min(1), attended: z.boolean() }).strict()).max(200).default([]),
    items: z
      .array(z.object({ agendaItemId: z.string().min(1), discussion: optionalText(8000), decision: optionalText(4000) }).strict())
      .max(60)
      .default([]),
    actionItems: z.array(ActionItemInputSchema).max(100).default([]),
    /** Finalise: the meeting becomes held and every action item becomes a coordination task. */
    finalise: z.boolean().default(false),
  })
  .strict();

// ---- Documents --------------------------------------------------------------------------

export const MeetingDocumentInputSchema = z
  .object({
    id: z.string().min(1),
    formats: z.array(z.enum(['docx', 'pdf'])).min(1).max(2).default(['docx', 'pdf']),
  })
  .strict();

/**
 * In the app the files are written to a folder the user picks (paths set, files empty); in
 * browser mode and tests they come back for download (files set). Cancelled picking → both empty.
 */
export const SavedFilesSchema = z.object({
  folder: z.string().nullable(),
  paths: z.array(z.string()),
  files: z.array(ExportFileSchema),
  cancelled: z.boolean(),
});
export type SavedFiles = z.infer<typeof SavedFilesSchema>;

export const IcsInputSchema = z.union([
  z.object({ id: z.string().min(1) }).strict(),
  z.object({ from: DateSchema, to: DateSchema }).strict(),
]);
