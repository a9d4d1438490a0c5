import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MIME } from '../../electron/contract/schemas/files';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';

// The demo data (core clock 2026-11-27) names four agencies in its last quarter.
const QUARTER = '2026Q4';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the statistics page: quarterly notice', () => {
  it('lists exactly the agencies named, with their reasons, and a saved rectification survives a restart', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.location.hash = `#/statistics?tab=quarterly&quarter=${QUARTER}`;
    const first = renderApp(core);
    const report = await first.client.call('quarterly.get', { quarter: QUARTER });
    expect(report.entries.length).toBeGreaterThan(0);
    const notNamed = report.appearance.filter((a) => !report.entries.some((e) => e.agencyId === a.agencyId));
    expect(notNamed.length).toBeGreaterThan(0);

    const named = await screen.findByTestId('quarterly-named');
    expect(within(named).getByText(`本季度通报 ${report.entries.length} 个单位`)).toBeInTheDocument();
    for (const entry of report.entries) {
      const card = within(named).getByTestId(`named-${entry.agencyId}`);
      expect(card).toHaveTextContent(entry.agencyName);
      for (const reason of entry.reasons) expect(card).toHaveTextContent(reason.text['zh-CN']);
      expect(card).toHaveTextContent('尚未反馈');
    }
    for (const a of notNamed) expect(within(named).queryByTestId(`named-${a.agencyId}`)).not.toBeInTheDocument();

    const entry = report.entries[0]!;
    const card = within(named).getByTestId(`named-${entry.agencyId}`);
    await user.click(within(card).getByLabelText('整改反馈'));
    await user.paste('主要负责人今后亲自出庭。');
    await user.type(within(card).getByLabelText('反馈日期'), '2026-11-25{enter}');
    await user.click(within(card).getByTestId('rectification-save'));
    expect(await screen.findByText(`${entry.agencyName}的整改反馈已保存`)).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByTestId(`named-${entry.agencyId}`)).getByText('已反馈')).toBeInTheDocument());
    const stored = core.sqlite
      .prepare('SELECT rectification, rectification_on FROM quarterly_notices WHERE quarter = ? AND agency_id = ?')
      .get(QUARTER, entry.agencyId);
    expect(stored).toEqual({ rectification: '主要负责人今后亲自出庭。', rectification_on: '2026-11-25' });
    // One click, one save.
    expect(core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'quarterly.rectification'").pluck().get()).toBe(1);

    first.unmount();
    window.location.hash = `#/statistics?tab=quarterly&quarter=${QUARTER}`;
    renderApp(core);
    const again = await screen.findByTestId(`named-${entry.agencyId}`);
    await waitFor(() => expect(within(again).getByLabelText('整改反馈')).toHaveValue('主要负责人今后亲自出庭。'));
    expect(within(again).getByLabelText('反馈日期')).toHaveValue('2026-11-25');
    core.close();
    // Two full mounts of a page with a form per named agency: slow in jsdom on a busy machine.
  }, 40_000);

  it('the export buttons download the notice as DOCX and as XLSX', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    // jsdom has no object URLs and does not download; record what the page hands over instead.
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: createObjectURL });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
    const downloads: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    window.location.hash = `#/statistics?tab=quarterly&quarter=${QUARTER}`;
    renderApp(core);

    await screen.findByTestId('quarterly-named');
    await user.click(screen.getByTestId('quarterly-export-docx'));
    await waitFor(() => expect(downloads).toEqual([{ href: 'blob:test/1', download: `季度通报-${QUARTER}.docx` }]));
    expect(blobs[0]!.type).toBe(MIME.docx);
    await user.click(screen.getByTestId('quarterly-export-xlsx'));
    await waitFor(() => expect(downloads[1]).toEqual({ href: 'blob:test/2', download: `季度通报-${QUARTER}.xlsx` }));
    expect(blobs[1]!.type).toBe(MIME.xlsx);
    // Both are zip containers (OOXML): the bytes really are the generated files.
    for (const blob of blobs) {
      const head = new Uint8Array(await blob.arrayBuffer()).slice(0, 2);
      expect(String.fromCharCode(...head)).toBe('PK');
    }
    expect((await screen.findAllByText(`已导出 季度通报-${QUARTER}.xlsx`)).length).toBeGreaterThan(0);
    core.close();
  });

  it('in English the tabs, the figures and the reasons for naming an agency are in English', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    window.localStorage.setItem('adr.language', 'en');
    window.location.hash = '#/statistics?period=2026';
    const view = renderApp(core);

    const rate = await screen.findByTestId('appearance-rate');
    expect(rate).toHaveTextContent('Head appearance rate');
    expect(rate).toHaveTextContent('Target 70.0%');
    expect(screen.getAllByText('Below target').length).toBeGreaterThan(0);
    expect(screen.queryByText('低于目标')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Quarterly notice' }));
    expect(await screen.findByTestId('tab-quarterly')).toBeInTheDocument();
    const report = await view.client.call('quarterly.get', { quarter: QUARTER });
    window.location.hash = `#/statistics?tab=quarterly&quarter=${QUARTER}`;
    const named = await screen.findByTestId('quarterly-named');
    const entry = report.entries[0]!;
    const card = await within(named).findByTestId(`named-${entry.agencyId}`);
    for (const reason of entry.reasons) {
      expect(card).toHaveTextContent(reason.text.en);
      expect(card).not.toHaveTextContent(reason.text['zh-CN']);
    }
    expect(within(card).getByLabelText('Rectification feedback')).toBeInTheDocument();
    expect(screen.getByTestId('quarterly-export-docx')).toHaveTextContent('Export Word');
    core.close();
  });
});
