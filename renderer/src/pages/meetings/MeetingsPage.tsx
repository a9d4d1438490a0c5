import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Flex, Space, Spin, Switch, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { DatesSetArg } from '@fullcalendar/core';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS } from '../../../../electron/contract/schemas/meetings';
import { useMeetingsStore } from '../../stores/stores';
import type { HolidayDay } from '../../stores/meetings-store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { chinaToday, wallOfCalendarDate } from './china-time';
import { CALENDAR_VIEWS, MeetingCalendar, type CalendarView } from './calendar/MeetingCalendar';
import { instantOfCalendarDate, yearsBetween } from './calendar/calendar-events';
import { MeetingFormModal, type MeetingFormTarget } from './form/MeetingFormModal';
import { KIND_COLOR } from './meeting-kind';
import './meetings.css';

function isView(value: string | null): value is CalendarView {
  return (CALENDAR_VIEWS as readonly (string | null)[]).includes(value);
}

/** The next working day after today on the holiday calendar (weekends unless made working days). */
function nextWorkingDay(holidays: readonly HolidayDay[]): string {
  const kinds = new Map(holidays.map((d) => [d.date, d.kind]));
  const day = new Date(`${chinaToday()}T00:00:00Z`);
  for (let i = 0; i < 30; i += 1) {
    day.setUTCDate(day.getUTCDate() + 1);
    const date = day.toISOString().slice(0, 10);
    const kind = kinds.get(date);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (kind === 'workday' || (!weekend && kind !== 'holiday')) return date;
  }
  return day.toISOString().slice(0, 10);
}

/** 会议: the calendar of meetings (month, week, day) with the holiday calendar shaded. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // The view and date live in the address, so going back to the calendar returns to the same week.
  const viewParam = params.get('view');
  const dateParam = params.get('date');
  const view: CalendarView = isView(viewParam) ? viewParam : 'timeGridWeek';
  const date = dateParam && /^\d{4}-\d{2}-\d{2}$/.test(dateParam) ? dateParam : undefined;
  const meetings = useMeetingsStore((s) => s.meetings);
  const holidayYears = useMeetingsStore((s) => s.holidays);
  const error = useMeetingsStore((s) => s.error);
  const loading = useMeetingsStore((s) => s.loading);
  const includeCancelled = useMeetingsStore((s) => s.includeCancelled);
  const setIncludeCancelled = useMeetingsStore((s) => s.setIncludeCancelled);
  const setRange = useMeetingsStore((s) => s.setRange);
  const load = useMeetingsStore((s) => s.load);
  const watch = useMeetingsStore((s) => s.watch);
  const [formTarget, setFormTarget] = useState<MeetingFormTarget | null>(null);
  const holidays = useMemo(() => Object.values(holidayYears).flat(), [holidayYears]);

  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);

  const handleDatesSet = useCallback(
    (arg: DatesSetArg) => {
      setRange({ from: instantOfCalendarDate(arg.start), to: instantOfCalendarDate(arg.end), years: yearsBetween(arg.start, arg.end) });
      const view = arg.view.type;
      const date = wallOfCalendarDate(arg.view.currentStart).slice(0, 10);
      if (params.get('view') !== view || params.get('date') !== date) setParams({ view, date }, { replace: true });
    },
    [params, setParams, setRange],
  );

  function handleNew() {
    const day = nextWorkingDay(holidays);
    setFormTarget({ startWall: `${day}T09:00:00`, endWall: `${day}T10:00:00` });
  }

  return (
    <Flex vertical gap={8} data-testid="page-meetings" style={{ height: '100%', minHeight: 600 }}>
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Flex align="baseline" gap={12} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('meetings.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('meetings.hint')}</Typography.Text>
          <Spin size="small" spinning={loading} />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={handleNew} data-testid="meeting-new">
          {t('meetings.new')}
        </Button>
      </Flex>
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Space size={4} wrap data-testid="calendar-legend">
          {MEETING_KINDS.map((k) => (
            <Tag key={k} color={KIND_COLOR[k]}>
              {t(`meetings.kind.${k}`)}
            </Tag>
          ))}
          <Typography.Text type="secondary" className="adr-legend-item">
            <span className="adr-calendar-legend-swatch adr-calendar-legend-holiday" />
            {t('meetings.calendar.legendHoliday')}
          </Typography.Text>
          <Typography.Text type="secondary" className="adr-legend-item">
            <span className="adr-calendar-legend-swatch adr-calendar-legend-workday" />
            {t('meetings.calendar.legendWorkday')}
          </Typography.Text>
        </Space>
        <Flex gap={6} align="center">
          <Switch id="meetings-show-cancelled" size="small" checked={includeCancelled} onChange={setIncludeCancelled} />
          <label htmlFor="meetings-show-cancelled">{t('meetings.showCancelled')}</label>
        </Flex>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void load()} retryLabel={t('app.retry')} /> : null}
      <div style={{ flex: 1, minHeight: 0 }}>
        <MeetingCalendar
          meetings={meetings}
          holidays={holidays}
          view={view}
          date={date}
          onDatesSet={handleDatesSet}
          onSelectSlot={(startWall, endWall) => setFormTarget({ startWall, endWall })}
          onOpen={(id) => void navigate(`/meetings/${id}`)}
        />
      </div>
      <MeetingFormModal target={formTarget} onClose={() => setFormTarget(null)} />
    </Flex>
  );
}
