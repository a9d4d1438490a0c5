import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';

describe('the dashboard', () => {
  it('lists the clocks due within three working days and the overdue ones, each linking to its case', async () => {
    const core = await demoCore();
    const view = renderApp(core);
    const summary = await view.client.call('dashboard.summary');
    // The demo data is built to have both; without them this test would prove nothing.
    expect(summary.dueSoon.length).toBeGreaterThan(0);
    expect(summary.overdue.length).toBeGreaterThan(0);

    const dueSoon = await screen.findByTestId('due-soon');
    const overdue = screen.getByTestId('overdue');
    expect(within(dueSoon).getByText('三个工作日内到期')).toBeInTheDocument();
    expect(within(overdue).getByText('已逾期')).toBeInTheDocument();

    const soon = summary.dueSoon[0]!;
    const soonLink = within(dueSoon).getAllByText(soon.caseNumber)[0]!;
    expect(soonLink.closest('a')).toHaveAttribute('href', `#/cases/${soon.caseId}?tab=clocks`);
    expect(soonLink.closest('tr')).toHaveTextContent(soon.dueOn);

    const late = summary.overdue[0]!;
    const lateRow = within(overdue).getAllByText(late.caseNumber)[0]!.closest('tr')!;
    expect(lateRow).toHaveTextContent(`逾期 ${-late.daysLeft} 天`);

    expect(screen.getByTestId('my-open-cases')).toBeInTheDocument();
    expect(screen.getByTestId('by-month')).toBeInTheDocument();
    core.close();
  });

  it('an empty center shows no due lists, only the offer of demo data', async () => {
    const { setUpCore } = await import('../core/helpers/core');
    const { core } = await setUpCore();
    renderApp(core);
    await screen.findByTestId('dashboard-empty');
    await waitFor(() => expect(screen.queryByTestId('due-soon')).not.toBeInTheDocument());
    core.close();
  });
});
