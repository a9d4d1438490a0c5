import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { Client } from '../../renderer/src/client/client';
import { inProcessTransport } from '../helpers/in-process-transport';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD, findDialog } from './dialogs';

function client(core: Core) {
  return new Client(inProcessTransport(core));
}

async function openTasksPage(core: Core) {
  window.location.hash = '#/tasks';
  const view = renderApp(core);
  await screen.findByTestId('task-table', {}, FIRST_LOAD);
  return view;
}

/** Opens the row's "more" menu and picks an action from it. */
async function moreAction(user: ReturnType<typeof userEvent.setup>, row: HTMLElement, action: string) {
  await user.click(within(row).getByTestId('task-more'));
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>(`.ant-dropdown:not(.ant-dropdown-hidden) [data-testid="task-action-${action}"]`)];
    expect(found.length).toBeGreaterThan(0);
    return found.at(-1)!;
  });
  await user.click(item);
}

function status(core: Core, id: string): string {
  return core.sqlite.prepare('SELECT status FROM coordination_tasks WHERE id = ?').pluck().get(id) as string;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the task list', () => {
  it('opens on the open tasks with a count on every filter; the overdue filter shows red tags with the working days overdue', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const c = client(core);
    const open = await c.call('tasks.list', { filter: 'open' });
    const overdue = await c.call('tasks.list', { filter: 'overdue' });
    const all = await c.call('tasks.list', { filter: 'all' });
    // The demo data is built with overdue tasks among the open ones.
    expect(overdue.total).toBeGreaterThan(0);
    expect(open.total).toBeGreaterThan(overdue.total);
    await openTasksPage(core);

    await waitFor(() => expect(screen.getByTestId('task-count')).toHaveTextContent(`共 ${open.total} 项`));
    expect(screen.getByTestId('task-filter-open')).toHaveTextContent(`待办${open.total}`);
    expect(screen.getByTestId('task-filter-overdue')).toHaveTextContent(`已逾期${overdue.total}`);
    expect(screen.getByTestId('task-filter-all')).toHaveTextContent(`全部${all.total}`);

    await user.click(screen.getByTestId('task-filter-overdue'));
    await waitFor(() => expect(screen.getByTestId('task-count')).toHaveTextContent(`共 ${overdue.total} 项`));
    const late = overdue.items[0]!;
    const row = screen.getByTestId(`task-row-${late.id}`);
    const tag = within(row).getByTestId('task-state');
    expect(tag).toHaveAttribute('data-state', 'overdue');
    expect(within(tag).getByTestId('task-state-tag')).toHaveTextContent('已逾期');
    expect(within(tag).getByTestId('task-state-tag')).toHaveClass('ant-tag-red');
    expect(within(tag).getByTestId('task-days')).toHaveTextContent(`逾期 ${-late.daysLeft!} 个工作日`);
    expect(within(row).getByText(late.dueOn).closest('.ant-typography')).toHaveClass('ant-typography-danger');
    core.close();
  });

  it('closing a task nobody answered asks for a note, then takes it off the open list', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { items } = await client(core).call('tasks.list', { filter: 'open' });
    const task = items.find((t) => t.status === 'acknowledged')!;
    await openTasksPage(core);

    await moreAction(user, screen.getByTestId(`task-row-${task.id}`), 'close');
    const dialog = await findDialog(`办结 · ${task.agencyName}`);
    await user.click(screen.getByTestId('task-action-submit'));
    expect(await within(dialog).findByText('未答复的事项办结时须填写说明')).toBeInTheDocument();
    expect(status(core, task.id)).toBe('acknowledged');

    await user.type(within(dialog).getByLabelText('办结说明'), '经协调会议定，改由区政府统一答复。');
    await user.click(screen.getByTestId('task-action-submit'));
    await waitFor(() => expect(status(core, task.id)).toBe('closed'));
    await waitFor(() => expect(screen.queryByTestId(`task-row-${task.id}`)).not.toBeInTheDocument());
    core.close();
  });

  it('催办 records a reminder and the row shows how many were sent; 督办通知 saves a DOCX', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { items } = await client(core).call('tasks.list', { filter: 'overdue' });
    const task = items[0]!;
    await openTasksPage(core);
    const row = () => screen.getByTestId(`task-row-${task.id}`);

    await moreAction(user, row(), 'remind');
    await findDialog(`催办 · ${task.agencyName}`);
    await user.click(screen.getByTestId('task-action-submit'));
    await waitFor(() => expect(within(row()).getByTestId('task-state')).toHaveTextContent(`催办 ${task.reminderCount + 1} 次`));
    expect(core.sqlite.prepare('SELECT reminder_count FROM coordination_tasks WHERE id = ?').pluck().get(task.id)).toBe(task.reminderCount + 1);

    // jsdom has no object URLs and no downloads: record what the page hands to <a download>.
    const saved: { name: string; type: string; size: number }[] = [];
    let blob: Blob | null = null;
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (b: Blob) => ((blob = b), 'blob:notice') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, type: blob!.type, size: blob!.size });
    });
    await moreAction(user, row(), 'notice');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/督办通知.*\.docx$/);
    expect(saved[0]!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // A DOCX is a zip: its first bytes are "PK".
    const head = new Uint8Array(await blob!.slice(0, 2).arrayBuffer());
    expect(String.fromCharCode(...head)).toBe('PK');
    core.close();
  });

  it('reads in English: filters, states and actions', async () => {
    const core = await demoCore();
    const { items, total } = await client(core).call('tasks.list', { filter: 'open' });
    window.localStorage.setItem('adr.language', 'en');
    await openTasksPage(core);

    await waitFor(() => expect(screen.getByTestId('task-count')).toHaveTextContent(`${total} task(s)`));
    expect(screen.getByTestId('task-filter-answered')).toHaveTextContent('Answered');
    const sent = items.find((t) => t.state === 'sent' || t.state === 'acknowledged' || t.state === 'overdue')!;
    const row = screen.getByTestId(`task-row-${sent.id}`);
    expect(within(row).getByTestId('task-state-tag')).toHaveTextContent(
      { sent: 'Sent', acknowledged: 'Acknowledged', overdue: 'Overdue' }[sent.state as 'sent' | 'acknowledged' | 'overdue'],
    );
    expect(within(row).getByRole('button', { name: sent.status === 'sent' ? 'Acknowledge' : 'Record reply' })).toBeInTheDocument();
    core.close();
  });
});
