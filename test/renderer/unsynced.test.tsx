import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';
import { demoCore } from './case-fixtures';

/**
 * The court acknowledges a batch carrying every change made so far, as its receipt would. Written
 * as SQL so the badge's rule is tested apart from the export and import services.
 */
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

function newestCase(core: Core): { id: string; case_number: string } {
  return core.sqlite
    .prepare('SELECT id, case_number FROM cases WHERE deleted_at IS NULL ORDER BY received_on DESC, case_number DESC LIMIT 1')
    .get() as { id: string; case_number: string };
}

describe('the 未同步 badge', () => {
  it('marks case rows with changes the court has not acknowledged, and clears when a batch holding them is acknowledged', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/cases';
    const view = renderApp(core);
    const newest = newestCase(core);

    const row = await screen.findByTestId(`case-row-${newest.case_number}`, {}, FIRST_LOAD);
    const tag = within(row).getByTestId('unsynced-tag');
    expect(tag).toHaveTextContent('未同步');
    await user.hover(tag);
    expect(await screen.findByText('有法院尚未确认的变更')).toBeInTheDocument();

    acknowledgeEverything(core);
    // What the core announces after a receipt import: the list reloads its rows.
    act(() => view.transport.emit('data.changed', { channel: 'court.import' }));
    await waitFor(() => expect(screen.queryAllByTestId('unsynced-tag')).toHaveLength(0));
    expect(screen.getByTestId(`case-row-${newest.case_number}`)).toBeInTheDocument();
    core.close();
  });

  it('shows in the case header after a change, and not once the court acknowledged everything', async () => {
    const core = await demoCore();
    acknowledgeEverything(core);
    const newest = newestCase(core);
    window.location.hash = `#/cases/${newest.id}`;
    const view = renderApp(core);

    await screen.findByTestId('case-number', {}, FIRST_LOAD);
    expect(screen.queryByTestId('unsynced-tag')).not.toBeInTheDocument();

    // A change to the case (its notes) makes it unsynced again.
    await view.client.call('cases.update', { id: newest.id, notes: '补充：当事人来电，同意调解。' });
    await waitFor(() => expect(screen.getByTestId('unsynced-tag')).toHaveTextContent('未同步'));
    core.close();
  });
});
