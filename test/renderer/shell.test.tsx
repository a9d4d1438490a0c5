import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { setUpCore } from '../core/helpers/core';
import { renderApp } from './helpers';

const AREAS = [
  ['案件', 'cases'],
  ['会议', 'meetings'],
  ['单位', 'agencies'],
  ['协调事项', 'tasks'],
  ['导出与同步', 'exchange'],
  ['统计', 'statistics'],
  ['设置', 'settings'],
  ['工作台', 'dashboard'],
] as const;

/** Areas with their real page; the others still show the placeholder. */
const BUILT = new Set<string>(['dashboard', 'settings', 'cases', 'meetings', 'agencies', 'tasks', 'statistics', 'exchange']);

function insertCase(core: Core, id: string, stage: string, category: string): void {
  const now = core.now();
  const categoryId = core.sqlite.prepare('SELECT id FROM dispute_categories WHERE name = ?').pluck().get(category);
  core.sqlite
    .prepare(
      `INSERT INTO cases (id, case_number, title, source, category_id, stage, received_on, created_at, updated_at)
       VALUES (?, ?, ?, 'petition', ?, ?, '2026-11-20', ?, ?)`,
    )
    .run(id, `秦行化〔2026〕${id}号`, `案件 ${id}`, categoryId, stage, now, now);
}

describe('the main layout', () => {
  it('opens every area from the side menu, unbuilt ones saying so', async () => {
    const { core } = await setUpCore();
    const user = userEvent.setup();
    renderApp(core);
    await screen.findByTestId('page-dashboard');

    for (const [label, area] of AREAS) {
      await user.click(screen.getByText(label, { selector: '[data-testid^="nav-"]' }));
      const page = await screen.findByTestId(`page-${area}`);
      if (!BUILT.has(area)) {
        expect(within(page).getByText(/该栏目尚未建成/)).toBeInTheDocument();
      }
    }
    expect(window.location.hash).toBe('#/');
    core.close();
  });

  it('follows the Electron menu: navigation to known areas and the language switch', async () => {
    const { core } = await setUpCore();
    const view = renderApp(core);
    await screen.findByTestId('page-dashboard');

    act(() => view.transport.emit('menu.command', { command: 'navigate', target: '/meetings' }));
    await screen.findByTestId('page-meetings');
    act(() => view.transport.emit('menu.command', { command: 'navigate', target: '/no-such-area' }));
    expect(screen.getByTestId('page-meetings')).toBeInTheDocument();

    act(() => view.transport.emit('menu.command', { command: 'language', target: 'en' }));
    expect(await screen.findByText('Drag across the calendar to schedule a meeting', { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('nav-meetings')).toHaveTextContent('Meetings');
    expect(window.localStorage.getItem('adr.language')).toBe('en');
    core.close();
  });

  it('the empty dashboard offers demo data and shows what the core then holds', async () => {
    const { core } = await setUpCore();
    const user = userEvent.setup();
    renderApp(core);
    await screen.findByTestId('dashboard-empty');
    expect(screen.getByTestId('stat-totalCases')).toHaveTextContent('0');

    await user.click(screen.getByRole('button', { name: /载入演示数据/ }));
    expect(await screen.findByText(/已载入演示数据/)).toBeInTheDocument();
    // The demo set is another module's business: compare with the database, not a fixed number.
    const cases = core.sqlite.prepare('SELECT count(*) FROM cases WHERE deleted_at IS NULL').pluck().get() as number;
    await waitFor(() => expect(screen.getByTestId('stat-totalCases')).toHaveTextContent(String(cases)));
    expect(screen.queryByTestId('dashboard-empty') === null).toBe(cases > 0);
    core.close();
  });

  it('the dashboard counts refresh when the core reports a write', async () => {
    const { core } = await setUpCore();
    const view = renderApp(core);
    await screen.findByTestId('dashboard-empty');

    insertCase(core, '1', 'during', '劳动和社会保障');
    insertCase(core, '2', 'closed', '劳动和社会保障');
    act(() => view.transport.emit('data.changed', { channel: 'cases.create' }));

    const byStage = await screen.findByTestId('by-stage');
    expect(screen.queryByTestId('dashboard-empty')).not.toBeInTheDocument();
    expect(screen.getByTestId('stat-totalCases')).toHaveTextContent('2');
    expect(screen.getByTestId('stat-openCases')).toHaveTextContent('1');
    expect(within(byStage).getByText('化解中').closest('tr')).toHaveTextContent('1');
    expect(within(screen.getByTestId('by-category')).getByText('劳动和社会保障').closest('tr')).toHaveTextContent('2');
    core.close();
  });
});

describe('the settings page', () => {
  it('shows where the data lives and who is acting, and reports an intact audit chain', async () => {
    const { core } = await setUpCore();
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    renderApp(core);
    const page = await screen.findByTestId('page-settings');

    expect(within(page).getByText(':memory:')).toBeInTheDocument();
    expect(within(page).getByText('0.0.0-test')).toBeInTheDocument();
    expect(within(page).getByText('秦皇岛市中级人民法院')).toBeInTheDocument();
    expect(within(page).getByText('市级')).toBeInTheDocument();
    expect(within(page).getByText('张协调（管理员）')).toBeInTheDocument();

    const entries = core.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    expect(entries).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: /校验审计链/ }));
    expect(await screen.findByTestId('audit-result')).toHaveTextContent(`审计链完整：共 ${entries} 条记录。`);
    core.close();
  });

  it('names the first tampered audit entry', async () => {
    const { core } = await setUpCore();
    // What someone editing the file with a SQLite tool could do: the app itself cannot.
    core.sqlite.exec('DROP TRIGGER audit_log_no_update');
    core.sqlite.prepare("UPDATE audit_log SET detail = '{\"centerName\":\"别的中心\"}' WHERE seq = 1").run();
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    renderApp(core);
    await screen.findByTestId('page-settings');

    await user.click(screen.getByRole('button', { name: /校验审计链/ }));
    const result = await screen.findByTestId('audit-result');
    expect(result).toHaveTextContent('审计链已损坏');
    expect(result).toHaveTextContent('第 1 条起异常');
    core.close();
  });
});
