import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import { loadDemoData } from '../../../electron/core/demo/load-demo';
import { sha256Of } from '../../../electron/core/documents/export-file';
import { dispatch } from '../../../electron/core/handlers/registry';
import { defaultOperator } from '../../../electron/core/services/setup';
import { setUpCore } from '../helpers/core';

/**
 * PIPL: every export of personal data is in the audit log with the file's SHA-256. Each export
 * channel that the page offers (PDF-free formats, so no Chromium is needed) is called on the demo
 * data, and each file it hands out must be matched by an audit entry carrying its SHA-256. The
 * court package itself (court.export) is checked the same way in the exchange tests.
 */
async function demo() {
  const { core, session } = await setUpCore();
  loadDemoData(core, defaultOperator(core)!);
  const one = (sql: string) => core.sqlite.prepare(sql).pluck().get() as string;
  return {
    core,
    session,
    closedCase: one("SELECT id FROM cases WHERE status = 'closed' AND outcome IS NOT NULL ORDER BY case_number LIMIT 1"),
    meeting: one('SELECT m.id FROM meetings m WHERE EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id AND a.case_id IS NOT NULL) ORDER BY starts_at LIMIT 1'),
    task: one('SELECT id FROM coordination_tasks ORDER BY created_at LIMIT 1'),
  };
}

function filesOf(value: unknown): ExportFile[] {
  if (value && typeof value === 'object' && 'contentBase64' in value) return [value as ExportFile];
  if (value && typeof value === 'object' && 'files' in value) return (value as { files: ExportFile[] }).files;
  if (value && typeof value === 'object' && 'file' in value) return [(value as { file: ExportFile }).file];
  throw new Error('no file in the answer');
}

describe('every export is audited with its SHA-256', () => {
  it('case summary, typical case, meeting pack and minutes, ICS, quarterly notice, period summary, flowcharts, supervision notice, public key, audit log', { timeout: 60_000 }, async () => {
    const { core, session, closedCase, meeting, task } = await demo();
    const typical = await dispatch(core, session, 'cases.setTypical', { caseId: closedCase, typical: true });
    expect(typical.ok).toBe(true);
    const calls: [string, unknown][] = [
      ['summary.case', { caseId: closedCase, format: 'docx' }],
      ['summary.typical', { caseId: closedCase, format: 'docx' }],
      ['meetings.pack', { id: meeting, formats: ['docx'] }],
      ['meetings.minutesExport', { id: meeting, formats: ['docx'] }],
      ['meetings.ics', { id: meeting }],
      ['quarterly.export', { quarter: '2026Q3', format: 'xlsx' }],
      ['summary.period', { period: '2026Q3', format: 'xlsx' }],
      ['flowchart.template', { format: 'svg' }],
      ['flowchart.case', { caseId: closedCase, format: 'svg' }],
      ['tasks.notice', { id: task }],
      ['court.keyExport', {}],
      ['audit.export', {}],
    ];
    const missing: string[] = [];
    for (const [channel, input] of calls) {
      const result = await dispatch(core, session, channel, input);
      expect(result, channel).toMatchObject({ ok: true });
      for (const file of filesOf((result as { value: unknown }).value)) {
        const { sha256 } = sha256Of(file);
        const logged = core.sqlite.prepare('SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?').pluck().get(`%${sha256}%`) as number;
        if (logged === 0) missing.push(`${channel}: ${file.fileName}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the blank agency import template is not logged (it holds no personal data)', async () => {
    const { core, session } = await demo();
    const before = core.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();
    const result = await dispatch(core, session, 'agencies.template', { format: 'xlsx' });
    expect(result.ok).toBe(true);
    expect(core.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(before);
  });
});
