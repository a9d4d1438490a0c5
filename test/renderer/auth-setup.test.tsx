import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryCore } from '../core/helpers/core';
import { renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';

describe('first-run setup with a password', () => {
  it('asks for the password twice (at least 8 characters, the same); from the next start the center asks who is signing in', async () => {
    const core = await memoryCore();
    const user = userEvent.setup();
    const first = renderApp(core);

    await screen.findByTestId('page-setup');
    await user.type(screen.getByLabelText('中心名称'), '秦皇岛市行政争议化解中心');
    await user.type(screen.getByLabelText('对口法院'), '秦皇岛市中级人民法院');
    await user.type(screen.getByLabelText('第一位操作员姓名'), '张管理');
    await user.click(screen.getByRole('button', { name: '完成设置' }));
    expect(await screen.findAllByText('请输入密码')).toHaveLength(2);

    await user.type(screen.getByLabelText('登录密码'), 'short');
    await user.type(screen.getByLabelText('确认登录密码'), 'shorter');
    await user.click(screen.getByRole('button', { name: '完成设置' }));
    expect(await screen.findByText('密码至少 8 位')).toBeInTheDocument();
    expect(screen.getByText('两次输入的密码不一致')).toBeInTheDocument();
    expect(core.sqlite.prepare('SELECT count(*) FROM operators').pluck().get()).toBe(0);

    await user.clear(screen.getByLabelText('登录密码'));
    await user.type(screen.getByLabelText('登录密码'), 'admin-pass-1');
    await user.clear(screen.getByLabelText('确认登录密码'));
    await user.type(screen.getByLabelText('确认登录密码'), 'admin-pass-1');
    await user.click(screen.getByRole('button', { name: '完成设置' }));
    await screen.findByTestId('page-dashboard', {}, FIRST_LOAD);
    expect(screen.getByTestId('current-operator')).toHaveTextContent('张管理');
    const hash = core.sqlite.prepare('SELECT password_hash FROM operators').pluck().get() as string;
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain('admin-pass-1');

    // A new window is a new session: nobody is signed in there.
    first.unmount();
    renderApp(core);
    await screen.findByTestId('sign-in-screen', {}, FIRST_LOAD);
    expect(screen.queryByTestId('page-dashboard')).not.toBeInTheDocument();
    core.close();
  });

  it('the first operator is the administrator, and the form says why', async () => {
    const core = await memoryCore();
    renderApp(core);

    await screen.findByTestId('page-setup');
    expect(screen.getByTestId('setup-role')).toHaveTextContent('管理员');
    expect(screen.getByText(/只有管理员能添加协调员、秘书和联络员/)).toBeInTheDocument();
    expect(screen.queryByText('秘书')).not.toBeInTheDocument();
    core.close();
  });
});
