import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { renderApp } from './helpers';
import { FIRST_LOAD, findDialog } from './dialogs';
import { demoCore } from './case-fixtures';

/** The demo set with its closed cases moved back: two closed in 2012, the rest as they were. */
async function retentionCore(): Promise<{ core: Core; old: string[] }> {
  const core = await demoCore();
  const old = core.sqlite.prepare("SELECT id FROM cases WHERE status = 'closed' ORDER BY case_number LIMIT 2").pluck().all() as string[];
  expect(old).toHaveLength(2);
  for (const id of old) core.sqlite.prepare("UPDATE cases SET closed_on = '2012-05-01' WHERE id = ?").run(id);
  return { core, old };
}

/** antd puts the test id on the input itself or on its wrapper, depending on the version. */
function yearsInput(): HTMLElement {
  const el = screen.getByTestId('retention-years');
  return el.tagName === 'INPUT' ? el : within(el).getByRole('spinbutton');
}

const names = (core: Core, caseId: string) =>
  core.sqlite.prepare("SELECT name FROM parties WHERE case_id = ? AND kind = 'person'").pluck().all(caseId) as string[];

describe('Settings → 数据保留', () => {
  it('shows the period and the due cases, and anonymises them after a confirmation naming the count', async () => {
    const { core, old } = await retentionCore();
    window.location.hash = '#/settings?tab=retention';
    const user = userEvent.setup();
    renderApp(core);
    const card = await screen.findByTestId('retention-settings', {}, FIRST_LOAD);
    await waitFor(() => expect(screen.getByTestId('retention-due')).toHaveTextContent('2 件'));
    expect(card).toHaveTextContent('2016-11-27 之前结案的案件已到期');
    expect(yearsInput()).toHaveValue('10');
    const before = names(core, old[0]!);
    expect(before.some((n) => !n.endsWith('某') && !/某[甲乙丙]$/.test(n))).toBe(true);

    await user.click(screen.getByTestId('retention-run'));
    const dialog = await findDialog('匿名化 2 件案件的当事人信息？');
    expect(dialog).toHaveTextContent('此操作无法撤销');
    await user.click(within(dialog).getByRole('button', { name: '确认匿名化' }));

    await waitFor(() => expect(screen.getByTestId('retention-anonymised')).toHaveTextContent('2 件'));
    expect(screen.getByTestId('retention-due')).toHaveTextContent('0 件');
    expect(screen.getByTestId('retention-run')).toBeDisabled();
    for (const id of old) for (const n of names(core, id)) expect(n).toMatch(/某[甲乙丙丁]?$/);
    expect(core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'retention.anonymise'").pluck().get()).toBe(1);
    core.close();
  });

  it('cancelling the confirmation changes nothing; saving a period is audited and recounts', async () => {
    const { core, old } = await retentionCore();
    window.location.hash = '#/settings?tab=retention';
    const user = userEvent.setup();
    renderApp(core);
    await waitFor(() => expect(screen.getByTestId('retention-due')).toHaveTextContent('2 件'), FIRST_LOAD);
    const before = names(core, old[0]!);
    await user.click(screen.getByTestId('retention-run'));
    const dialog = await findDialog('匿名化 2 件案件的当事人信息？');
    await user.click(within(dialog).getByRole('button', { name: /取\s*消/ }));
    expect(names(core, old[0]!)).toEqual(before);

    const years = yearsInput();
    await user.clear(years);
    await user.type(years, '20');
    await user.click(screen.getByTestId('retention-save'));
    await waitFor(() => expect(screen.getByTestId('retention-due')).toHaveTextContent('0 件'));
    expect(screen.getByTestId('retention-settings')).toHaveTextContent('2006-11-27 之前结案');
    const entry = core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'retention.settings'").pluck().get() as string;
    expect(JSON.parse(entry)).toEqual({ before: 10, after: 20 });
    core.close();
  });
});
