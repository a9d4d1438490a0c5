import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';
import { demoCore } from './case-fixtures';
import { fileInput, fileOf, referral, referralJson } from './exchange-helpers';

const RESPONDENT = '秦皇岛市自然资源和规划局';

function caseCount(core: Core): number {
  return core.sqlite.prepare('SELECT count(*) FROM cases').pluck().get() as number;
}

function openImports(): Promise<HTMLElement> {
  return screen.findByTestId('tab-imports', {}, FIRST_LOAD);
}

describe('imports from the court', () => {
  it('a referral file with bad rows lists each row’s reasons, and the import stays disabled', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/exchange?tab=imports';
    renderApp(core);
    const before = caseCount(core);
    const tab = await openImports();
    expect(await within(tab).findByText('还没有从法院导入过文件')).toBeInTheDocument();

    const file = referralJson([
      referral(RESPONDENT),
      referral('秦皇岛市不存在局', { courtNumber: '冀03行初902' }),
    ]);
    await user.upload(fileInput(tab), fileOf('委派名单.json', file, 'application/json'));

    const rejected = await within(tab).findByTestId('court-import-rejected');
    expect(rejected).toHaveTextContent('1 行有误，整个文件不会导入');
    expect(within(rejected).getByText('第 2 行')).toBeInTheDocument();
    expect(rejected).toHaveTextContent('法院案号「冀03行初902」格式不正确');
    expect(rejected).toHaveTextContent('被申请行政机关「秦皇岛市不存在局」不在单位名录中');
    // The good row is still shown with what it would do.
    expect(within(tab).getByTestId('court-import-rows')).toHaveTextContent('（2026）冀03行初901号');
    expect(within(tab).getByTestId('court-import-kind')).toHaveTextContent('委派名单');
    expect(within(tab).getByTestId('court-import-submit')).toBeDisabled();
    expect(caseCount(core)).toBe(before);
    core.close();
  });

  it('a good referral file imports only after 确认导入; the history lists it, and the same file again changes nothing', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/exchange?tab=imports';
    renderApp(core);
    const before = caseCount(core);
    const tab = await openImports();
    const file = () => fileOf('委派名单-2026-11.json', referralJson([referral(RESPONDENT)]), 'application/json');

    await user.upload(fileInput(tab), file());
    const rows = await within(tab).findByTestId('court-import-rows');
    expect(rows).toHaveTextContent('（2026）冀03行初901号');
    expect(rows).toHaveTextContent('李委派');
    expect(rows).toHaveTextContent(RESPONDENT);
    expect(within(rows).getByText('新建')).toBeInTheDocument();
    expect(within(tab).queryByTestId('court-import-rejected')).not.toBeInTheDocument();
    // Previewing applies nothing.
    expect(caseCount(core)).toBe(before);

    const submit = within(tab).getByTestId('court-import-submit');
    expect(submit).toBeEnabled();
    await user.click(submit);
    expect(await within(tab).findByTestId('court-import-result')).toHaveTextContent('新建 1 件案件，0 件已存在未改动');
    expect(caseCount(core)).toBe(before + 1);
    const history = within(tab).getByTestId('court-import-history');
    await waitFor(() => expect(history).toHaveTextContent('委派名单-2026-11.json'));
    expect(history).toHaveTextContent('委派名单');

    // The same file again: the preview says it was imported, and importing changes nothing.
    await user.upload(fileInput(tab), file());
    expect(await within(tab).findByTestId('court-import-already')).toHaveTextContent(/此文件已于 .+ 导入，再次导入不会有任何变化/);
    expect(within(within(tab).getByTestId('court-import-rows')).getByText(/已存在/)).toBeInTheDocument();
    await user.click(within(tab).getByTestId('court-import-submit'));
    expect(await within(tab).findByTestId('court-import-result')).toHaveTextContent('没有任何变化');
    expect(caseCount(core)).toBe(before + 1);
    core.close();
  });
});
