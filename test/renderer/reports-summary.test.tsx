import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MIME } from '../../electron/contract/schemas/files';
import type { Client } from '../../renderer/src/client/client';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD } from './dialogs';
import { blobStart, exportAs, recordDownloads } from './reports-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A demo case with the given status that is not flagged typical. */
async function demoCase(client: Client, status: 'open' | 'closed') {
  const { rows } = await client.call('cases.list', { filters: { status }, page: { offset: 0, limit: 50 } });
  for (const row of rows) {
    const detail = await client.call('cases.get', { id: row.id });
    if (!detail.isTypical) return detail;
  }
  throw new Error(`no ${status} demo case that is not typical`);
}

describe('the case page’s summaries', () => {
  it('the closing report downloads as a DOCX from the case header', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { blobs, downloads } = recordDownloads();
    const view = renderApp(core);
    const kase = await demoCase(view.client, 'closed');
    window.location.hash = `#/cases/${kase.id}`;

    await screen.findByTestId('case-number', {}, FIRST_LOAD);
    await exportAs(user, 'case-summary-export', 'docx');

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/\.docx$/);
    expect(blobs[0]!.type).toBe(MIME.docx);
    expect(await blobStart(blobs[0]!, 2)).toBe('PK');
    // The export is audited with the SHA-256 of the very file the page saved.
    const audit = core.sqlite.prepare("SELECT entity_id, detail FROM audit_log WHERE action = 'export' ORDER BY seq DESC LIMIT 1").get() as { entity_id: string; detail: string };
    const logged = JSON.parse(audit.detail) as { fileName: string; sha256: string };
    expect(audit.entity_id).toBe(kase.id);
    expect(logged.fileName).toBe(downloads[0]);
    expect(logged.sha256).toBe(createHash('sha256').update(new Uint8Array(await blobs[0]!.arrayBuffer())).digest('hex'));
    core.close();
  });

  it('a closed case can be flagged typical, and only then offers its publicity version', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { blobs, downloads } = recordDownloads();
    const view = renderApp(core);
    const kase = await demoCase(view.client, 'closed');
    window.location.hash = `#/cases/${kase.id}`;

    const toggle = await screen.findByTestId('typical-switch', {}, FIRST_LOAD);
    await waitFor(() => expect(toggle).toBeEnabled());
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(screen.queryByTestId('typical-export')).not.toBeInTheDocument();

    await user.click(toggle);
    await waitFor(() => expect(screen.getByTestId('typical-switch')).toHaveAttribute('aria-checked', 'true'));
    const stored = core.sqlite.prepare('SELECT is_typical FROM cases WHERE id = ?').get(kase.id) as { is_typical: number };
    expect(stored.is_typical).toBe(1);

    await exportAs(user, 'typical-export', 'docx');
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/\.docx$/);
    expect(await blobStart(blobs[0]!, 2)).toBe('PK');

    // Cleared again, the publicity export goes away.
    await user.click(screen.getByTestId('typical-switch'));
    await waitFor(() => expect(screen.queryByTestId('typical-export')).not.toBeInTheDocument());
    expect((core.sqlite.prepare('SELECT is_typical FROM cases WHERE id = ?').get(kase.id) as { is_typical: number }).is_typical).toBe(0);
    core.close();
  });

  it('an open case has the closing report but no typical switch', async () => {
    const core = await demoCore();
    const view = renderApp(core);
    const kase = await demoCase(view.client, 'open');
    window.location.hash = `#/cases/${kase.id}`;

    expect(await screen.findByTestId('case-summary-export', {}, FIRST_LOAD)).toBeInTheDocument();
    expect(screen.getByTestId('case-status')).toHaveTextContent('在办');
    expect(screen.queryByTestId('typical-switch')).not.toBeInTheDocument();
    expect(screen.queryByTestId('typical-export')).not.toBeInTheDocument();
    core.close();
  });
});

describe('the 工作情况 tab of 统计', () => {
  it('shows the figures summary.periodFigures computes for the year, and exports them as XLSX', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { blobs, downloads } = recordDownloads();
    const view = renderApp(core);
    const figures = await view.client.call('summary.periodFigures', { period: '2026' });
    expect(figures.totals.received).toBeGreaterThan(0);
    window.location.hash = '#/statistics?tab=summary&summaryPeriod=2026';

    const tab = await screen.findByTestId('tab-summary', {}, FIRST_LOAD);
    await waitFor(() => expect(within(tab).getByTestId('summary-received')).toHaveTextContent(String(figures.totals.received)));
    expect(within(tab).getByTestId('summary-closed')).toHaveTextContent(String(figures.totals.closed));
    expect(within(tab).getByTestId('summary-open')).toHaveTextContent(String(figures.totals.openAtEnd));
    const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
    expect(within(tab).getByTestId('summary-resolution-rate')).toHaveTextContent(pct(figures.resolutionRate));
    expect(within(tab).getByTestId('summary-withdrawal-rate')).toHaveTextContent(pct(figures.withdrawalRate));
    expect(within(tab).getByTestId('summary-appearance')).toHaveTextContent(pct(figures.appearance.rate));
    expect(within(tab).getByTestId('summary-overdue-clocks')).toHaveTextContent(String(figures.overdue.clocks.length));
    // Each category's row carries the core's numbers.
    const categories = within(tab).getByTestId('summary-by-category');
    const top = figures.byCategory[0]!;
    const row = within(categories).getByText(top.name).closest('tr')!;
    expect(row).toHaveTextContent(`${top.received}${top.closed}${top.resolved}${pct(top.resolutionRate)}`);
    // The period picker shows the year; the header names its days.
    expect(tab).toHaveTextContent('2026-01-01 至 2026-12-31');

    await exportAs(user, 'summary-period-export', 'xlsx');
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/\.xlsx$/);
    expect(blobs[0]!.type).toBe(MIME.xlsx);
    expect(await blobStart(blobs[0]!, 2)).toBe('PK');
    core.close();
  });

  it('switching to a month asks the core for that month and keeps it in the address', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const view = renderApp(core);
    const figures = await view.client.call('summary.periodFigures', { period: '2026-11' });
    window.location.hash = '#/statistics?tab=summary&summaryPeriod=2026Q4';

    const tab = await screen.findByTestId('tab-summary', {}, FIRST_LOAD);
    await within(tab).findByTestId('summary-received');
    await user.click(within(tab).getByText('月度'));
    await waitFor(() => expect(window.location.hash).toContain('summaryPeriod=2026-10'));
    // October first (the quarter's start), then November from the picker's month panel.
    expect(within(tab).getByTestId('summary-period-picker').querySelector('.ant-picker input')).toHaveValue('2026年10月');
    await user.click(within(tab).getByTestId('summary-period-picker').querySelector('.ant-picker input')!);
    const november = await waitFor(() => {
      const cell = document.querySelector<HTMLElement>('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) td[title="2026-11"]');
      if (!cell) throw new Error('no month panel');
      return cell;
    });
    await user.click(november);
    await waitFor(() => expect(window.location.hash).toContain('summaryPeriod=2026-11'));
    await waitFor(() => expect(within(tab).getByTestId('summary-received')).toHaveTextContent(String(figures.totals.received)));
    expect(tab).toHaveTextContent('2026-11-01 至 2026-11-30');
    core.close();
  });
});
