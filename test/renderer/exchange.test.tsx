import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { setUpCore } from '../core/helpers/core';
import { renderApp } from './helpers';
import { FIRST_LOAD, findDialog } from './dialogs';
import { blobStart, recordDownloads } from './reports-helpers';
import { slowPrinterCore } from './slow-printer';
import { printingDemoCore } from './exchange-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

function batchCount(core: Core): number {
  return core.sqlite.prepare("SELECT count(*) FROM court_batches WHERE direction = 'export'").pluck().get() as number;
}

function auditEntriesWith(core: Core, text: string): number {
  return core.sqlite.prepare('SELECT count(*) FROM audit_log WHERE detail LIKE ?').pluck().get(`%${text}%`) as number;
}

/** As a receipt would: the court holds every change made so far. */
function acknowledgeEverything(core: Core): void {
  const through = core.sqlite.prepare('SELECT value FROM change_counter WHERE id = 1').pluck().get() as number;
  const now = core.now();
  core.sqlite
    .prepare(
      `INSERT INTO court_batches (id, direction, batch_number, kind, mode, from_change_seq, to_change_seq, file_name, sha256,
         record_count, case_count, delivered_at, acknowledged_at, created_at, updated_at)
       VALUES (?, 'export', 1, 'package', 'all', 0, ?, 'batch-1.zip', ?, 0, 0, ?, ?, ?, ?)`,
    )
    .run(core.newId(), through, 'a'.repeat(64), now, now, now, now);
}

describe('the court exchange page (导出与同步)', () => {
  it('opens on the batches tab: no batch yet, nothing acknowledged, the current key', async () => {
    const { core } = await setUpCore();
    window.location.hash = '#/exchange';
    const view = renderApp(core);
    const key = await view.client.call('court.key');

    const page = await screen.findByTestId('page-exchange', {}, FIRST_LOAD);
    expect(within(page).getByRole('heading', { name: '导出与同步' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '批次' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('还没有导出过批次。点击“导出增量批次”生成第一个文件包。')).toBeInTheDocument();
    expect(screen.getByTestId('summary-acknowledged')).toHaveTextContent('尚未确认');
    expect(screen.getByTestId('summary-unsynced')).toHaveTextContent('未同步案件0');
    const short = key.fingerprint.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');
    await waitFor(() => expect(screen.getByTestId('summary-key')).toHaveTextContent(short));
    expect(screen.queryByTestId('error-alert')).not.toBeInTheDocument();
    core.close();
  });

  it('exports an incremental batch into the history, writes it again byte for byte, and marks it delivered', async () => {
    const core = await printingDemoCore();
    const user = userEvent.setup();
    const { blobs, downloads } = recordDownloads();
    window.location.hash = '#/exchange';
    renderApp(core);
    await waitFor(() => expect(screen.getByTestId('summary-unsynced')).toHaveTextContent(/未同步案件[1-9]\d*/), FIRST_LOAD);

    await user.click(screen.getByTestId('court-export-incremental'));
    const row = await screen.findByTestId('batch-row-1', {}, { timeout: 60_000 });
    expect(await screen.findByText(/已生成第 1 批/)).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatch(/\.zip$/);
    expect(await blobStart(blobs[0]!, 2)).toBe('PK');
    expect(row).toHaveTextContent('第 1 批');
    expect(row).toHaveTextContent('增量');
    expect(within(row).getByTestId('batch-status')).toHaveTextContent('已生成');
    const sha = core.sqlite.prepare("SELECT sha256 FROM court_batches WHERE direction = 'export' AND batch_number = 1").pluck().get() as string;
    expect(row).toHaveTextContent(sha.slice(0, 4));
    // The package's SHA-256 is in the audit log.
    expect(auditEntriesWith(core, sha)).toBeGreaterThan(0);
    expect(screen.queryByTestId('court-export-incremental-error')).not.toBeInTheDocument();

    // 重新导出: the stored bytes, not a rebuilt package.
    await user.click(within(row).getByTestId('batch-rewrite-1'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]).toBe(downloads[0]);
    expect(new Uint8Array(await blobs[1]!.arrayBuffer())).toEqual(new Uint8Array(await blobs[0]!.arrayBuffer()));

    await user.click(within(row).getByTestId('batch-deliver-1'));
    await user.click(await screen.findByRole('button', { name: '标记已送达' }));
    await waitFor(() => expect(within(screen.getByTestId('batch-row-1')).getByTestId('batch-status')).toHaveTextContent('已送达'));
    expect(screen.getByTestId('batch-row-1')).toHaveTextContent('送达 ');
    expect(within(screen.getByTestId('batch-row-1')).queryByTestId('batch-deliver-1')).not.toBeInTheDocument();
    core.close();
  });

  it('exporting all data asks first, saying the court receives everything again', async () => {
    const core = await printingDemoCore();
    const user = userEvent.setup();
    const { downloads } = recordDownloads();
    window.location.hash = '#/exchange';
    renderApp(core);
    await screen.findByText(/还没有导出过批次/, {}, FIRST_LOAD);

    await user.click(screen.getByTestId('court-export-all'));
    const dialog = await findDialog('导出全部数据？');
    expect(dialog).toHaveTextContent('法院将重新收到全部内容');
    await user.click(within(dialog).getByRole('button', { name: /取\s?消/ }));
    expect(batchCount(core)).toBe(0);
    expect(screen.queryByTestId('court-export-all-progress')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('court-export-all'));
    await user.click(within(await findDialog('导出全部数据？')).getByRole('button', { name: /导\s?出/ }));
    const row = await screen.findByTestId('batch-row-1', {}, { timeout: 60_000 });
    expect(row).toHaveTextContent('全部');
    expect(downloads).toHaveLength(1);
    core.close();
  });

  it('shows the export’s progress, and 取消 leaves no batch behind', async () => {
    const { core, started, release } = await slowPrinterCore();
    const user = userEvent.setup();
    const { downloads } = recordDownloads();
    window.location.hash = '#/exchange';
    renderApp(core);
    await screen.findByText(/还没有导出过批次/, {}, FIRST_LOAD);

    await user.click(screen.getByTestId('court-export-incremental'));
    await started;
    const progress = await screen.findByTestId('court-export-incremental-progress');
    // The other export button waits: one court export at a time.
    expect(screen.getByTestId('court-export-all')).toBeDisabled();
    await user.click(within(progress).getByTestId('court-export-incremental-cancel'));
    release();

    expect(await screen.findByText('已取消，未生成文件。', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(downloads).toEqual([]);
    expect(batchCount(core)).toBe(0);
    expect(screen.getByText(/还没有导出过批次/)).toBeInTheDocument();
    core.close();
  });

  it('an incremental export with nothing new says so as a note, not as an error', async () => {
    const core = await printingDemoCore();
    acknowledgeEverything(core);
    const user = userEvent.setup();
    const { downloads } = recordDownloads();
    window.location.hash = '#/exchange';
    renderApp(core);
    await waitFor(() => expect(screen.getByTestId('summary-unsynced')).toHaveTextContent('未同步案件0'), FIRST_LOAD);
    expect(screen.getByTestId('summary-acknowledged')).toHaveTextContent('第 1 批');

    await user.click(screen.getByTestId('court-export-incremental'));
    expect(await screen.findByText(/自法院上次确认的批次以来没有任何变化/)).toBeInTheDocument();
    expect(screen.queryByTestId('court-export-incremental-error')).not.toBeInTheDocument();
    expect(downloads).toEqual([]);
    expect(batchCount(core)).toBe(1);
    core.close();
  });
});
