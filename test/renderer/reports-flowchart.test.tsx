import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OUTCOME_LABEL } from '../../electron/core/cases/stage-machine';
import { renderApp } from './helpers';
import { demoCore } from './case-fixtures';
import { FIRST_LOAD } from './dialogs';
import { blobStart, exportAs, recordDownloads, svgOfImage } from './reports-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('flowcharts on screen', () => {
  it('Settings → 工作流程 shows the template’s flowchart as an image, and its SVG export downloads', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { blobs, downloads } = recordDownloads();
    const view = renderApp(core);
    const template = await view.client.call('workflow.current');
    window.location.hash = '#/settings?tab=workflow';

    const card = await screen.findByTestId('workflow-flowchart', {}, FIRST_LOAD);
    const image = await within(card).findByTestId('flowchart-template-image');
    expect(image.tagName).toBe('IMG');
    const svg = svgOfImage(image);
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg\b/);
    // Every step of the template is drawn (the chart escapes text as XML).
    for (const step of template.steps.filter((s) => !s.retired)) expect(svg).toContain(step.name.replace(/&/g, '&amp;'));
    // Shown as an image, never as live markup in the page.
    expect(card.querySelector('svg text')).toBeNull();

    await exportAs(user, 'flowchart-template-export', 'svg');
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toBe('工作流程图.svg');
    expect(blobs[0]!.type).toBe('image/svg+xml');
    expect(await blobs[0]!.text()).toBe(svg);
    core.close();
  });

  it('saving a new template version redraws the flowchart beside the editor', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    renderApp(core);
    window.location.hash = '#/settings?tab=workflow';

    const card = await screen.findByTestId('workflow-flowchart', {}, FIRST_LOAD);
    await within(card).findByTestId('flowchart-template-image');
    const table = await screen.findByTestId('workflow-steps');
    const first = within(table).getAllByLabelText('步骤名称')[0]!;
    await user.clear(first);
    await user.type(first, '登记收案并核对材料');
    await user.click(screen.getByTestId('workflow-save'));
    await waitFor(() => expect(svgOfImage(within(card).getByTestId('flowchart-template-image'))).toContain('登记收案并核对材料'));
    core.close();
  });

  it('a closed case’s 流程图 tab shows its own path, ending in its outcome', async () => {
    const core = await demoCore();
    const view = renderApp(core);
    const { rows } = await view.client.call('cases.list', { filters: { status: 'closed' }, page: { offset: 0, limit: 1 } });
    const kase = await view.client.call('cases.get', { id: rows[0]!.id });
    window.location.hash = `#/cases/${kase.id}?tab=flowchart`;

    const tab = await screen.findByTestId('case-flowchart', {}, FIRST_LOAD);
    const image = await within(tab).findByTestId('flowchart-case-image');
    expect(image).toHaveAttribute('alt', `${kase.caseNumber} 办理流程图`);
    const svg = svgOfImage(image);
    expect(svg).toContain(kase.caseNumber);
    const done = kase.steps.filter((s) => s.status === 'done');
    expect(done.length).toBeGreaterThan(0);
    for (const step of done) expect(svg).toContain(step.name);
    expect(svg).toContain(OUTCOME_LABEL[kase.outcome!]['zh-CN']);
    expect(screen.getByTestId('flowchart-case-export')).toBeEnabled();
    core.close();
  });

  it('the case flowchart exports as PNG at twice its drawn size', async () => {
    const core = await demoCore();
    const user = userEvent.setup();
    const { blobs, downloads } = recordDownloads();
    const view = renderApp(core);
    const { rows } = await view.client.call('cases.list', { filters: { status: 'closed' }, page: { offset: 0, limit: 1 } });
    window.location.hash = `#/cases/${rows[0]!.id}?tab=flowchart`;

    const image = await screen.findByTestId('flowchart-case-image', {}, FIRST_LOAD);
    const width = Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(svgOfImage(image))![1]);
    await exportAs(user, 'flowchart-case-export', 'png');
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
    expect(downloads[0]).toMatch(/-流程图\.png$/);
    expect(await blobStart(blobs[0]!, 4)).toBe('\x89PNG');
    // PNG header: the width is the big-endian word at byte 16.
    const header = new DataView(await blobs[0]!.slice(16, 20).arrayBuffer());
    expect(header.getUint32(0)).toBe(Math.round(width * 2));
    core.close();
  });
});
