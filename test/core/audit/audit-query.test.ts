import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import { countAudit, listAudit } from '../../../electron/core/audit/audit-query';
import type { Core } from '../../../electron/core/core';
import { dispatch } from '../../../electron/core/handlers/registry';
import { setUpCore } from '../helpers/core';

const wang = { operatorId: 'op-wang', operatorName: '王秘书' };
const li = { operatorId: 'op-li', operatorName: '李联络' };

/**
 * Entry 1 is setup.complete (at the fixed clock, 2026-11-27 10:00 China time). Then, in China time:
 * 2026-11-01 00:00 (= 10-31T16:00Z) 王 case.create, 2026-11-01 23:59 王 case.update,
 * 2026-11-02 00:00 李 court.export, 2026-11-03 12:00 李 court.import, 2026-11-05 08:00 王 export.
 */
async function logCore(): Promise<{ core: Core; session: Awaited<ReturnType<typeof setUpCore>>['session'] }> {
  const { core, session } = await setUpCore();
  const add = (actor: typeof wang, at: string, action: string, entity: string, detail: Record<string, unknown>) =>
    core.q.tx(() => appendAudit(core.q, actor, at, { action, entity, entityId: `${entity}-1`, detail }));
  add(wang, '2026-10-31T16:00:00.000Z', 'case.create', 'cases', { caseNumber: '秦行化〔2026〕1号' });
  add(wang, '2026-11-01T15:59:59.999Z', 'case.update', 'cases', { caseNumber: '秦行化〔2026〕1号', fields: ['title'] });
  add(li, '2026-11-01T16:00:00.000Z', 'court.export', 'court_batches', { batchNumber: 1, sha256: 'ab'.repeat(32) });
  add(li, '2026-11-03T04:00:00.000Z', 'court.import', 'court_batches', { kind: 'receipt' });
  add(wang, '2026-11-05T00:00:00.000Z', 'export', 'meetings', { kind: 'meeting_pack', fileName: '会议材料_100%.pdf' });
  return { core, session };
}

const seqs = (core: Core, filters: Parameters<typeof listAudit>[1]) => listAudit(core, filters).rows.map((r) => r.seq);
const page = { limit: 50, offset: 0 };

describe('audit list', () => {
  it('lists newest first with the parsed detail, a short hash and the total', async () => {
    const { core } = await logCore();
    const result = listAudit(core, page);
    expect(result.total).toBe(6);
    expect(result.rows.map((r) => r.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(result.rows[1]).toMatchObject({ action: 'court.import', operatorName: '李联络', entity: 'court_batches', detail: { kind: 'receipt' } });
    expect(result.rows[0]!.hash).toMatch(/^[0-9a-f]{12}$/);
  });

  it('filters by operator id or name', async () => {
    const { core } = await logCore();
    expect(seqs(core, { ...page, operator: 'op-li' })).toEqual([5, 4]);
    expect(seqs(core, { ...page, operator: '王秘书' })).toEqual([6, 3, 2]);
    expect(seqs(core, { ...page, operator: '王' })).toEqual([]);
  });

  it('filters by entity', async () => {
    const { core } = await logCore();
    expect(seqs(core, { ...page, entity: 'cases' })).toEqual([3, 2]);
  });

  it('filters by exact action, and by prefix when the action ends in a dot', async () => {
    const { core } = await logCore();
    expect(seqs(core, { ...page, action: 'court.export' })).toEqual([4]);
    expect(seqs(core, { ...page, action: 'court.' })).toEqual([5, 4]);
    expect(seqs(core, { ...page, action: 'court' })).toEqual([]);
    expect(seqs(core, { ...page, action: 'case.' })).toEqual([3, 2]);
  });

  it('takes China dates, both ends inclusive to the millisecond', async () => {
    const { core } = await logCore();
    // 2026-11-01 China time is 10-31T16:00Z … 11-01T15:59:59.999Z: exactly entries 2 and 3.
    expect(seqs(core, { ...page, from: '2026-11-01', to: '2026-11-01' })).toEqual([3, 2]);
    expect(seqs(core, { ...page, from: '2026-11-02' })).toEqual([6, 5, 4, 1]);
    expect(seqs(core, { ...page, to: '2026-10-31' })).toEqual([]);
    expect(seqs(core, { ...page, from: '2026-11-02', to: '2026-11-03' })).toEqual([5, 4]);
  });

  it('searches the detail text, treating % and _ as plain characters', async () => {
    const { core } = await logCore();
    expect(seqs(core, { ...page, text: '秦行化〔2026〕1号' })).toEqual([3, 2]);
    expect(seqs(core, { ...page, text: '100%' })).toEqual([6]);
    expect(seqs(core, { ...page, text: '_' })).toEqual([6]);
  });

  it('combines filters with AND', async () => {
    const { core } = await logCore();
    expect(seqs(core, { ...page, operator: '王秘书', from: '2026-11-02' })).toEqual([6]);
    expect(seqs(core, { ...page, operator: 'op-li', action: 'court.', to: '2026-11-02' })).toEqual([4]);
    expect(seqs(core, { ...page, entity: 'cases', text: 'title' })).toEqual([3]);
  });

  it('pages with the total of all pages', async () => {
    const { core } = await logCore();
    const first = listAudit(core, { limit: 4, offset: 0 });
    const second = listAudit(core, { limit: 4, offset: 4 });
    expect(first.rows.map((r) => r.seq)).toEqual([6, 5, 4, 3]);
    expect(second.rows.map((r) => r.seq)).toEqual([2, 1]);
    expect(first.total).toBe(6);
    expect(second.total).toBe(6);
    expect(countAudit(core, { action: 'court.' })).toBe(2);
  });

  it('offers every action, entity and operator for the drop-downs', async () => {
    const { core } = await logCore();
    const { options } = listAudit(core, { ...page, operator: 'op-li' });
    expect(options.actions).toEqual(['case.create', 'case.update', 'court.export', 'court.import', 'export', 'setup.complete']);
    expect(options.entities).toEqual(['cases', 'court_batches', 'meetings', 'settings']);
    expect(options.operators.map((o) => o.name).sort()).toEqual(['张协调', '李联络', '王秘书'].sort());
  });

  it('is served through the handler layer, which refuses a page over 200 and dates that do not exist', async () => {
    const { core, session } = await logCore();
    const ok = await dispatch(core, session, 'audit.list', { action: 'court.', limit: 1 });
    expect(ok).toMatchObject({ ok: true, value: { total: 2, rows: [{ seq: 5 }] } });
    const bad = await dispatch(core, session, 'audit.list', { limit: 201 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    for (const from of ['2026-02-30', '2026-13-01', '2026-00-10']) {
      expect(await dispatch(core, session, 'audit.list', { from })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('uses the audit indexes for a filtered newest-first page', async () => {
    const { core } = await logCore();
    const plan = (sql: string) =>
      (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT * FROM audit_log WHERE action = 'export' ORDER BY seq DESC LIMIT 50")).toMatch(/audit_log_action/);
    expect(plan("SELECT * FROM audit_log WHERE at >= '2026-11-01' AND at < '2026-11-02' ORDER BY seq DESC")).toMatch(/audit_log_at/);
  });
});
