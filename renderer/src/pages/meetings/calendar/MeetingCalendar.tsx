import { useEffect, useMemo, useRef } from 'react';
import { App } from 'antd';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import type { DateSelectArg, DatesSetArg, DayCellContentArg, EventClickArg, EventDropArg, EventMountArg } from '@fullcalendar/core';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../../electron/contract/schemas/meetings';
import { useAppStore, useMeetingsStore } from '../../../stores/stores';
import { pick, toAppError } from '../../../lib/app-error';
import type { HolidayDay } from '../../../stores/meetings-store';
import { chinaNowWall, formatSpan, wallOfCalendarDate } from '../china-time';
import { dayKinds, holidayEvents, instantOfCalendarDate, meetingEvents } from './calendar-events';
import { askAboutMoveClashes } from './move-clashes';
import './meetings-calendar.css';

export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'timeGridDay'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

const PLUGINS = [dayGridPlugin, timeGridPlugin, interactionPlugin];
const HOURS = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
// The center's working day (the core's default working hours) and week; rest days come shaded
// from the holiday calendar on top.
const BUSINESS_HOURS = { daysOfWeek: [1, 2, 3, 4, 5], startTime: '08:30', endTime: '17:30' };

/**
 * Month, week and day views of the meetings, in China time whatever the machine's zone (the
 * calendar runs in UTC mode on China wall clocks, see china-time.ts). Select a slot to schedule;
 * drag or resize to move, with the core's clash check before anything is saved.
 */
export function MeetingCalendar({
  meetings,
  holidays,
  view,
  date,
  onDatesSet,
  onSelectSlot,
  onOpen,
}: {
  meetings: readonly MeetingSummary[];
  holidays: readonly HolidayDay[];
  /** The view and date the address asks for; the calendar follows when they change. */
  view: CalendarView;
  date: string | undefined;
  onDatesSet: (arg: DatesSetArg) => void;
  onSelectSlot: (startWall: string, endWall: string) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const language = useAppStore((s) => s.language);
  const move = useMeetingsStore((s) => s.move);
  const calendar = useRef<FullCalendar>(null);

  const events = useMemo(
    () => [...meetingEvents(meetings), ...holidayEvents(holidays, (name) => t('meetings.calendar.workdayName', { name }))],
    [meetings, holidays, t],
  );
  const kinds = useMemo(() => dayKinds(holidays), [holidays]);

  // A link or the history can change the address while the page stays: go where it says. When the
  // calendar itself moved, datesSet already wrote its state into the address and nothing happens.
  useEffect(() => {
    const api = calendar.current?.getApi();
    if (!api) return;
    const shown = wallOfCalendarDate(api.view.currentStart).slice(0, 10);
    const inView = date ? date >= shown && date < wallOfCalendarDate(api.view.currentEnd).slice(0, 10) : true;
    if (api.view.type !== view || !inView) api.changeView(view, date);
  }, [view, date]);

  function dayClasses(arg: DayCellContentArg): string[] {
    const kind = kinds.get(wallOfCalendarDate(arg.date).slice(0, 10));
    return kind === 'holiday' ? ['adr-fc-holiday'] : kind === 'workday' ? ['adr-fc-workday'] : [];
  }

  function handleSelect(arg: DateSelectArg) {
    calendar.current?.getApi().unselect();
    const start = wallOfCalendarDate(arg.start);
    if (arg.allDay) {
      // A day picked in the month view: a one-hour meeting at nine that day, to adjust in the form.
      const day = start.slice(0, 10);
      onSelectSlot(`${day}T09:00:00`, `${day}T10:00:00`);
      return;
    }
    onSelectSlot(start, wallOfCalendarDate(arg.end));
  }

  async function handleChange(arg: EventDropArg | EventResizeDoneArg) {
    const { event } = arg;
    if (!event.start || !event.end) {
      arg.revert();
      return;
    }
    const startsAt = instantOfCalendarDate(event.start);
    const endsAt = instantOfCalendarDate(event.end);
    try {
      let result = await move(event.id, startsAt, endsAt, false);
      if (!result.saved && (await askAboutMoveClashes(modal, t, language, result.clashes))) {
        result = await move(event.id, startsAt, endsAt, true);
      }
      if (!result.saved) {
        arg.revert();
        return;
      }
      void message.success(t('meetings.calendar.moved', { title: event.title, when: formatSpan(startsAt, endsAt) }));
    } catch (error) {
      arg.revert();
      void message.error(t('meetings.calendar.moveFailed', { message: pick(toAppError(error).message, language) }));
    }
  }

  function handleMount(arg: EventMountArg) {
    const m = arg.event.extendedProps.meeting as MeetingSummary | undefined;
    if (!m) return;
    // What a hover or a screen reader needs: kind, status, time and place.
    const where = m.roomName ?? m.place ?? '';
    arg.el.title = [m.title, `${t(`meetings.kind.${m.kind}`)} · ${t(`meetings.status.${m.status}`)}`, formatSpan(m.startsAt, m.endsAt), where]
      .filter(Boolean)
      .join('\n');
    arg.el.setAttribute('data-testid', 'calendar-meeting');
    arg.el.setAttribute('data-meeting-id', m.id);
  }

  return (
    <div className="adr-calendar" data-testid="meeting-calendar" aria-label={t('meetings.calendar.label')} role="region">
      <FullCalendar
        ref={calendar}
        plugins={PLUGINS}
        initialView={view}
        initialDate={date}
        timeZone="UTC"
        now={chinaNowWall}
        locale={language === 'zh-CN' ? zhCnLocale : 'en'}
        firstDay={1}
        headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,timeGridDay' }}
        buttonText={language === 'zh-CN' ? undefined : { today: 'Today', month: 'Month', week: 'Week', day: 'Day' }}
        height="100%"
        businessHours={BUSINESS_HOURS}
        slotMinTime="07:00:00"
        slotMaxTime="21:00:00"
        scrollTime="08:00:00"
        slotDuration="00:30:00"
        snapDuration="00:15:00"
        slotLabelFormat={HOURS}
        eventTimeFormat={HOURS}
        nowIndicator
        allDaySlot
        dayMaxEvents={4}
        // Month cells show meetings as coloured blocks (not dots): kind and cancellation read at a glance.
        eventDisplay="block"
        selectable
        selectMirror
        eventInteractive
        forceEventDuration
        events={events}
        datesSet={onDatesSet}
        select={handleSelect}
        eventClick={(arg: EventClickArg) => {
          if (arg.event.display === 'background') return;
          arg.jsEvent.preventDefault();
          onOpen(arg.event.id);
        }}
        eventDrop={(arg) => void handleChange(arg)}
        eventResize={(arg) => void handleChange(arg)}
        eventDidMount={handleMount}
        dayCellClassNames={dayClasses}
      />
    </div>
  );
}
