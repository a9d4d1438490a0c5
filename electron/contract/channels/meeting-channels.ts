import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';
import { NoInput } from '../schemas/common';
import { ExportFileSchema } from '../schemas/files';
import {
  ClashSchema,
  IcsInputSchema,
  MeetingDetailSchema,
  MeetingDocumentInputSchema,
  MeetingIdSchema,
  MeetingListInputSchema,
  MeetingMoveSchema,
  MeetingSaveInputSchema,
  MeetingSaveResultSchema,
  MeetingStatusInputSchema,
  MeetingSummarySchema,
  MinutesSaveSchema,
  RoomSaveSchema,
  RoomSchema,
  SavedFilesSchema,
} from '../schemas/meetings';

/** Meetings (issue 5): scheduling with clash checks, invitations, packs, minutes and action items. */
export const MEETING_CHANNELS = {
  'rooms.list': { input: NoInput, output: z.array(RoomSchema), permission: 'meetings.read', writes: false },
  'rooms.save': { input: RoomSaveSchema, output: RoomSchema, permission: 'meetings.admin', writes: true },
  'series.list': {
    input: NoInput,
    output: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), meetings: z.number().int() })),
    permission: 'meetings.read',
    writes: false,
  },
  'meetings.list': { input: MeetingListInputSchema, output: z.array(MeetingSummarySchema), permission: 'meetings.read', writes: false },
  'meetings.get': { input: MeetingIdSchema, output: MeetingDetailSchema, permission: 'meetings.read', writes: false },
  'meetings.check': { input: MeetingSaveInputSchema, output: z.array(ClashSchema), permission: 'meetings.read', writes: false },
  'meetings.save': { input: MeetingSaveInputSchema, output: MeetingSaveResultSchema, permission: 'meetings.write', writes: true },
  'meetings.move': { input: MeetingMoveSchema, output: MeetingSaveResultSchema, permission: 'meetings.write', writes: true },
  'meetings.setStatus': { input: MeetingStatusInputSchema, output: MeetingDetailSchema, permission: 'meetings.write', writes: true },
  'meetings.saveMinutes': { input: MinutesSaveSchema, output: MeetingDetailSchema, permission: 'meetings.write', writes: true },
  'meetings.ics': { input: IcsInputSchema, output: ExportFileSchema, permission: 'meetings.read', writes: false },
  'meetings.pack': { input: MeetingDocumentInputSchema, output: SavedFilesSchema, permission: 'meetings.read', writes: false },
  'meetings.minutesExport': { input: MeetingDocumentInputSchema, output: SavedFilesSchema, permission: 'meetings.read', writes: false },
} as const satisfies Record<string, ChannelSpec>;
