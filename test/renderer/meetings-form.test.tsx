import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { chooseOption, renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD, findDialog } from './dialogs';

function meetingCount(core: Core): number {
  return core.sqlite.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
}

/** Opens 新建会议 from the calendar and fills title, start (the end follows, one hour later) and room. */
async function newMeeting(user: ReturnType<typeof userEvent.setup>, title: string, start: string, room: string) {
  await user.click(await screen.findByTestId('meeting-new', {}, FIRST_LOAD));
  const dialog = await findDialog('新建会议');
  await user.type(within(dialog).getByLabelText('会议名称'), title);
  const startInput = within(dialog).getByLabelText('开始时间');
  await user.clear(startInput);
  await user.type(startInput, `${start}{enter}`);
  await chooseOption(user, within(dialog).getByLabelText('会议室'), new RegExp(`^${room}`));
  return dialog;
}

describe('the meeting form', () => {
  it('refuses a meeting in a room already booked, shows the other meeting and its time, and saves nothing', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/meetings?view=timeGridWeek&date=2026-12-07';
    const view = renderApp(core);
    const before = meetingCount(core);

    // The demo's December analysis meeting holds 中心会议室 on 8 December 09:00–11:30.
    const dialog = await newMeeting(user, '临时协调会', '2026-12-08 10:00', '中心会议室');
    expect(within(dialog).getByLabelText('结束时间')).toHaveValue('2026-12-08 11:00');

    await user.click(screen.getByTestId('meeting-check'));
    const checked = await within(dialog).findByTestId('clash-panel');
    expect(within(checked).getByTestId('clash-room')).toHaveTextContent('冲突');
    expect(within(checked).getByTestId('clash-room')).toHaveTextContent('2026年12月行政争议案情研判会');
    expect(within(checked).getByTestId('clash-room')).toHaveTextContent('09:00–11:30');
    const other = within(within(checked).getByTestId('clash-room')).getByTestId('clash-other');
    const [december] = await view.client.call('meetings.list', { from: '2026-12-08T00:00:00+08:00', to: '2026-12-09T00:00:00+08:00' });
    expect(other).toHaveAttribute('href', `#/meetings/${december!.id}`);
    expect(other).toHaveAttribute('title', '与「2026年12月行政争议案情研判会」（2026-12-08 09:00–11:30）');
    // The organiser is invited to both: a warning beside the room's error.
    expect(within(checked).getByTestId('clash-staff')).toHaveTextContent('提醒');

    await user.click(screen.getByTestId('meeting-submit'));
    const refused = await within(dialog).findByText('会议室已被占用，不能保存。请更换会议室或时间。');
    expect(refused).toBeInTheDocument();
    // A double-booked room cannot be accepted: no 仍然保存.
    expect(screen.queryByTestId('meeting-save-anyway')).not.toBeInTheDocument();
    expect(meetingCount(core)).toBe(before);
    core.close();
  });

  it('lets an after-hours warning be accepted with 仍然保存, and the meeting appears in the calendar', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/meetings?view=timeGridWeek&date=2026-11-30';
    const view = renderApp(core);
    const before = meetingCount(core);

    const dialog = await newMeeting(user, '晚间化解会', '2026-11-30 18:00', '第一调解室');
    await user.click(screen.getByTestId('meeting-submit'));
    const panel = await within(dialog).findByTestId('clash-panel');
    expect(within(panel).getByTestId('clash-after_hours')).toHaveTextContent('提醒');
    expect(panel).toHaveTextContent('确认无妨后可以仍然保存');
    expect(meetingCount(core)).toBe(before);

    await user.click(screen.getByTestId('meeting-save-anyway'));
    await waitFor(() => expect(meetingCount(core)).toBe(before + 1));
    await waitFor(() => expect(screen.queryByText('晚间化解会', { selector: '.ant-modal-title' })).not.toBeInTheDocument());
    const [saved] = await view.client.call('meetings.list', { from: '2026-11-30T17:00:00+08:00', to: '2026-11-30T20:00:00+08:00' });
    expect(saved).toMatchObject({ title: '晚间化解会', startsAt: '2026-11-30T10:00:00.000Z', endsAt: '2026-11-30T11:00:00.000Z', roomName: '第一调解室' });
    await waitFor(() => expect(screen.getAllByTestId('calendar-meeting').some((el) => el.textContent?.includes('晚间化解会'))).toBe(true));
    core.close();
  });

  it('saves the agenda in the order set with the move buttons, and a new series', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/meetings?view=timeGridWeek&date=2026-11-30';
    const view = renderApp(core);
    const { rows } = await view.client.call('cases.list', { filters: { status: 'open' }, page: { offset: 0, limit: 1 } });
    const target = rows[0]!;

    const dialog = await newMeeting(user, '专题研判会', '2026-12-01 09:00', '第二调解室');
    await user.click(within(dialog).getByTestId('agenda-add'));
    await user.type(within(dialog).getByLabelText('议程 1 议题'), '听取工作汇报');
    await user.click(within(dialog).getByTestId('agenda-add'));
    await chooseOption(user, within(dialog).getByLabelText('议程 2 案件'), new RegExp(target.caseNumber.replace(/[〔〕]/g, '.')), target.caseNumber);
    await user.click(within(dialog).getByLabelText('议程 2 上移'));
    await chooseOption(user, within(dialog).getByLabelText('会议系列'), '新建系列…');
    await user.type(within(dialog).getByLabelText('新系列名称'), '专题研判会系列');
    await user.click(screen.getByTestId('meeting-submit'));

    const window9 = { from: '2026-12-01T08:00:00+08:00', to: '2026-12-01T12:00:00+08:00' };
    await waitFor(async () => expect(await view.client.call('meetings.list', window9)).toHaveLength(1), { timeout: 5000 }).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${dialog.textContent}`);
    });
    const [saved] = await view.client.call('meetings.list', window9);
    const detail = await view.client.call('meetings.get', { id: saved!.id });
    expect(detail.agenda.map((a) => a.caseNumber ?? a.topic)).toEqual([target.caseNumber, '听取工作汇报']);
    expect(detail.seriesName).toBe('专题研判会系列');
    expect(detail.invitees.map((i) => i.kind)).toEqual(['staff']);
    core.close();
  });

  it('editing a saved meeting shows its agenda cases by number and keeps its invitees', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const view = renderApp(core);
    const [december] = await view.client.call('meetings.list', { from: '2026-12-08T00:00:00+08:00', to: '2026-12-09T00:00:00+08:00' });
    const before = await view.client.call('meetings.get', { id: december!.id });
    window.location.hash = `#/meetings/${december!.id}`;

    await user.click(await screen.findByTestId('meeting-edit', {}, FIRST_LOAD));
    const dialog = await findDialog('编辑会议');
    const first = within(dialog).getAllByTestId('agenda-item')[0]!;
    await waitFor(() => expect(first).toHaveTextContent(before.agenda[0]!.caseNumber!));
    expect(within(dialog).getAllByTestId('invitee-row')).toHaveLength(before.invitees.length);
    const title = within(dialog).getByLabelText('会议名称');
    await user.clear(title);
    await user.type(title, '十二月案情研判会（调整）');
    await user.click(screen.getByTestId('meeting-submit'));

    await waitFor(() => expect(screen.getByTestId('meeting-title')).toHaveTextContent('十二月案情研判会（调整）'));
    const after = await view.client.call('meetings.get', { id: december!.id });
    expect(after.invitees.map((i) => [i.name, i.role])).toEqual(before.invitees.map((i) => [i.name, i.role]));
    expect(after.agenda.map((a) => a.caseId)).toEqual(before.agenda.map((a) => a.caseId));
    // A new title alone does not reissue the invitation.
    expect(after.icsSequence).toBe(before.icsSequence);
    core.close();
  });
});
