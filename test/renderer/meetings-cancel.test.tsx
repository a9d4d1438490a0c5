import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';
import { recordDownloads } from './reports-helpers';
import { exportEntries, slowPrinterCore } from './slow-printer';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cancelling a meeting pack', () => {
  it('取消 beside the progress bar stops the pack: a neutral note, no file, no audit entry', async () => {
    const { core, started, release } = await slowPrinterCore();
    const user = userEvent.setup();
    const { downloads } = recordDownloads();
    const view = renderApp(core);
    const december = await view.client.call('meetings.list', { from: '2026-12-07T00:00:00+08:00', to: '2026-12-09T00:00:00+08:00' });
    window.location.hash = `#/meetings/${december.find((m) => m.kind === 'analysis')!.id}`;
    const before = exportEntries(core);

    await user.click(await screen.findByTestId('meeting-pack', {}, FIRST_LOAD));
    // The PDF printer is now holding the pack in the core.
    await started;
    const progress = await screen.findByTestId('document-progress');
    await user.click(within(progress).getByTestId('document-cancel'));
    release();

    expect(await screen.findByText('已取消，未生成文件。')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('document-progress')).not.toBeInTheDocument());
    expect(screen.queryByTestId('document-error')).not.toBeInTheDocument();
    expect(screen.queryByTestId('document-outcome')).not.toBeInTheDocument();
    expect(downloads).toEqual([]);
    expect(exportEntries(core)).toBe(before);
    core.close();
  });
});
