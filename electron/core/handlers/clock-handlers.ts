import type { CLOCK_CHANNELS } from '../../contract/channels/clock-channels';
import {
  extendClock,
  getHolidayYear,
  importHolidays,
  resumeClock,
  saveHolidayYear,
  suspendClock,
} from '../clocks';
import { actorOf } from '../services/operators';
import { toContractClock } from '../cases/case-clocks';
import type { AreaHandlers } from './registry';

export const CLOCK_HANDLERS: AreaHandlers<typeof CLOCK_CHANNELS> = {
  'clocks.suspend': function handleClockSuspend(core, call, input) {
    return toContractClock(suspendClock(core, actorOf(call.operator ?? undefined), input));
  },
  'clocks.resume': function handleClockResume(core, call, input) {
    return toContractClock(resumeClock(core, actorOf(call.operator ?? undefined), input));
  },
  'clocks.extend': function handleClockExtend(core, call, input) {
    return toContractClock(extendClock(core, actorOf(call.operator ?? undefined), input));
  },
  'holidays.get': function handleHolidaysGet(core, _call, input) {
    const year = getHolidayYear(core, input.year);
    return { year: year.year, provisional: year.provisional, days: year.days };
  },
  'holidays.save': function handleHolidaysSave(core, call, input) {
    const saved = saveHolidayYear(core, actorOf(call.operator ?? undefined), input.year, input.days);
    return { year: saved.year, provisional: saved.provisional, days: saved.days };
  },
  'holidays.import': function handleHolidaysImport(core, call, input) {
    const result = importHolidays(core, actorOf(call.operator ?? undefined), input);
    return { years: result.years, days: result.days, changed: result.changed };
  },
};

