import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import type { MeetingDetail } from '../../../electron/contract/schemas/meetings';
import type { Core } from '../../../electron/core/core';
import { loadDemoData } from '../../../electron/core/demo/load-demo';
import { dispatch } from '../../../electron/core/handlers/registry';
import { defaultOperator } from '../../../electron/core/services/setup';
import type { Session } from '../../../electron/core/session';
import { memoryCore, setUpCore } from '../helpers/core';
import { onlyEvent, parse, vevents } from './ics-fixtures';

/**
 * `meetings.ics` through dispatch on a real core holding the demo data (three meetings held, two
 * scheduled, one draft), as the page calls it.
 */

async function demoCore() {
  const { core, session } = await setUpCore(await memoryCore());
  loadDemoData(core, defaultOperator(core)!);
  return { core, session };
}

async function call<T>(core: Core, session: Session, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(core, session, channel, input, { log: (m, e) => console.error(m, e) });
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function text(file: ExportFile): string {
  return Buffer.from(file.contentBase64, 'base64').toString('utf8');
}

function meetingRows(core: Core): { id: string; title: string; status: string; starts_at: string }[] {
  return core.sqlite.prepare('SELECT id, title, status, starts_at FROM meetings ORDER BY starts_at').all() as never;
}

describe('meetings.ics through dispatch', () => {
  it('exports a scheduled meeting as a REQUEST; moving it raises SEQUENCE under the same UID; cancelling it sends a CANCEL', async () => {
    const { core, session } = await demoCore();
    const row = meetingRows(core).find((m) => m.status === 'scheduled' && m.title.includes('案情研判会'))!;

    const first = await call<ExportFile>(core, session, 'meetings.ics', { id: row.id });
    expect(first.mimeType).toBe('text/calendar');
    expect(first.fileName).toBe(`${row.title}.ics`);
    expect(first.bytes).toBe(Buffer.from(first.contentBase64, 'base64').length);
    const before = onlyEvent(text(first));
    expect(parse(text(first)).getFirstPropertyValue('method')).toBe('REQUEST');
    expect(before.uid).toBe(`${row.id}@adr-desk`);
    expect(before.sequence).toBe(0);
    expect(before.startDate.toJSDate().toISOString()).toBe(row.starts_at);
    expect(before.location).toBe('中心会议室（中心三楼301室）');
    expect(before.organizer).toBe('mailto:noreply@adr-desk.invalid');
    expect(before.component.getFirstProperty('organizer')!.getParameter('cn')).toBe('张协调');
    const detail = await call<MeetingDetail>(core, session, 'meetings.get', { id: row.id });
    expect(before.attendees.map((a) => a.getParameter('cn'))).toEqual(detail.invitees.map((i) => i.name));
    for (const item of detail.agenda) expect(before.description).toContain(`${item.caseNumber} ${item.caseTitle}`);

    // Half an hour later, same length.
    const shift = (iso: string) => new Date(Date.parse(iso) + 30 * 60_000).toISOString();
    const moved = await call<{ saved: boolean }>(core, session, 'meetings.move', {
      id: row.id,
      startsAt: shift(detail.startsAt),
      endsAt: shift(detail.endsAt),
      acceptWarnings: true,
    });
    expect(moved.saved).toBe(true);
    const after = onlyEvent(text(await call<ExportFile>(core, session, 'meetings.ics', { id: row.id })));
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(1);
    expect(after.startDate.toJSDate().toISOString()).toBe(shift(detail.startsAt));

    await call(core, session, 'meetings.setStatus', { id: row.id, status: 'cancelled', reason: '主持人公务冲突' });
    const cancel = text(await call<ExportFile>(core, session, 'meetings.ics', { id: row.id }));
    expect(parse(cancel).getFirstPropertyValue('method')).toBe('CANCEL');
    expect(onlyEvent(cancel).uid).toBe(before.uid);
    expect(onlyEvent(cancel).sequence).toBe(2);
    expect(onlyEvent(cancel).component.getFirstPropertyValue('status')).toBe('CANCELLED');

    // Every export is in the audit trail.
    const audit = core.sqlite.prepare("SELECT entity_id, detail FROM audit_log WHERE action = 'export' AND entity = 'meetings'").all() as {
      entity_id: string;
      detail: string;
    }[];
    expect(audit.map((a) => a.entity_id)).toEqual([row.id, row.id, row.id]);
    expect(audit.map((a) => JSON.parse(a.detail).method)).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
  });

  it('exports a date range as one PUBLISH file holding exactly the non-draft meetings in it', async () => {
    const { core, session } = await demoCore();
    const rows = meetingRows(core);
    expect(rows.some((m) => m.status === 'draft')).toBe(true);

    const wide = await call<ExportFile>(core, session, 'meetings.ics', { from: '2026-01-01', to: '2027-12-31' });
    expect(wide.fileName).toBe('会议日程 2026-01-01至2027-12-31.ics');
    expect(parse(text(wide)).getFirstPropertyValue('method')).toBe('PUBLISH');
    const uids = (file: ExportFile) => vevents(text(file)).map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids(wide)).toEqual(rows.filter((m) => m.status !== 'draft').map((m) => `${m.id}@adr-desk`));

    // From today on: only the meetings still ahead (the demo's clock stands at 2026-11-27).
    const ahead = await call<ExportFile>(core, session, 'meetings.ics', { from: '2026-11-27', to: '2027-12-31' });
    const expected = rows.filter((m) => m.status !== 'draft' && m.starts_at >= '2026-11-26T16:00:00.000Z');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length - 1);
    expect(uids(ahead)).toEqual(expected.map((m) => `${m.id}@adr-desk`));
  });

  it('refuses a range that ends before it starts, a day that does not exist, and an unknown meeting', async () => {
    const { core, session } = await demoCore();
    const backwards = await dispatch(core, session, 'meetings.ics', { from: '2026-12-31', to: '2026-12-01' });
    expect(backwards.ok).toBe(false);
    if (!backwards.ok) expect(backwards.error.fields?.[0]?.path).toBe('to');
    const impossible = await dispatch(core, session, 'meetings.ics', { from: '2026-02-30', to: '2026-12-01' });
    expect(impossible.ok).toBe(false);
    if (!impossible.ok) expect(impossible.error.fields?.map((f) => f.path)).toEqual(['from']);
    const missing = await dispatch(core, session, 'meetings.ics', { id: 'no-such-meeting' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('NOT_FOUND');
  });
});
