import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MIME } from '../../electron/contract/schemas/files';
import { App } from '../../renderer/src/App';
import { Client } from '../../renderer/src/client/client';
import { inProcessTransport } from '../helpers/in-process-transport';
import { chooseOption, renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD } from './dialogs';

/** jsdom has no object URLs and does not download: record what the page hands to <a download>. */
function recordDownloads() {
  const blobs: Blob[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
  const downloads: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download) downloads.push(this.download);
  });
  return { blobs, downloads };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the meeting page', () => {
  it('finalising minutes with one action item creates the coordination task and links it', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const view = renderApp(core);
    // A meeting that has taken place (the clock is 27 November) on one open case.
    const { rows } = await view.client.call('cases.list', { filters: { status: 'open' }, page: { offset: 0, limit: 1 } });
    const kase = await view.client.call('cases.get', { id: rows[0]!.id });
    const agency = kase.agencies[0]!;
    const [room] = await view.client.call('rooms.list');
    const { meeting } = await view.client.call('meetings.save', {
      meeting: {
        kind: 'coordination',
        title: '测试协调会',
        startsAt: '2026-11-26T09:00:00+08:00',
        endsAt: '2026-11-26T10:00:00+08:00',
        roomId: room!.id,
        status: 'scheduled',
        agenda: [{ caseId: kase.id }],
      },
      acceptWarnings: true,
    });
    window.location.hash = `#/meetings/${meeting!.id}?tab=minutes`;

    const form = await screen.findByTestId('minutes-form', {}, FIRST_LOAD);
    await user.type(within(form).getByLabelText('会议概述'), '会议研究了案件的化解方案。');
    await user.type(within(form).getByLabelText('会议决定'), '由被申请人提出处理意见。');
    await user.click(within(form).getByTestId('action-add'));
    await chooseOption(user, within(form).getByLabelText('承办单位'), agency.name, agency.name.slice(0, 6));
    await user.type(within(form).getByLabelText('督办内容'), '提交书面情况说明');
    await user.type(within(form).getByLabelText('完成期限'), '2026-12-04{enter}');
    await user.click(screen.getByTestId('minutes-finalise'));
    const confirm = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal-confirm');
      if (!found) throw new Error('no confirmation');
      return found;
    });
    expect(confirm).toHaveTextContent('定稿会议纪要？');
    expect(confirm).toHaveTextContent('1 项督办事项将转为协调事项');
    await user.click(confirm.querySelector<HTMLElement>('.ant-btn-primary')!);

    const final = await screen.findByTestId('minutes-final', {}, { timeout: 5000 });
    const link = within(final).getByTestId('action-task-link');
    expect(link).toHaveAttribute('href', `#/agencies/${agency.agencyId}?tab=tasks`);
    expect(link).toHaveTextContent('已发送');
    expect(within(final).getByText('提交书面情况说明')).toBeInTheDocument();
    expect(screen.getByTestId('meeting-status')).toHaveTextContent('已召开');
    const tasks = await view.client.call('tasks.list', { agencyId: agency.agencyId, filter: 'all' });
    const task = tasks.items.find((t) => t.meetingId === meeting!.id);
    expect(task).toMatchObject({ request: '提交书面情况说明', dueOn: '2026-12-04', caseId: kase.id });
    core.close();
  });

  it('building the pack shows its progress and downloads the files; without Chromium it offers the DOCX alone', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { blobs, downloads } = recordDownloads();
    // Hold the pack's answer until the test has looked at the progress bar the events drew.
    const transport = inProcessTransport(core);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const gated = {
      ...transport,
      async invoke(channel: string, input: unknown) {
        const result = await transport.invoke(channel as never, input);
        if (channel === 'meetings.pack' && result.ok) await held;
        return result;
      },
    };
    const client = new Client(gated);
    const december = await client.call('meetings.list', { from: '2026-12-07T00:00:00+08:00', to: '2026-12-09T00:00:00+08:00' });
    const analysis = december.find((m) => m.kind === 'analysis')!;
    window.location.hash = `#/meetings/${analysis.id}`;
    render(<App client={client} />);

    await user.click(await screen.findByTestId('meeting-pack', {}, FIRST_LOAD));
    // This core has no PDF printer (no Chromium): the error says so and the DOCX can still be made.
    const failure = await screen.findByTestId('document-error');
    expect(failure).toHaveTextContent('未找到 Chromium');
    await user.click(within(failure).getByTestId('document-docx-instead'));

    const progress = await screen.findByTestId('document-progress', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(progress).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100'));
    expect(progress).toHaveTextContent('已完成');
    expect(downloads).toEqual([]);
    release();

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/^会议材料.*\.docx$/);
    expect(blobs[0]!.type).toBe(MIME.docx);
    expect(String.fromCharCode(...new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 2))).toBe('PK');
    expect(await screen.findByTestId('document-outcome')).toHaveTextContent('已下载 1 个文件');
    expect(screen.queryByTestId('document-progress')).not.toBeInTheDocument();
    core.close();
  });

  it('cancelling asks for the reason, then the meeting reads as cancelled and can no longer be edited', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const view = renderApp(core);
    const december = await view.client.call('meetings.list', { from: '2026-12-14T00:00:00+08:00', to: '2026-12-22T00:00:00+08:00' });
    const joint = december.find((m) => m.kind === 'joint')!;
    const before = await view.client.call('meetings.get', { id: joint.id });
    window.location.hash = `#/meetings/${joint.id}`;

    await user.click(await screen.findByTestId('meeting-cancel', {}, FIRST_LOAD));
    await user.click(screen.getByTestId('meeting-cancel-submit'));
    expect(await screen.findByText('请填写取消原因')).toBeInTheDocument();
    await user.type(screen.getByLabelText('取消原因'), '法院另有安排，延期召开');
    await user.click(screen.getByTestId('meeting-cancel-submit'));
    await waitFor(() => expect(screen.getByTestId('meeting-status')).toHaveTextContent('已取消'));
    expect(screen.queryByTestId('meeting-edit')).not.toBeInTheDocument();
    expect(screen.getByTestId('meeting-title')).toHaveClass('adr-meeting-title-cancelled');
    const after = await view.client.call('meetings.get', { id: joint.id });
    expect(after.status).toBe('cancelled');
    // The invitation's SEQUENCE goes up, so calendars replace the old copy with the cancellation.
    expect(after.icsSequence).toBe(before.icsSequence + 1);
    core.close();
  });
});
