import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';
import { demoCore } from './case-fixtures';
import { exportAs, recordDownloads } from './reports-helpers';
import { exportEntries, slowPrinterCore } from './slow-printer';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the shared export control', () => {
  it('shows the export’s progress, and 取消 stops it with a neutral note, no file and no audit entry', async () => {
    const { core, started, release } = await slowPrinterCore();
    const user = userEvent.setup();
    const { downloads } = recordDownloads();
    const view = renderApp(core);
    const { rows } = await view.client.call('cases.list', { filters: { status: 'closed' }, page: { offset: 0, limit: 1 } });
    window.location.hash = `#/cases/${rows[0]!.id}`;
    await screen.findByTestId('case-number', {}, FIRST_LOAD);
    const before = exportEntries(core);

    await exportAs(user, 'case-summary-export', 'pdf');
    await started;
    // The core's own steps drew the bar up to the printing step.
    const progress = await screen.findByTestId('case-summary-export-progress');
    await waitFor(() => expect(progress).toHaveTextContent('正在排版打印 PDF…'));
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    // The bar follows every job.progress of its channel, and only of its channel.
    act(() => view.transport.emit('job.progress', { channel: 'summary.case', percent: 70, label: { 'zh-CN': '正在等待打印…', en: 'Waiting…' } }));
    act(() => view.transport.emit('job.progress', { channel: 'summary.period', percent: 95, label: { 'zh-CN': '别的导出', en: 'Another export' } }));
    expect(within(progress).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '70');
    expect(progress).toHaveTextContent('正在等待打印…');
    // Another export of the same kind waits for this one.
    expect(screen.getByTestId('case-summary-export')).toBeDisabled();

    await user.click(within(progress).getByTestId('case-summary-export-cancel'));
    await waitFor(() => expect(progress).toHaveTextContent('正在取消…'));
    release();

    expect(await screen.findByText('已取消，未生成文件。')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('case-summary-export-progress')).not.toBeInTheDocument());
    expect(screen.queryByTestId('case-summary-export-error')).not.toBeInTheDocument();
    expect(downloads).toEqual([]);
    expect(exportEntries(core)).toBe(before);
    expect(screen.getByTestId('case-summary-export')).toBeEnabled();
    core.close();
  });

  it('a failed export says why in the current language (no Chromium for the PDF)', async () => {
    // The demo core of the component tests has no printer, as a machine without Chromium.
    const noPrinter = await demoCore();
    const user = userEvent.setup();
    const { downloads } = recordDownloads();
    window.localStorage.setItem('adr.language', 'en');
    renderApp(noPrinter);
    window.location.hash = '#/statistics?tab=summary&summaryPeriod=2026';

    const tab = await screen.findByTestId('tab-summary', {}, FIRST_LOAD);
    expect(screen.getByRole('tab', { name: 'Work summary' })).toHaveAttribute('aria-selected', 'true');
    await within(tab).findByTestId('summary-received');
    expect(within(tab).getByTestId('summary-received')).toHaveTextContent('Received');
    expect(within(tab).getByTestId('summary-resolution-rate')).toHaveTextContent('Resolution rate');
    expect(tab).toHaveTextContent('2026-01-01 to 2026-12-31');
    expect(within(tab).getByTestId('summary-by-category')).toHaveTextContent('By dispute category');

    await exportAs(user, 'summary-period-export', 'pdf');
    const failure = await screen.findByTestId('summary-period-export-error');
    expect(failure).toHaveTextContent('Cannot produce a PDF: no Chromium browser was found.');
    expect(downloads).toEqual([]);
    await user.click(within(failure).getByTestId('summary-period-export-dismiss'));
    await waitFor(() => expect(screen.queryByTestId('summary-period-export-error')).not.toBeInTheDocument());
    noPrinter.close();
  });
});
