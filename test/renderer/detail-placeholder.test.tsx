import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD } from './dialogs';

describe('a record page whose record does not exist', () => {
  it.each([
    ['#/cases/no-such-id', '案件不存在或已删除', '返回案件列表', '#/cases'],
    ['#/agencies/no-such-id', '单位不存在', '返回单位名录', '#/agencies'],
    ['#/meetings/no-such-id', '没有找到这次会议', '返回会议日程', '#/meetings'],
  ])('%s says so and leads back to its list', async (hash, title, back, list) => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = hash;
    renderApp(core);
    expect(await screen.findByText(title, {}, FIRST_LOAD)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: back }));
    await waitFor(() => expect(window.location.hash.replace(/\?.*$/, '')).toBe(list));
    core.close();
  });
});
