import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';

describe('the case list', () => {
  it('lists the cases newest first and opens a case from its row', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/cases';
    renderApp(core);
    const total = core.sqlite.prepare('SELECT count(*) FROM cases WHERE deleted_at IS NULL').pluck().get() as number;
    const newest = core.sqlite
      .prepare('SELECT id, case_number FROM cases WHERE deleted_at IS NULL ORDER BY received_on DESC, case_number DESC LIMIT 1')
      .get() as { id: string; case_number: string };

    await waitFor(() => expect(screen.getByTestId('case-count')).toHaveTextContent(`共 ${total} 起`));
    await user.click(await screen.findByTestId(`case-row-${newest.case_number}`));

    await screen.findByTestId('page-case');
    expect(window.location.hash).toBe(`#/cases/${newest.id}`);
    core.close();
  });

  it('narrows the list to overdue cases', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/cases';
    const view = renderApp(core);
    const all = await view.client.call('cases.list', { filters: {} });
    const overdue = await view.client.call('cases.list', { filters: { overdue: true } });
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.total).toBeLessThan(all.total);

    await waitFor(() => expect(screen.getByTestId('case-count')).toHaveTextContent(`共 ${all.total} 起`));
    await user.click(screen.getByLabelText('仅看逾期'));
    await waitFor(() => expect(screen.getByTestId('case-count')).toHaveTextContent(`共 ${overdue.total} 起`));
    core.close();
  });

  it('full-text search shows the field that matched with the hit highlighted', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = '#/cases';
    const view = renderApp(core);
    const party = core.sqlite.prepare("SELECT name FROM parties WHERE kind = 'person' LIMIT 1").pluck().get() as string;
    const expected = await view.client.call('cases.search', { text: party });
    expect(expected.length).toBeGreaterThan(0);

    await screen.findByTestId('case-table');
    await user.type(screen.getByLabelText('全文检索'), `${party}{enter}`);

    const hits = await screen.findByTestId('search-hits');
    await waitFor(() => expect(within(hits).getAllByTestId('search-hit').length).toBe(expected.length));
    const marks = hits.querySelectorAll('mark');
    expect(marks.length).toBeGreaterThan(0);
    expect([...marks].some((m) => party.includes(m.textContent ?? '') || (m.textContent ?? '').includes(party))).toBe(true);
    expect(within(hits).getAllByTestId('hit-field').some((tag) => tag.textContent === '当事人')).toBe(true);
    core.close();
  });
});
