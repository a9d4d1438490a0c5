import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';
import { demoCore } from './case-fixtures';
import { fileInput, fileOf, printingDemoCore, referral, referralJson } from './exchange-helpers';

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

describe('the court’s receipt', () => {
  it('acknowledges the batch after 确认导入: badges clear, and the filing number shows on its case (the one change left for the next batch)', async () => {
    const core = await printingDemoCore();
    const user = userEvent.setup();
    window.location.hash = '#/exchange?tab=imports';
    const view = renderApp(core);
    const { batch } = await view.client.call('court.export', { mode: 'incremental' });
    const transferred = core.sqlite
      .prepare("SELECT id, case_number FROM cases WHERE outcome = 'transferred_to_filing' AND deleted_at IS NULL LIMIT 1")
      .get() as { id: string; case_number: string };
    const other = core.sqlite
      .prepare('SELECT case_number FROM cases WHERE id <> ? AND deleted_at IS NULL ORDER BY received_on DESC, case_number DESC LIMIT 1')
      .pluck()
      .get(transferred.id) as string;
    const receipt = {
      format: 'adr-court-receipt',
      version: 1,
      batchNumber: batch.batchNumber,
      packageSha256: batch.sha256,
      receivedOn: '2026-11-26',
      filings: [{ caseNumber: transferred.case_number, courtFilingNumber: '（2026）冀0302行初45号', filedOn: '2026-11-27' }],
    };
    const tab = await openImports();
    await waitFor(() => expect(screen.getByTestId('summary-unsynced')).toHaveTextContent(/未同步案件[1-9]/));

    await user.upload(fileInput(tab), fileOf('回执-第1批.json', JSON.stringify(receipt), 'application/json'));
    const preview = await within(tab).findByTestId('court-import-receipt');
    expect(within(tab).getByTestId('court-import-kind')).toHaveTextContent('回执');
    expect(preview).toHaveTextContent('第 1 批');
    expect(preview).toHaveTextContent('2026-11-26');
    expect(preview).toHaveTextContent(transferred.case_number);
    expect(preview).toHaveTextContent('（2026）冀0302行初45号');
    expect(within(preview).getByText('登记立案号')).toBeInTheDocument();
    // Nothing is acknowledged by the preview.
    expect(screen.getByTestId('summary-acknowledged')).toHaveTextContent('尚未确认');

    await user.click(within(tab).getByTestId('court-import-submit'));
    expect(await within(tab).findByTestId('court-import-result')).toHaveTextContent('第 1 批已确认，登记立案号 1 个');
    await waitFor(() => expect(screen.getByTestId('summary-acknowledged')).toHaveTextContent('第 1 批'));
    // Every case of the batch is synced, the transferred one too: its filing number is the court's own.
    expect(screen.getByTestId('summary-unsynced')).toHaveTextContent('未同步案件0');
    expect(within(tab).getByTestId('court-import-history')).toHaveTextContent('回执-第1批.json');

    window.location.hash = '#/cases';
    const row = await screen.findByTestId(`case-row-${other}`);
    await waitFor(() => expect(within(row).queryByTestId('unsynced-tag')).not.toBeInTheDocument());
    expect(screen.queryAllByTestId('unsynced-tag')).toHaveLength(0);

    window.location.hash = `#/cases/${transferred.id}`;
    expect(await screen.findByTestId('case-filing-number')).toHaveTextContent('法院立案号 （2026）冀0302行初45号');
    expect(screen.queryByTestId('unsynced-tag')).not.toBeInTheDocument();
    core.close();
  });
});
