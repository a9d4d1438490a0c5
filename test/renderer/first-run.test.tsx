import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryCore, setUpCore } from '../core/helpers/core';
import { renderApp, storedSetting } from './helpers';

const CENTER = '秦皇岛市行政争议化解中心';
const COURT = '秦皇岛市中级人民法院';

function operatorCount(core: Awaited<ReturnType<typeof memoryCore>>): number {
  return (core.sqlite.prepare('SELECT count(*) AS n FROM operators').get() as { n: number }).n;
}

describe('first run', () => {
  it('setup stores the center and its first operator, then opens the dashboard under the center name', async () => {
    const core = await memoryCore();
    const user = userEvent.setup();
    renderApp(core);

    await screen.findByTestId('page-setup');
    await user.type(screen.getByLabelText('中心名称'), CENTER);
    await user.click(screen.getByText('区县级'));
    await user.type(screen.getByLabelText('对口法院'), COURT);
    await user.type(screen.getByLabelText('第一位操作员姓名'), '张协调');
    await user.type(screen.getByLabelText('登录密码'), 'first-pass-1');
    await user.type(screen.getByLabelText('确认登录密码'), 'first-pass-1');
    await user.click(screen.getByRole('button', { name: '完成设置' }));

    // Setting up with a password signs the first operator in: no sign-in screen right after.
    await screen.findByTestId('page-dashboard');
    expect(screen.queryByTestId('sign-in-screen')).not.toBeInTheDocument();
    expect(screen.queryByTestId('page-setup')).not.toBeInTheDocument();
    expect(screen.getByTestId('center-name')).toHaveTextContent(CENTER);
    expect(screen.getByTestId('current-operator')).toHaveTextContent('张协调');
    expect(screen.getByTestId('current-operator')).toHaveTextContent('管理员');

    expect(storedSetting(core, 'center.name')).toBe(CENTER);
    expect(storedSetting(core, 'center.level')).toBe('district');
    expect(storedSetting(core, 'center.court_name')).toBe(COURT);
    expect(core.sqlite.prepare('SELECT name, role FROM operators').all()).toEqual([{ name: '张协调', role: 'administrator' }]);
    core.close();
  });

  it('an empty center name is refused on the form and nothing is written', async () => {
    const core = await memoryCore();
    const user = userEvent.setup();
    renderApp(core);

    await screen.findByTestId('page-setup');
    await user.type(screen.getByLabelText('对口法院'), COURT);
    await user.type(screen.getByLabelText('第一位操作员姓名'), '张协调');
    await user.click(screen.getByRole('button', { name: '完成设置' }));

    expect(await screen.findByText('请输入中心名称')).toBeInTheDocument();
    // Give a (wrongly) sent request every chance to land before checking that none did.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByTestId('page-setup')).toBeInTheDocument();
    expect(storedSetting(core, 'center.name')).toBeUndefined();
    expect(operatorCount(core)).toBe(0);
    core.close();
  });

  it('field issues the core returns are shown on their fields', async () => {
    const core = await memoryCore();
    const user = userEvent.setup();
    const view = renderApp(core);
    // Stand in for a page whose checks drifted from the contract: the name reaches the core too long.
    const realInvoke = view.transport.invoke.bind(view.transport);
    let refusal: { path: string; message: { 'zh-CN': string } } | undefined;
    view.transport.invoke = async (channel, input) => {
      const sent = channel === 'setup.complete' ? { ...(input as object), operatorName: '张'.repeat(51) } : input;
      const result = await realInvoke(channel, sent);
      if (!result.ok && channel === 'setup.complete') refusal = result.error.fields?.[0];
      return result;
    };

    await screen.findByTestId('page-setup');
    await user.type(screen.getByLabelText('中心名称'), CENTER);
    await user.type(screen.getByLabelText('对口法院'), COURT);
    await user.type(screen.getByLabelText('第一位操作员姓名'), '张协调');
    await user.type(screen.getByLabelText('登录密码'), 'first-pass-1');
    await user.type(screen.getByLabelText('确认登录密码'), 'first-pass-1');
    await user.click(screen.getByRole('button', { name: '完成设置' }));

    expect(await screen.findByText('输入有误，请检查标出的字段。')).toBeInTheDocument();
    expect(refusal?.path).toBe('operatorName');
    const nameItem = screen.getByText('第一位操作员姓名').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(within(nameItem).getByText(refusal!.message['zh-CN'])).toBeVisible());
    expect(storedSetting(core, 'center.name')).toBeUndefined();
    core.close();
  });

  it('switching to English relabels the navigation and the choice survives a restart', async () => {
    const { core } = await setUpCore();
    const user = userEvent.setup();
    const first = renderApp(core);

    await screen.findByTestId('page-dashboard');
    expect(screen.getByTestId('nav-cases')).toHaveTextContent('案件');
    await user.click(screen.getByTestId('language-switch'));

    expect(screen.getByTestId('nav-cases')).toHaveTextContent('Cases');
    expect(screen.getByTestId('nav-exchange')).toHaveTextContent('Exports & court');
    expect(screen.queryByText('协调事项')).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    first.unmount();
    renderApp(core);
    await screen.findByTestId('page-dashboard');
    expect(screen.getByTestId('nav-settings')).toHaveTextContent('Settings');
    core.close();
  });
});
