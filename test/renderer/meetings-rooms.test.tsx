import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD, findDialog } from './dialogs';

describe('meeting rooms in Settings', () => {
  it('lists the rooms, adds one, and refuses a second room of the same name on the name field', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/settings?tab=rooms';
    const view = renderApp(core);

    const table = await screen.findByTestId('rooms-table', {}, FIRST_LOAD);
    await waitFor(() => expect(within(table).getByText('中心会议室')).toBeInTheDocument(), FIRST_LOAD);
    expect(within(table).getByText('中心三楼301室')).toBeInTheDocument();

    await user.click(screen.getByTestId('room-new'));
    let dialog = await findDialog('新增会议室');
    await user.type(within(dialog).getByLabelText('名称'), '第三调解室');
    await user.type(within(dialog).getByLabelText('位置'), '中心二楼205室');
    await user.type(within(dialog).getByLabelText('容纳人数'), '8');
    await user.click(screen.getByTestId('room-submit'));
    await waitFor(() => expect(within(table).getByText('第三调解室')).toBeInTheDocument());
    expect(within(table).getByText('8 人')).toBeInTheDocument();
    const rooms = await view.client.call('rooms.list');
    expect(rooms.find((r) => r.name === '第三调解室')).toMatchObject({ location: '中心二楼205室', capacity: 8, active: true });

    await user.click(screen.getByTestId('room-new'));
    dialog = await findDialog('新增会议室');
    await user.type(within(dialog).getByLabelText('名称'), '第一调解室');
    await user.click(screen.getByTestId('room-submit'));
    await waitFor(() => expect(within(dialog).getByLabelText('名称')).toHaveAttribute('aria-invalid', 'true'));
    expect((await view.client.call('rooms.list')).filter((r) => r.name === '第一调解室')).toHaveLength(1);
    core.close();
  });

  it('a deactivated room is no longer offered for a new meeting', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/settings?tab=rooms';
    renderApp(core);

    const table = await screen.findByTestId('rooms-table', {}, FIRST_LOAD);
    await user.click(await within(table).findByLabelText('编辑 第二调解室', {}, FIRST_LOAD));
    const dialog = await findDialog('编辑会议室');
    await user.click(within(dialog).getByLabelText('启用'));
    await user.click(screen.getByTestId('room-submit'));
    await waitFor(() => expect(within(table).getByText('已停用')).toBeInTheDocument());

    window.location.hash = '#/meetings';
    await user.click(await screen.findByTestId('meeting-new', {}, FIRST_LOAD));
    const form = await findDialog('新建会议');
    await user.click(within(form).getByLabelText('会议室'));
    const names = await waitFor(() => {
      const shown = [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')];
      if (shown.length === 0) throw new Error('no options shown');
      return shown.map((o) => o.getAttribute('title'));
    });
    expect(names.some((n) => n?.startsWith('中心会议室'))).toBe(true);
    expect(names.some((n) => n?.startsWith('第二调解室'))).toBe(false);
    core.close();
  });
});
