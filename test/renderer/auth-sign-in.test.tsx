import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { setUpCore } from '../core/helpers/core';
import { renderApp } from './helpers';
import { FIRST_LOAD, findDialog } from './dialogs';
import { ADMIN, signInAs, withPasswords } from './auth-fixtures';

function auditActions(core: Core): string[] {
  return core.sqlite.prepare("SELECT action FROM audit_log WHERE action LIKE 'auth.%' ORDER BY seq").pluck().all() as string[];
}

async function openMenu(user: ReturnType<typeof userEvent.setup>, item: string) {
  await user.click(screen.getByTestId('current-operator'));
  await user.click(await screen.findByTestId(item));
}

describe('sign-in', () => {
  it('a wrong password is refused with a clear message and the field cleared; the right one opens the desk as that operator', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    const user = userEvent.setup();
    renderApp(core);

    await screen.findByTestId('sign-in-screen', {}, FIRST_LOAD);
    // Nothing of the desk is mounted behind a signed-out screen.
    expect(screen.queryByTestId('app-pages')).not.toBeInTheDocument();
    await signInAs(user, '王秘书', 'not-the-password');

    expect(await screen.findByText('操作员或密码不正确。')).toBeInTheDocument();
    const password = screen.getByTestId('sign-in-password');
    expect(password).toHaveValue('');
    await waitFor(() => expect(password).toHaveFocus());
    expect(screen.queryByTestId('page-dashboard')).not.toBeInTheDocument();

    await user.type(password, 'secretary-pass-1{Enter}');
    await screen.findByTestId('page-dashboard', {}, FIRST_LOAD);
    expect(screen.queryByTestId('sign-in-screen')).not.toBeInTheDocument();
    expect(screen.getByTestId('current-operator')).toHaveTextContent('王秘书');
    expect(screen.getByTestId('current-operator')).toHaveTextContent('秘书');
    expect(auditActions(core)).toEqual(['auth.signInFailed', 'auth.signIn']);
    core.close();
  });

  it('an empty password never leaves the page', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    const user = userEvent.setup();
    renderApp(core);

    await screen.findByTestId('sign-in-screen', {}, FIRST_LOAD);
    await user.click(screen.getByTestId('sign-in-submit'));
    expect(await screen.findByText('请选择操作员')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(auditActions(core)).toEqual([]);
    core.close();
  });

  it('sign-out leaves only the sign-in screen, which starts on the last operator of this machine', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    const user = userEvent.setup();
    const { client } = renderApp(core);

    await signInAs(user, '李联络', 'liaison-pass-1');
    await screen.findByTestId('page-dashboard', {}, FIRST_LOAD);
    await openMenu(user, 'menu-sign-out');

    const signIn = await screen.findByTestId('sign-in-screen');
    expect(screen.queryByTestId('app-pages')).not.toBeInTheDocument();
    expect(within(signIn).getByText('李联络')).toBeInTheDocument();
    // The operator is already chosen: the cursor waits in the password field.
    await waitFor(() => expect(screen.getByTestId('sign-in-password')).toHaveFocus());
    expect(screen.queryByTestId('sign-in-back')).not.toBeInTheDocument();
    expect((await client.call('auth.status')).operator).toBeNull();
    expect(auditActions(core)).toEqual(['auth.signIn', 'auth.signOut']);
    core.close();
  });

  it('切换操作员 can go back to the same desk, or sign someone else in to fresh pages', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    const user = userEvent.setup();
    renderApp(core);

    await signInAs(user, ADMIN.name, ADMIN.password);
    await screen.findByTestId('page-dashboard', {}, FIRST_LOAD);
    await openMenu(user, 'menu-switch-operator');
    await screen.findByTestId('sign-in-screen');
    await user.click(screen.getByTestId('sign-in-back'));
    await waitFor(() => expect(screen.queryByTestId('sign-in-screen')).not.toBeInTheDocument());
    expect(screen.getByTestId('current-operator')).toHaveTextContent(ADMIN.name);

    await openMenu(user, 'menu-switch-operator');
    await signInAs(user, '赵协调', 'coordinator-pass-1');
    await waitFor(() => expect(screen.getByTestId('current-operator')).toHaveTextContent('赵协调'));
    expect(screen.getByTestId('current-operator')).toHaveTextContent('协调员');
    await screen.findByTestId('page-dashboard', {}, FIRST_LOAD);
    expect(screen.queryByTestId('sign-in-screen')).not.toBeInTheDocument();
    const switched = core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'auth.signIn' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(switched)).toMatchObject({ kind: 'switch' });
    core.close();
  });

  it('修改密码: a wrong current password is refused; the new one signs in afterwards', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    const user = userEvent.setup();
    renderApp(core);

    await signInAs(user, '王秘书', 'secretary-pass-1');
    await screen.findByTestId('page-dashboard', {}, FIRST_LOAD);
    await openMenu(user, 'menu-change-password');
    const dialog = await findDialog('修改密码');
    await user.type(within(dialog).getByLabelText('当前密码'), 'wrong-current');
    await user.type(within(dialog).getByLabelText('新密码'), 'short');
    await user.type(within(dialog).getByLabelText('确认新密码'), 'different');
    await user.click(within(dialog).getByTestId('change-password-submit'));
    expect(await within(dialog).findByText('密码至少 8 位')).toBeInTheDocument();
    expect(within(dialog).getByText('两次输入的密码不一致')).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('新密码'));
    await user.type(within(dialog).getByLabelText('新密码'), 'secretary-pass-2');
    await user.clear(within(dialog).getByLabelText('确认新密码'));
    await user.type(within(dialog).getByLabelText('确认新密码'), 'secretary-pass-2');
    await user.click(within(dialog).getByTestId('change-password-submit'));
    expect(await within(dialog).findByText('当前密码不正确')).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('当前密码'));
    await user.type(within(dialog).getByLabelText('当前密码'), 'secretary-pass-1{Enter}');
    expect(await screen.findByText('密码已修改')).toBeInTheDocument();

    await openMenu(user, 'menu-sign-out');
    await signInAs(user, '王秘书', 'secretary-pass-1');
    expect(await screen.findByText('操作员或密码不正确。')).toBeInTheDocument();
    await user.type(screen.getByTestId('sign-in-password'), 'secretary-pass-2{Enter}');
    await screen.findByTestId('page-dashboard', {}, FIRST_LOAD);
    core.close();
  });
});
