import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SYSTEM_ACTOR } from '../../electron/core/audit/audit-log';
import { saveOperator } from '../../electron/core/auth/operator-admin';
import { findOperatorByName } from '../../electron/core/services/operators';
import { setUpCore } from '../core/helpers/core';
import { renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';
import { printingDemoCore } from './exchange-helpers';
import { signInAs, withPasswords } from './auth-fixtures';

describe('what an operator is offered follows their permissions', () => {
  it('a secretary sees no court export buttons, only who exports; the liaison sees them', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    const user = userEvent.setup();
    window.location.hash = '#/exchange';
    renderApp(core);

    await signInAs(user, '王秘书', 'secretary-pass-1');
    await screen.findByTestId('tab-batches', {}, FIRST_LOAD);
    expect(screen.getByTestId('court-export-denied')).toHaveTextContent('法院文件包须由管理员、联络员导出。当前操作员：王秘书（秘书）');
    expect(screen.queryByTestId('court-export-incremental')).not.toBeInTheDocument();
    expect(screen.queryByTestId('court-export-all')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('current-operator'));
    await user.click(await screen.findByTestId('menu-switch-operator'));
    await signInAs(user, '李联络', 'liaison-pass-1');
    expect(await screen.findByTestId('court-export-incremental', {}, FIRST_LOAD)).toBeInTheDocument();
    expect(screen.getByTestId('court-export-all')).toBeInTheDocument();
    expect(screen.queryByTestId('court-export-denied')).not.toBeInTheDocument();
    core.close();
  });

  it('a secretary is not offered case registration; a coordinator is', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    const user = userEvent.setup();
    window.location.hash = '#/cases';
    renderApp(core);

    await signInAs(user, '王秘书', 'secretary-pass-1');
    await screen.findByTestId('page-cases', {}, FIRST_LOAD);
    expect(screen.queryByTestId('new-case')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('current-operator'));
    await user.click(await screen.findByTestId('menu-switch-operator'));
    await signInAs(user, '赵协调', 'coordinator-pass-1');
    expect(await screen.findByTestId('new-case', {}, FIRST_LOAD)).toBeInTheDocument();
    core.close();
  });

  it('a coordinator sees the workflow template and the holidays read-only', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    const user = userEvent.setup();
    window.location.hash = '#/settings?tab=workflow';
    renderApp(core);

    await signInAs(user, '赵协调', 'coordinator-pass-1');
    expect(await screen.findByTestId('workflow-read-only', {}, FIRST_LOAD)).toHaveTextContent('只有管理员可以修改工作流程模板');
    expect(screen.queryByTestId('workflow-save')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByDisplayValue('行政争议化解工作流程（默认）')).toBeDisabled());

    await user.click(screen.getByRole('tab', { name: '节假日' }));
    expect(await screen.findByTestId('holidays-read-only')).toHaveTextContent('只有管理员可以修改节假日安排');
    expect(screen.queryByTestId('holidays-save')).not.toBeInTheDocument();
    core.close();
  });

  it('a call the core refuses still says why: PERMISSION_DENIED names the role', async () => {
    const core = await printingDemoCore();
    await withPasswords(core);
    const user = userEvent.setup();
    window.location.hash = '#/exchange';
    renderApp(core);
    await signInAs(user, '李联络', 'liaison-pass-1');
    const button = await screen.findByTestId('court-export-incremental', {}, FIRST_LOAD);

    // The administrator moves the liaison to the secretaries while their page is open.
    const liaison = findOperatorByName(core, '李联络')!;
    await saveOperator(core, SYSTEM_ACTOR, { id: liaison.id, name: liaison.name, role: 'secretary', active: true });
    await user.click(button);

    const error = await screen.findByTestId('court-export-incremental-error');
    expect(within(error).getByText('当前操作员（秘书）无权执行此操作。')).toBeInTheDocument();
    expect(core.sqlite.prepare("SELECT count(*) FROM court_batches WHERE direction = 'export'").pluck().get()).toBe(0);
    core.close();
  });
});
