import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD } from './dialogs';

/** The demo meetings (the clock is 2026-11-27): December's analysis meeting, the joint meeting and the plenary. */
const DECEMBER = ['2026年12月行政争议案情研判会', '府院联席会议', '行政争议化解委员会全体会议'];

function calendarMeeting(title: string): HTMLElement {
  const found = screen.getAllByTestId('calendar-meeting').find((el) => el.textContent?.includes(title));
  if (!found) throw new Error(`no calendar meeting titled ${title}`);
  return found;
}

describe('the meetings calendar', () => {
  it('shows the month’s meetings coloured by kind, a cancelled one struck through, and opens one on click', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/meetings?view=dayGridMonth&date=2026-12-01';
    const view = renderApp(core);
    const listed = await view.client.call('meetings.list', { from: '2026-11-30T00:00:00+08:00', to: '2027-01-11T00:00:00+08:00' });
    const plenary = listed.find((m) => m.kind === 'plenary')!;
    await view.client.call('meetings.setStatus', { id: plenary.id, status: 'cancelled', reason: '改期另行通知' });

    await waitFor(() => expect(screen.getAllByTestId('calendar-meeting')).toHaveLength(DECEMBER.length), FIRST_LOAD);
    expect(screen.getByText('2026年12月')).toBeInTheDocument();
    for (const title of DECEMBER) expect(calendarMeeting(title)).toBeInTheDocument();
    // Held or cancelled meetings cannot be dragged; the cancelled one reads as cancelled.
    expect(calendarMeeting('行政争议化解委员会全体会议')).toHaveClass('adr-meeting-cancelled');
    expect(calendarMeeting('行政争议化解委员会全体会议').title).toContain('已取消');
    expect(calendarMeeting('府院联席会议')).toHaveClass('adr-meeting-scheduled');
    expect(calendarMeeting('府院联席会议')).toHaveStyle({ backgroundColor: 'rgb(83, 29, 171)' });
    expect(calendarMeeting('2026年12月行政争议案情研判会')).toHaveStyle({ backgroundColor: 'rgb(22, 119, 255)' });
    expect(calendarMeeting('府院联席会议').title).toContain('府院联席会议 · 已安排');

    // Hiding cancelled meetings asks the core again without them.
    await user.click(screen.getByLabelText('显示已取消的会议'));
    await waitFor(() => expect(screen.getAllByTestId('calendar-meeting')).toHaveLength(DECEMBER.length - 1));

    await user.click(calendarMeeting('府院联席会议'));
    expect(await screen.findByTestId('meeting-title')).toHaveTextContent('府院联席会议');
    expect(screen.getByTestId('meeting-time')).toHaveTextContent('2026-12-14 14:30–17:00');
    core.close();
  });

  it('shows meetings at their China time in the week view, whatever the machine’s time zone', async () => {
    // The test machine runs in UTC: a calendar in local time would put the 09:00 meeting at 01:00.
    expect(new Date('2026-12-08T01:00:00Z').getHours()).not.toBe(9);
    const core = await demoCore();
    window.location.hash = '#/meetings?view=timeGridWeek&date=2026-12-07';
    renderApp(core);

    await waitFor(() => expect(screen.getAllByTestId('calendar-meeting')).toHaveLength(1), FIRST_LOAD);
    const meeting = calendarMeeting('2026年12月行政争议案情研判会');
    expect(meeting).toHaveTextContent('09:00 - 11:30');
    expect(meeting.closest('td')).toHaveAttribute('data-date', '2026-12-08');
    core.close();
  });

  it('follows a link to another month and shades its holidays: National Day as rest days, the makeup Saturday as a working day', async () => {
    const core = await demoCore();
    window.location.hash = '#/meetings?view=timeGridWeek&date=2026-12-07';
    const { container } = renderApp(core);
    await waitFor(() => expect(screen.getAllByTestId('calendar-meeting')).toHaveLength(1), FIRST_LOAD);
    // A link to another month while the calendar is open moves it there.
    window.location.hash = '#/meetings?view=dayGridMonth&date=2026-10-01';

    await waitFor(() => expect(container.querySelector('td[data-date="2026-10-01"]')).toHaveClass('adr-fc-holiday'), FIRST_LOAD);
    expect(container.querySelector('td[data-date="2026-10-07"]')).toHaveClass('adr-fc-holiday');
    expect(container.querySelector('td[data-date="2026-10-10"]')).toHaveClass('adr-fc-workday');
    expect(container.querySelector('td[data-date="2026-10-12"]')).not.toHaveClass('adr-fc-holiday');
    const firstDay = container.querySelector<HTMLElement>('td[data-date="2026-10-01"]')!;
    expect(within(firstDay).getByText('国庆节')).toBeInTheDocument();
    const makeup = container.querySelector<HTMLElement>('td[data-date="2026-10-10"]')!;
    expect(within(makeup).getByText('国庆节调休上班')).toBeInTheDocument();
    core.close();
  });

  it('in English the calendar, its legend and its buttons are in English', async () => {
    const core = await demoCore();
    window.localStorage.setItem('adr.language', 'en');
    window.location.hash = '#/meetings?view=dayGridMonth&date=2026-12-01';
    renderApp(core);

    await waitFor(() => expect(screen.getAllByTestId('calendar-meeting')).toHaveLength(DECEMBER.length), FIRST_LOAD);
    expect(screen.getByText('December 2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByTestId('calendar-legend')).getByText('Joint government–court meeting')).toBeInTheDocument();
    // Monday first, as in China.
    expect(document.querySelector('.fc-col-header-cell')).toHaveTextContent('Mon');
    await userEvent.setup().click(screen.getByTestId('meeting-new'));
    expect(await screen.findByText('Check clashes')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toBeInTheDocument();
    core.close();
  });
});
