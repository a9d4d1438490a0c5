import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { chooseOption, renderApp } from './helpers';
import { demoCore } from './case-fixtures';

/** The open modal (antd keeps closed ones in the DOM, hidden). */
async function openDialog(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = [...document.querySelectorAll<HTMLElement>('.ant-modal')].find(
      (el) => el.querySelector('.ant-modal-title')?.textContent === title && el.closest('.ant-modal-wrap')?.getAttribute('style')?.includes('display: none') !== true,
    );
    expect(dialog).toBeDefined();
    return dialog!;
  });
}

function formItem(scope: HTMLElement, label: string): HTMLElement {
  return within(scope).getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;
}

function count(core: Core, table: string): number {
  return core.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`).pluck().get() as number;
}

describe('the statistics page: heads in court', () => {
  it('shows the rate against the 70% target and marks the agencies below it, those first', async () => {
    const core = await demoCore();
    window.location.hash = '#/statistics?period=2026';
    const view = renderApp(core);
    const stats = await view.client.call('linkage.stats', { year: 2026 });
    const below = stats.appearance.agencies.filter((a) => a.belowTarget);
    const above = stats.appearance.agencies.filter((a) => !a.belowTarget && a.rate !== null);
    // The demo year has both kinds of agency; without them this test would prove nothing.
    expect(below.length).toBeGreaterThan(0);
    expect(above.length).toBeGreaterThan(0);

    const rate = await screen.findByTestId('appearance-rate');
    expect(rate).toHaveTextContent(`${(stats.appearance.rate! * 100).toFixed(1)}%`);
    expect(rate).toHaveTextContent('目标值 70.0%');
    expect(rate).toHaveTextContent(stats.appearance.belowTarget ? '低于目标' : '达到目标');
    expect(screen.getByTestId('appearance-hearings')).toHaveTextContent(String(stats.appearance.hearings));
    expect(screen.getByTestId('appearance-heads')).toHaveTextContent(String(stats.appearance.headAppearances));

    const table = screen.getByTestId('appearance-table');
    for (const a of below) expect(within(table).getByTestId(`appearance-row-${a.agencyId}`)).toHaveTextContent('低于目标');
    for (const a of above) {
      const row = within(table).getByTestId(`appearance-row-${a.agencyId}`);
      expect(row).toHaveTextContent('达到目标');
      expect(within(row).queryByTestId('below-target')).not.toBeInTheDocument();
    }
    const order = within(table)
      .getAllByRole('row')
      .map((r) => r.getAttribute('data-testid'))
      .filter((id): id is string => !!id?.startsWith('appearance-row-'));
    expect(order.slice(0, below.length).sort()).toEqual(below.map((a) => `appearance-row-${a.agencyId}`).sort());
    core.close();
  });

  it('recording a hearing where the head did not appear lowers the rate on screen and in the table', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/statistics?period=2026';
    const view = renderApp(core);
    const before = await view.client.call('linkage.stats', { year: 2026 });
    const agency = core.sqlite.prepare("SELECT id, name FROM agencies WHERE name = '秦皇岛市公安局'").get() as { id: string; name: string };
    const row = before.appearance.agencies.find((a) => a.agencyId === agency.id)!;
    expect(row.belowTarget).toBe(false);
    const stored = count(core, 'court_hearings');

    await screen.findByTestId('appearance-rate');
    await user.click(screen.getByTestId('hearing-add'));
    const dialog = await openDialog('登记开庭应诉');
    await chooseOption(user, within(dialog).getByLabelText('应诉单位'), /^秦皇岛市公安局($|（)/, '公安局');
    const date = within(dialog).getByLabelText('开庭日期');
    await user.clear(date);
    await user.type(date, '2026-11-20{enter}');
    await user.type(within(dialog).getByLabelText('法院案号'), '（2026）冀0302行初301号');
    await user.type(within(dialog).getByLabelText('出庭人员姓名'), '王法制');
    await user.type(within(dialog).getByLabelText('职务'), '法制科科长');
    await user.click(screen.getByTestId('hearing-submit'));

    const hearings = before.appearance.hearings + 1;
    const heads = before.appearance.headAppearances;
    await waitFor(() => expect(screen.getByTestId('appearance-hearings')).toHaveTextContent(String(hearings)));
    const rate = screen.getByTestId('appearance-rate');
    expect(rate).toHaveTextContent(`${((heads / hearings) * 100).toFixed(1)}%`);
    expect(rate).toHaveTextContent('低于目标');
    const agencyRow = within(screen.getByTestId('appearance-table')).getByTestId(`appearance-row-${agency.id}`);
    expect(agencyRow).toHaveTextContent(`${((row.headAppearances / (row.hearings + 1)) * 100).toFixed(1)}%`);
    expect(agencyRow).toHaveTextContent('低于目标');
    expect(within(screen.getByTestId('hearing-list')).getByText('（2026）冀0302行初301号')).toBeInTheDocument();
    expect(count(core, 'court_hearings')).toBe(stored + 1);
    const saved = core.sqlite.prepare("SELECT agency_id, held_on, head_appeared FROM court_hearings WHERE court_number = '（2026）冀0302行初301号'").get();
    expect(saved).toEqual({ agency_id: agency.id, held_on: '2026-11-20', head_appeared: 0 });
    core.close();
  });
});

describe('the statistics page: judicial suggestions', () => {
  it('a feedback date before the date received is refused on the field and nothing is saved', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/statistics?tab=suggestions&period=2026';
    renderApp(core);
    const suggestions = count(core, 'judicial_suggestions');

    await screen.findByTestId('suggestion-list');
    await user.click(screen.getByTestId('suggestion-add'));
    const dialog = await openDialog('登记司法建议');
    await chooseOption(user, within(dialog).getByLabelText('被建议单位'), /^秦皇岛市市场监督管理局/, '市场监督');
    await user.type(within(dialog).getByLabelText('收到日期'), '2026-11-20{enter}');
    await user.click(within(dialog).getByLabelText('建议内容'));
    await user.paste('建议规范行政处罚裁量基准的适用说明。');
    await user.click(within(dialog).getByLabelText('落实反馈情况'));
    await user.paste('已修订裁量基准。');
    await user.type(within(dialog).getByLabelText('反馈日期'), '2026-11-10{enter}');
    await user.click(screen.getByTestId('suggestion-submit'));

    expect(await within(formItem(dialog, '反馈日期')).findByText('反馈日期不能早于收到日期')).toBeInTheDocument();
    // Received 2026-11-20 with no deadline typed: the usual two months are filled in.
    expect(within(dialog).getByLabelText('回复期限')).toHaveValue('2027-01-20');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count(core, 'judicial_suggestions')).toBe(suggestions);

    // Corrected, it saves and shows as answered.
    const feedbackOn = within(dialog).getByLabelText('反馈日期');
    await user.clear(feedbackOn);
    await user.type(feedbackOn, '2026-11-25{enter}');
    await user.click(screen.getByTestId('suggestion-submit'));
    await waitFor(() => expect(count(core, 'judicial_suggestions')).toBe(suggestions + 1));
    const row = await within(screen.getByTestId('suggestion-list')).findByText('建议规范行政处罚裁量基准的适用说明。');
    expect(row.closest('tr')).toHaveTextContent('已反馈');
    core.close();
  });
});
