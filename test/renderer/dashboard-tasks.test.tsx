import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { Client } from '../../renderer/src/client/client';
import { inProcessTransport } from '../helpers/in-process-transport';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD } from './dialogs';

describe('coordination tasks on the dashboard', () => {
  it('lists the tasks due soon and the overdue ones with their total, each linking to its case and to the task list', async () => {
    const core = await demoCore();
    const client = new Client(inProcessTransport(core));
    // A judicial suggestion whose feedback falls due next week (the demo's are further out or answered).
    const [agency] = await client.call('agencies.list', { query: '城市管理' });
    await client.call('suggestions.save', {
      agencyId: agency!.id,
      reference: '（2026）冀03司建21号',
      receivedOn: '2026-10-09',
      content: '建议规范行政处罚案件的听证告知程序。',
      replyDueOn: '2026-12-03',
    });
    const summary = await client.call('dashboard.summary');
    // The demo data is built to have both; without them the lists below would prove nothing.
    expect(summary.tasksDueSoon.length).toBeGreaterThan(0);
    expect(summary.tasksOverdue.length).toBeGreaterThan(0);
    renderApp(core);

    const soon = await screen.findByTestId('tasks-due-soon', {}, FIRST_LOAD);
    expect(soon).toHaveTextContent('协调事项即将到期');
    const first = summary.tasksDueSoon.find((t) => t.caseId)!;
    const soonRow = within(soon).getAllByText(first.caseNumber!)[0]!.closest('tr')!;
    expect(within(soonRow).getByText(first.caseNumber!).closest('a')).toHaveAttribute('href', `#/cases/${first.caseId}?tab=tasks`);
    expect(soonRow).toHaveTextContent(first.dueOn);
    expect(within(soonRow).getByTestId('task-state')).toHaveAttribute('data-state', 'due_soon');

    const overdue = screen.getByTestId('tasks-overdue');
    expect(overdue).toHaveTextContent('协调事项已逾期');
    expect(within(overdue).getByTestId('task-due-total')).toHaveTextContent(String(summary.tasksOverdueTotal));
    const late = summary.tasksOverdue[0]!;
    const lateRow = within(overdue).getAllByText(late.agencyName)[0]!.closest('tr')!;
    expect(lateRow).toHaveTextContent(`逾期 ${-late.daysLeft!} 个工作日`);
    expect(within(overdue).getByText('全部协调事项').closest('a')).toHaveAttribute('href', '#/tasks');

    const suggestions = screen.getByTestId('suggestions-due');
    expect(suggestions).toHaveTextContent('司法建议待反馈');
    const row = within(suggestions).getByText('建议规范行政处罚案件的听证告知程序。').closest('tr')!;
    expect(row).toHaveTextContent(agency!.name);
    expect(row).toHaveTextContent('2026-12-03');
    expect(row).toHaveTextContent('剩 6 天');
    core.close();
  });

  it('an answered task drops off the overdue list at once', async () => {
    const core = await demoCore();
    const client = new Client(inProcessTransport(core));
    const summary = await client.call('dashboard.summary');
    const late = summary.tasksOverdue[0]!;
    const view = renderApp(core);
    const overdue = await screen.findByTestId('tasks-overdue', {}, FIRST_LOAD);
    await waitFor(() => expect(within(overdue).getByTestId('task-due-total')).toHaveTextContent(String(summary.tasksOverdueTotal)));

    // Through the page's own transport, so the dashboard hears data.changed as it would in the app.
    await view.client.call('tasks.reply', { id: late.id, replyText: '已按要求报送材料', repliedOn: '2026-11-27' });
    await waitFor(() => expect(within(overdue).getByTestId('task-due-total')).toHaveTextContent(String(summary.tasksOverdueTotal - 1)));
    core.close();
  });
});
