import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { setUpCore } from '../core/helpers/core';
import { renderApp, storedSetting } from './helpers';
import { FIRST_LOAD, findDialog } from './dialogs';
import { ADMIN, signInAs, withPasswords } from './auth-fixtures';

type User = ReturnType<typeof userEvent.setup>;

function operatorRow(core: Core, name: string) {
  return core.sqlite.prepare('SELECT role, active, password_hash AS hash FROM operators WHERE name = ?').get(name) as
    | { role: string; active: number; hash: string | null }
    | undefined;
}

/** The administrator on Settings → 操作员. */
async function onOperatorsTab() {
  const { core } = await setUpCore();
  await withPasswords(core);
  const user = userEvent.setup();
  window.location.hash = '#/settings?tab=operators';
  const view = renderApp(core);
  await signInAs(user, ADMIN.name, ADMIN.password);
  await screen.findByTestId('operator-settings', {}, FIRST_LOAD);
  await screen.findByTestId('operator-row-王秘书');
  return { core, user, ...view };
}

async function typePassword(user: User, dialog: HTMLElement, password: string) {
  await user.type(within(dialog).getByLabelText('新密码'), password);
  await user.type(within(dialog).getByLabelText('确认新密码'), password);
}

async function signOut(user: User) {
  await user.click(screen.getByTestId('current-operator'));
  await user.click(await screen.findByTestId('menu-sign-out'));
  await screen.findByTestId('sign-in-screen');
}

describe('Settings → 操作员', () => {
  it('lists the operators; the administrator adds one with a password, who can then sign in', async () => {
    const { core, user } = await onOperatorsTab();
    const admin = screen.getByTestId(`operator-row-${ADMIN.name}`);
    expect(admin).toHaveTextContent('管理员');
    expect(admin).toHaveTextContent('（当前）');
    expect(admin).toHaveTextContent('已设置');

    await user.click(screen.getByTestId('operator-add'));
    const dialog = await findDialog('添加操作员');
    await user.type(within(dialog).getByLabelText('姓名'), '孙联络');
    await user.click(within(dialog).getByText('联络员'));
    await typePassword(user, dialog, 'sun-pass-12');
    await user.click(within(dialog).getByTestId('operator-submit'));

    expect(await screen.findByText('已保存操作员 孙联络')).toBeInTheDocument();
    const row = await screen.findByTestId('operator-row-孙联络');
    expect(row).toHaveTextContent('联络员');
    expect(row).toHaveTextContent('在用');
    expect(row).toHaveTextContent('已设置');
    expect(operatorRow(core, '孙联络')).toMatchObject({ role: 'liaison', active: 1, hash: expect.stringMatching(/^scrypt\$/) });

    await signOut(user);
    await signInAs(user, '孙联络', 'sun-pass-12');
    await waitFor(() => expect(screen.getByTestId('current-operator')).toHaveTextContent('孙联络'));
    core.close();
  });

  it('edits a role and deactivates; the deactivated operator is gone from the sign-in picker', async () => {
    const { core, user } = await onOperatorsTab();
    await user.click(screen.getByRole('button', { name: '编辑 王秘书' }));
    const dialog = await findDialog('编辑操作员：王秘书');
    await user.click(within(dialog).getByText('协调员'));
    await user.click(within(dialog).getByTestId('operator-active'));
    await user.click(within(dialog).getByTestId('operator-submit'));

    expect(await screen.findByText('已保存操作员 王秘书')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('operator-row-王秘书')).toHaveTextContent('已停用'));
    expect(screen.getByTestId('operator-row-王秘书')).toHaveTextContent('协调员');
    expect(operatorRow(core, '王秘书')).toMatchObject({ role: 'coordinator', active: 0 });

    await signOut(user);
    await user.click(screen.getByLabelText('操作员'));
    await screen.findAllByTitle('李联络');
    expect(screen.queryAllByTitle('王秘书')).toHaveLength(0);
    core.close();
  });

  it('shows what the core refuses: a name already taken, the last administrator demoted', async () => {
    const { core, user } = await onOperatorsTab();
    await user.click(screen.getByTestId('operator-add'));
    const add = await findDialog('添加操作员');
    await user.type(within(add).getByLabelText('姓名'), '王秘书');
    await typePassword(user, add, 'another-pass-1');
    await user.click(within(add).getByTestId('operator-submit'));
    expect(await within(add).findByText('已有同名操作员')).toBeInTheDocument();
    await user.click(within(add).getByRole('button', { name: /取\s*消/ }));

    await user.click(screen.getByRole('button', { name: `编辑 ${ADMIN.name}` }));
    const edit = await findDialog(`编辑操作员：${ADMIN.name}`);
    await user.click(within(edit).getByText('秘书'));
    await user.click(within(edit).getByTestId('operator-submit'));
    expect(await within(edit).findByText(/至少需要保留一名在用的管理员/)).toBeInTheDocument();
    expect(operatorRow(core, ADMIN.name)).toMatchObject({ role: 'administrator' });
    core.close();
  });

  it('resets a password: the new one signs in, the old one no longer does', async () => {
    const { core, user } = await onOperatorsTab();
    await user.click(screen.getByRole('button', { name: '重置密码 李联络' }));
    const dialog = await findDialog('重置密码：李联络');
    await typePassword(user, dialog, 'liaison-pass-2');
    await user.click(within(dialog).getByTestId('operator-submit'));
    expect(await screen.findByText('已重置 李联络 的密码')).toBeInTheDocument();

    await signOut(user);
    await signInAs(user, '李联络', 'liaison-pass-1');
    expect(await screen.findByText('操作员或密码不正确。')).toBeInTheDocument();
    await user.type(screen.getByTestId('sign-in-password'), 'liaison-pass-2{Enter}');
    await waitFor(() => expect(screen.getByTestId('current-operator')).toHaveTextContent('李联络'));
    core.close();
  });
});

describe('Settings → 安全', () => {
  it('the administrator sets the idle lock minutes', async () => {
    const { core, user, client } = await onOperatorsTab();
    await user.click(screen.getByRole('tab', { name: '安全' }));
    const input = await screen.findByTestId('idle-lock-minutes');
    await waitFor(() => expect(input).toHaveValue('15'));
    await user.clear(input);
    await user.type(input, '5');
    await user.click(screen.getByTestId('security-save'));
    expect(await screen.findByText('已保存：空闲 5 分钟后锁定')).toBeInTheDocument();
    expect(storedSetting(core, 'security.idle_lock_minutes')).toBe(5);
    expect((await client.call('auth.status')).idleLockMinutes).toBe(5);
    core.close();
  });

  it('a secretary sees neither 操作员 nor 安全', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    const user = userEvent.setup();
    window.location.hash = '#/settings?tab=operators';
    renderApp(core);
    await signInAs(user, '王秘书', 'secretary-pass-1');
    await screen.findByTestId('page-settings', {}, FIRST_LOAD);
    expect(screen.getByRole('tab', { name: '系统信息' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '操作员' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '安全' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('operator-settings')).not.toBeInTheDocument();
    core.close();
  });
});
