/**
 * The deadline engine and the holiday calendar: what other services call.
 * Pure rules (no database): calendar.ts, deadline.ts. Services (one transaction + audit per
 * write): clock-service.ts, holiday-service.ts.
 */
export {
  HolidayCalendar,
  addWorkingDays,
  isIsoDate,
  isWeekend,
  workingDaysBetween,
  type HolidayDay,
  type HolidayKind,
} from './calendar';
export {
  DUE_SOON_WORKING_DAYS,
  clockState,
  computeDeadline,
  dueDate,
  type AdjustmentInput,
  type ClockFacts,
  type ClockState,
  type ClockStateName,
  type ClockStatus,
  type Deadline,
} from './deadline';
export {
  CLOCK_KINDS,
  cancelClock,
  completeClock,
  dueSoonAndOverdue,
  extendClock,
  getClock,
  listClocks,
  loadCalendar,
  openClock,
  recomputeClock,
  recomputeOpenClocks,
  resumeClock,
  suspendClock,
  toDueItem,
  type ClockAdjustmentView,
  type ClockKind,
  type ClockView,
  type DueItem,
  type ExtendClockInput,
  type ListClocksOptions,
  type OpenClockInput,
  type ResumeClockInput,
  type SuspendClockInput,
} from './clock-service';
export {
  PROVISIONAL_YEARS_KEY,
  getHolidayYear,
  holidayYears,
  importHolidays,
  listHolidays,
  provisionalYears,
  saveHolidayYear,
  type ClockMove,
  type HolidayImportResult,
  type HolidaySaveResult,
  type HolidayYear,
} from './holiday-service';
export { BUNDLED_HOLIDAY_YEARS, type HolidayYearFile } from './holiday-data';
