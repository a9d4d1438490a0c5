import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, renderApp } from './helpers';
import { advanceTo, demoCore, registerCase } from './case-fixtures';

describe('the case page', () => {
  it('logging an activity against an overdue step checks the step off in the timeline', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const view = renderApp(core);
    const created = await registerCase(view.client);
    window.location.hash = `#/cases/${created.id}`;

    const timeline = await screen.findByTestId('timeline');
    const step = within(timeline).getByTestId('step-acceptance_review');
    // Received 2026-11-20 (core clock 2026-11-27): the 3-day acceptance review has run out.
    expect(step).toHaveAttribute('data-status', 'overdue');

    await user.click(screen.getByTestId('log-activity'));
    // jsdom's ids make antd point aria-labelledby elsewhere, so the open drawer is found by class.
    const drawer = await waitFor(() => {
      const open = document.querySelector<HTMLElement>('.ant-drawer-open [role="dialog"]');
      expect(open).toHaveAttribute('aria-label', '记录活动');
      return open!;
    });
    // The drawer suggests the first required step not yet done in the current stage.
    expect(within(drawer).getByTitle(/审查受理/)).toBeInTheDocument();
    await user.type(within(drawer).getByLabelText('地点'), '中心第一调解室');
    await user.type(within(drawer).getByLabelText('工作内容'), '审查申请材料，符合受理条件，决定受理');
    await user.click(screen.getByTestId('activity-submit'));

    await waitFor(() => expect(within(screen.getByTestId('timeline')).getByTestId('step-acceptance_review')).toHaveAttribute('data-status', 'done'));
    expect(within(screen.getByTestId('step-acceptance_review')).getByText('审查申请材料，符合受理条件，决定受理')).toBeInTheDocument();
    const stored = core.sqlite
      .prepare("SELECT a.place FROM activities a JOIN workflow_steps s ON s.id = a.step_id WHERE a.case_id = ? AND s.code = 'acceptance_review'")
      .pluck()
      .get(created.id);
    expect(stored).toBe('中心第一调解室');
    core.close();
  });

  it('advancing past a required step with nothing logged shows the core’s message naming the step', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const view = renderApp(core);
    const created = await registerCase(view.client);
    window.location.hash = `#/cases/${created.id}`;

    await user.click(await screen.findByTestId('advance-stage'));

    const refusal = await screen.findByTestId('action-error');
    expect(refusal).toHaveTextContent('审查受理');
    expect(core.sqlite.prepare('SELECT stage FROM cases WHERE id = ?').pluck().get(created.id)).toBe('intake');
    expect(within(screen.getByTestId('stage-steps')).getByText('受理').closest('.ant-steps-item')).toHaveClass('ant-steps-item-process');
    core.close();
  });

  it('closing a failed case as 转立案 shows the 5-day transfer deadline with the days left', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const view = renderApp(core);
    const created = await registerCase(view.client);
    await advanceTo(view.client, created.id, 'during');
    window.location.hash = `#/cases/${created.id}`;

    await user.click(await screen.findByTestId('close-case'));
    const dialog = await screen.findByRole('dialog', { name: '结案' });
    await chooseOption(user, within(dialog).getByLabelText('化解结果'), '转立案（化解不成）');
    await user.type(within(dialog).getByLabelText('结案摘要'), '经两次协调会，双方分歧较大，化解不成，告知申请人依法起诉。');
    await user.click(screen.getByTestId('close-submit'));

    const transfer = await screen.findByTestId('clock-transfer_to_filing');
    expect(transfer).toHaveTextContent('转立案期限');
    const clock = core.sqlite
      .prepare("SELECT due_on FROM clocks WHERE case_id = ? AND kind = 'transfer_to_filing'")
      .get(created.id) as { due_on: string } | undefined;
    expect(clock).toBeDefined();
    expect(transfer).toHaveTextContent(clock!.due_on);
    expect(within(transfer).getByTestId('clock-days-left')).toHaveTextContent(/剩 \d+ 天|今日到期/);
    expect(screen.getByTestId('case-outcome')).toHaveTextContent('转立案');
    expect(screen.getByTestId('reopen-case')).toBeInTheDocument();
    core.close();
  });
});
