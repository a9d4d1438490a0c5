import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appendAudit } from '../../electron/core/audit/audit-log';
import type { Core } from '../../electron/core/core';
import { setUpCore } from '../core/helpers/core';
import { chooseOption, renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';
import { recordDownloads } from './reports-helpers';
import { ADMIN, STAFF, signInAs, withPasswords } from './auth-fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

/** setup.complete (entry 1) and three more: two court actions by 李联络, one case update. */
async function auditCore(): Promise<Core> {
  const { core } = await setUpCore();
  const li = { operatorId: 'op-li', operatorName: '李联络' };
  const add = (at: string, action: string, detail: Record<string, unknown>) =>
    core.q.tx(() => appendAudit(core.q, li, at, { action, entity: action.startsWith('court') ? 'court_batches' : 'cases', entityId: 'x', detail }));
  add('2026-11-02T02:00:00.000Z', 'court.export', { batchNumber: 1, sha256: 'f'.repeat(64) });
  add('2026-11-03T02:00:00.000Z', 'court.import', { kind: 'receipt' });
  add('2026-11-04T02:00:00.000Z', 'case.update', { caseNumber: '秦行化〔2026〕7号' });
  return core;
}

describe('the audit log page (审计日志)', () => {
  it('is in the side menu and lists the log newest first with the total', async () => {
    const core = await auditCore();
    window.location.hash = '#/';
    const user = userEvent.setup();
    renderApp(core);
    await user.click(await screen.findByTestId('nav-audit', {}, FIRST_LOAD));
    const page = await screen.findByTestId('page-audit', {}, FIRST_LOAD);
    expect(within(page).getByRole('heading', { name: '审计日志' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent('共 4 条'));
    const rows = within(screen.getByTestId('audit-table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('case.update');
    expect(rows[3]).toHaveTextContent('setup.complete');
    core.close();
  });

  it('filters by an action prefix and by detail text, and expands an entry to its detail', async () => {
    const core = await auditCore();
    window.location.hash = '#/audit';
    const user = userEvent.setup();
    renderApp(core);
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent('共 4 条'), FIRST_LOAD);
    const action = within(screen.getByTestId('audit-filters')).getAllByRole('combobox')[1]!;
    await chooseOption(user, action, 'court.（全部）');
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent('共 2 条'));
    const text = within(screen.getByTestId('audit-filter-text')).getByRole('searchbox');
    await user.type(text, 'receipt{Enter}');
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent('共 1 条'));
    const row = within(screen.getByTestId('audit-table')).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('court.import');
    await user.click(within(row).getByRole('button'));
    expect(await screen.findByTestId('audit-detail-3')).toHaveTextContent('"kind": "receipt"');
    await user.click(screen.getByTestId('audit-filter-reset'));
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent('共 4 条'));
    core.close();
  });

  it('verifies the chain: intact, then the first broken entry after tampering', async () => {
    const core = await auditCore();
    window.location.hash = '#/audit';
    const user = userEvent.setup();
    renderApp(core);
    await screen.findByTestId('page-audit', {}, FIRST_LOAD);
    await user.click(screen.getByTestId('audit-verify'));
    expect(await screen.findByTestId('audit-verify-result')).toHaveTextContent('链条完整：共 4 条');
    core.sqlite.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = '{\"kind\":\"forged\"}' WHERE seq = 3;");
    await user.click(screen.getByTestId('audit-verify'));
    await waitFor(() => expect(screen.getByTestId('audit-verify-result')).toHaveTextContent('链条在第 3 条处断开'));
    core.close();
  });

  it('exports the filtered entries as XLSX and the export appears in the log', async () => {
    const core = await auditCore();
    const { downloads } = recordDownloads();
    window.location.hash = '#/audit';
    const user = userEvent.setup();
    renderApp(core);
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent('共 4 条'), FIRST_LOAD);
    const operator = within(screen.getByTestId('audit-filters')).getAllByRole('combobox')[0]!;
    await chooseOption(user, operator, '李联络');
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent('共 3 条'));
    await user.click(screen.getByTestId('audit-export'));
    await waitFor(() => expect(downloads).toEqual(['审计日志-2026-11-27.xlsx']));
    const entry = core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'export' AND entity = 'audit_log'").pluck().get() as string;
    expect(JSON.parse(entry)).toMatchObject({ rows: 3, filters: { operator: '李联络' }, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    core.close();
  });

  it('is only in the menu of an administrator; a secretary opening it is told she may not', async () => {
    const core = await auditCore();
    await withPasswords(core);
    window.location.hash = '#/';
    const user = userEvent.setup();
    renderApp(core);
    const secretary = STAFF.find((s) => s.role === 'secretary')!;
    await signInAs(user, secretary.name, secretary.password);
    await screen.findByTestId('nav-cases', {}, FIRST_LOAD);
    expect(screen.queryByTestId('nav-audit')).not.toBeInTheDocument();
    window.location.hash = '#/audit';
    await screen.findByTestId('page-audit', {}, FIRST_LOAD);
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('无权执行此操作');
    expect(screen.queryByTestId('audit-total')).not.toBeInTheDocument();
    core.close();
  });

  it('an administrator signed in sees the entry', async () => {
    const core = await auditCore();
    await withPasswords(core);
    window.location.hash = '#/';
    const user = userEvent.setup();
    renderApp(core);
    await signInAs(user, ADMIN.name, ADMIN.password);
    expect(await screen.findByTestId('nav-audit', {}, FIRST_LOAD)).toHaveTextContent('审计日志');
    core.close();
  });
});
