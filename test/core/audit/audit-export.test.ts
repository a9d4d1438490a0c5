import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import { sha256Of } from '../../../electron/core/documents/export-file';
import { dispatch } from '../../../electron/core/handlers/registry';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import { setUpCore } from '../helpers/core';

async function coreWithLog() {
  const { core, session } = await setUpCore();
  const actor = { operatorId: 'op-1', operatorName: '李联络' };
  for (let i = 0; i < 5; i += 1) {
    core.q.tx(() =>
      appendAudit(core.q, actor, `2026-11-0${i + 1}T04:00:00.000Z`, { action: i % 2 ? 'court.export' : 'case.update', entity: 'cases', entityId: `c${i}`, detail: { i } }),
    );
  }
  return { core, session };
}

async function readBook(file: ExportFile) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return book;
}

describe('audit export', () => {
  it('writes the filtered entries as real date cells, newest first, with the chain check on a second sheet', async () => {
    const { core, session } = await coreWithLog();
    const result = await dispatch(core, session, 'audit.export', { action: 'court.' });
    expect(result.ok).toBe(true);
    const file = (result as { value: ExportFile }).value;
    expect(file.fileName).toBe('审计日志-2026-11-27.xlsx');
    const book = await readBook(file);
    const sheet = book.getWorksheet('审计日志')!;
    expect(sheet.rowCount - 1).toBe(2); // court.export entries: seq 3 and 5
    expect(sheet.getRow(2).getCell(1).value).toBe(5);
    const at = sheet.getRow(2).getCell(2).value;
    expect(at).toBeInstanceOf(Date);
    // 2026-11-04T04:00Z is 12:00 in China; exceljs reads the cell back through UTC.
    expect((at as Date).toISOString()).toBe('2026-11-04T12:00:00.000Z');
    expect(JSON.parse(String(sheet.getRow(2).getCell(7).value))).toEqual({ i: 3 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const chain = book.getWorksheet('链条校验')!;
    expect(String(chain.getCell('B2').value)).toMatch(/^通过/);
    expect(chain.getCell('B3').value).toBe(6);
    const head = core.sqlite.prepare('SELECT hash FROM audit_log WHERE seq = 6').pluck().get();
    expect(chain.getCell('B4').value).toBe(head);
  });

  it('has one row per entry matching the filters and is itself audited with the SHA-256', async () => {
    const { core, session } = await coreWithLog();
    const listed = await dispatch(core, session, 'audit.list', { from: '2026-11-02', to: '2026-11-04' });
    const total = (listed as { value: { total: number } }).value.total;
    const result = await dispatch(core, session, 'audit.export', { from: '2026-11-02', to: '2026-11-04' });
    const file = (result as { value: ExportFile }).value;
    const sheet = (await readBook(file)).getWorksheet('审计日志')!;
    expect(sheet.rowCount - 1).toBe(total);
    expect(total).toBe(3);
    const last = core.sqlite.prepare('SELECT action, entity, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; entity: string; detail: string };
    expect(last.action).toBe('export');
    expect(last.entity).toBe('audit_log');
    const detail = JSON.parse(last.detail) as Record<string, unknown>;
    expect(detail).toMatchObject({ kind: 'audit_log', rows: 3, chainOk: true, filters: { from: '2026-11-02', to: '2026-11-04' } });
    expect(detail.sha256).toBe(sha256Of(file).sha256);
  });

  it('reports a broken chain and its first bad entry in the workbook', async () => {
    const { core, session } = await coreWithLog();
    core.sqlite.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = '{\"i\":99}' WHERE seq = 3;");
    const file = ((await dispatch(core, session, 'audit.export', {})) as { value: ExportFile }).value;
    const chain = (await readBook(file)).getWorksheet('链条校验')!;
    expect(String(chain.getCell('B2').value)).toMatch(/^未通过：第 3 条/);
    expect(chain.getCell('B5').value).toBe(3);
  });
});
