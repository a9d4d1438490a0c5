import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';
import { NoInput } from '../schemas/common';
import {
  CaseListQuerySchema,
  CaseListResultSchema,
  SavedViewInputSchema,
  SavedViewSchema,
  SearchHitSchema,
  SearchInputSchema,
} from '../schemas/case-list';

export const LIST_CHANNELS = {
  'cases.list': { input: CaseListQuerySchema, output: CaseListResultSchema, permission: 'cases.read', writes: false },
  'cases.search': {
    input: SearchInputSchema,
    output: z.array(SearchHitSchema),
    permission: 'cases.read',
    writes: false,
  },
  'views.list': { input: NoInput, output: z.array(SavedViewSchema), permission: 'cases.read', writes: false },
  'views.save': { input: SavedViewInputSchema, output: SavedViewSchema, permission: 'cases.read', writes: true },
  'views.delete': { input: z.object({ id: z.string().min(1) }).strict(), output: z.object({ ok: z.literal(true) }), permission: 'cases.read', writes: true },
} as const satisfies Record<string, ChannelSpec>;
