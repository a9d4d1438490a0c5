import type { ChannelSpec } from '../channel-spec';
import { ClockViewSchema } from '../schemas/cases';
import {
  ClockExtendSchema,
  ClockResumeSchema,
  ClockSuspendSchema,
  HolidayImportResultSchema,
  HolidayImportSchema,
  HolidaySaveSchema,
  HolidayYearInputSchema,
  HolidayYearSchema,
} from '../schemas/clocks';

export const CLOCK_CHANNELS = {
  'clocks.suspend': { input: ClockSuspendSchema, output: ClockViewSchema, permission: 'cases.write', writes: true },
  'clocks.resume': { input: ClockResumeSchema, output: ClockViewSchema, permission: 'cases.write', writes: true },
  'clocks.extend': { input: ClockExtendSchema, output: ClockViewSchema, permission: 'cases.write', writes: true },
  'holidays.get': { input: HolidayYearInputSchema, output: HolidayYearSchema, permission: 'cases.read', writes: false },
  'holidays.save': { input: HolidaySaveSchema, output: HolidayYearSchema, permission: 'holidays.admin', writes: true },
  'holidays.import': { input: HolidayImportSchema, output: HolidayImportResultSchema, permission: 'holidays.admin', writes: true },
} as const satisfies Record<string, ChannelSpec>;
