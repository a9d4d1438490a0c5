import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpCore } from '../core/helpers/core';
import { chooseOption, renderApp } from './helpers';

describe('the case settings', () => {
  it('saving the workflow template makes a new version and says which', async () => {
    const { core } = await setUpCore();
    const user = userEvent.setup();
    window.location.hash = '#/settings?tab=workflow';
    const view = renderApp(core);
    const before = await view.client.call('workflow.current');

    const version = await screen.findByTestId('workflow-version');
    expect(version).toHaveTextContent(`第 ${before.version} 版`);
    const steps = screen.getByTestId('workflow-steps');
    const name = within(steps).getByDisplayValue('分析研判');
    await user.clear(name);
    await user.type(name, '案情研判');
    await user.click(screen.getByTestId('workflow-save'));

    await waitFor(() => expect(screen.getByTestId('workflow-version')).toHaveTextContent(`第 ${before.version + 1} 版`));
    const after = await view.client.call('workflow.current');
    expect(after.version).toBe(before.version + 1);
    expect(after.steps.find((s) => s.code === 'analyse')?.name).toBe('案情研判');
    core.close();
  });

  it('shows a year of the holiday calendar, and flags a provisional year', async () => {
    const { core } = await setUpCore();
    const user = userEvent.setup();
    window.location.hash = '#/settings?tab=holidays';
    renderApp(core);

    await screen.findByTestId('holiday-days');
    await chooseOption(user, '年份', '2026 年');
    await waitFor(() => expect(within(screen.getByTestId('holiday-days')).getAllByDisplayValue('元旦调休上班').length).toBe(1));
    expect(screen.queryByTestId('holidays-provisional')).not.toBeInTheDocument();

    await chooseOption(user, '年份', '2027 年');
    expect(await screen.findByTestId('holidays-provisional')).toHaveTextContent('2027 年的节假日安排尚未正式公布');
    core.close();
  });
});
