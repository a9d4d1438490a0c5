import { beforeAll, describe, expect, it } from 'vitest';
import { RECORD_FILES } from '../../../electron/core/court/export/payload-types';
import { acknowledge, exportFixture, exportNow, ids, jsonl, manifestOf, unpack, zipOf, type ExportFixture } from './export-fixture';

/**
 * What the records say, field by field, against the database: parties as the court needs them
 * (full ID numbers), outcomes and transfers of closed cases, meetings cut to the batch's cases,
 * agencies changed or referred to, every record with its change_seq.
 */

let f: ExportFixture;
let files: Map<string, Uint8Array>;
let toChangeSeq: number;

const rows = <T>(sql: string, ...params: unknown[]): T[] => f.core.sqlite.prepare(sql).all(...params) as T[];

beforeAll(async () => {
  f = await exportFixture();
  const r = await exportNow(f, 'all');
  files = unpack(zipOf(r));
  toChangeSeq = r.batch.toChangeSeq;
}, 60_000);

describe('a batch of everything', () => {
  it('holds every record file, listed in the manifest with its line count', () => {
    const manifest = manifestOf(files);
    for (const { file } of RECORD_FILES) {
      const listed = manifest.files.find((x) => x.path === `records/${file}.jsonl`);
      expect(listed?.records).toBe(jsonl(files, file).length);
    }
    expect(manifest.files.filter((x) => x.path.startsWith('documents/'))).toHaveLength(16);
  });

  it('gives the court each party in full: role, kind, name, ID type and the whole ID number, phone, address', () => {
    const db = rows<{ id: string; role: string; kind: string; name: string; id_type: string | null; id_number: string | null; phone: string | null; address: string | null; case_id: string }>(
      'SELECT * FROM parties WHERE deleted_at IS NULL ORDER BY id',
    );
    const exported = jsonl(files, 'parties');
    expect(exported).toHaveLength(db.length);
    const withId = db.find((p) => p.id_number && p.phone && p.address)!;
    expect(exported.find((p) => p.id === withId.id)).toEqual({
      id: withId.id,
      changeSeq: expect.any(Number) as number,
      caseId: withId.case_id,
      role: withId.role,
      kind: withId.kind,
      name: withId.name,
      idType: withId.id_type,
      idNumber: withId.id_number,
      phone: withId.phone,
      address: withId.address,
    });
    expect(String(exported.find((p) => p.id === withId.id)!.idNumber)).not.toContain('*');
  });

  it('has an outcome for each closed case and a transfer, with its 5-day clock, for each failed one', () => {
    const closed = rows<{ id: string; outcome: string; closed_on: string; outcome_summary: string | null; outcome_basis: string | null }>(
      "SELECT id, outcome, closed_on, outcome_summary, outcome_basis FROM cases WHERE status = 'closed' ORDER BY id",
    );
    expect(jsonl(files, 'outcomes').map((o) => [o.caseId, o.outcome, o.closedOn, o.summary, o.basis])).toEqual(
      closed.map((c) => [c.id, c.outcome, c.closed_on, c.outcome_summary, c.outcome_basis]),
    );
    const clocks = rows<{ case_id: string; trigger_on: string; due_on: string; completed_on: string | null; status: string }>(
      "SELECT case_id, trigger_on, due_on, completed_on, status FROM clocks WHERE kind = 'transfer_to_filing' ORDER BY case_id",
    );
    expect(clocks).toHaveLength(2);
    expect(jsonl(files, 'transfers')).toEqual(
      clocks.map((k) => ({
        caseId: k.case_id,
        changeSeq: expect.any(Number) as number,
        failedOn: k.trigger_on,
        transferDueOn: k.due_on,
        transferredOn: k.completed_on,
        clockStatus: k.status,
        courtFilingNumber: null,
        courtFiledOn: null,
      })),
    );
    for (const t of jsonl(files, 'transfers')) {
      expect(files.has(`data/documents/transfer-notices/${String(t.caseId)}.pdf`)).toBe(true);
    }
    for (const o of jsonl(files, 'outcomes')) {
      expect(files.has(`data/documents/outcome-summaries/${String(o.caseId)}.pdf`)).toBe(true);
    }
  });

  it('lists meetings about the cases with their agenda items and decisions', () => {
    const items = rows<{ id: string; meeting_id: string; decision: string | null }>(
      'SELECT ai.id, ai.meeting_id, ai.decision FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id WHERE ai.case_id IS NOT NULL AND m.deleted_at IS NULL',
    );
    const meetings = jsonl<{ id: string; agenda: { id: string; decision: string | null }[] }>(files, 'meetings');
    expect(ids(meetings)).toEqual([...new Set(items.map((i) => i.meeting_id))].sort());
    const exported = meetings.flatMap((m) => m.agenda);
    expect(ids(exported)).toEqual(ids(items));
    expect(exported.find((a) => a.decision)?.decision).toBe(items.find((i) => i.id === exported.find((a) => a.decision)!.id)!.decision);
  });

  it('stamps every record with a change_seq no later than the batch', () => {
    for (const { file } of RECORD_FILES) {
      for (const r of jsonl<{ changeSeq: number }>(files, file)) {
        expect(r.changeSeq).toBeGreaterThan(0);
        expect(r.changeSeq).toBeLessThanOrEqual(toChangeSeq);
      }
    }
  });
});

describe('an incremental batch', () => {
  it('cuts a meeting to the agenda items of its own cases and carries agencies changed since the watermark', async () => {
    const g = await exportFixture();
    acknowledge(g.core, (await exportNow(g, 'all')).batch.batchNumber);
    const db = g.core.sqlite;
    const shared = db
      .prepare('SELECT meeting_id, case_id FROM agenda_items WHERE case_id IS NOT NULL AND meeting_id IN (SELECT meeting_id FROM agenda_items GROUP BY meeting_id HAVING count(case_id) >= 2) ORDER BY id LIMIT 1')
      .get() as { meeting_id: string; case_id: string };
    db.prepare('UPDATE cases SET claims = claims || ?, updated_at = ? WHERE id = ?').run('（补充）', g.core.now(), shared.case_id);
    const lonely = db
      .prepare('SELECT id FROM agencies WHERE id NOT IN (SELECT agency_id FROM case_agencies WHERE case_id = ?) AND id NOT IN (SELECT agency_id FROM coordination_tasks WHERE case_id = ?) ORDER BY id LIMIT 1')
      .get(shared.case_id, shared.case_id) as { id: string };
    db.prepare('UPDATE agencies SET short_name = ?, updated_at = ? WHERE id = ?').run('新简称', g.core.now(), lonely.id);

    const out = unpack(zipOf(await exportNow(g)));
    const meeting = jsonl<{ id: string; agenda: { caseId: string }[] }>(out, 'meetings').find((m) => m.id === shared.meeting_id)!;
    expect(meeting.agenda.map((a) => a.caseId)).toEqual([shared.case_id]);
    const agencies = jsonl<{ id: string; shortName: string | null }>(out, 'agencies');
    expect(agencies.find((a) => a.id === lonely.id)?.shortName).toBe('新简称');
    const referred = db.prepare('SELECT DISTINCT agency_id FROM case_agencies WHERE case_id = ? AND deleted_at IS NULL').pluck().all(shared.case_id) as string[];
    for (const id of referred) expect(agencies.some((a) => a.id === id)).toBe(true);
    expect(agencies).toHaveLength(new Set([lonely.id, ...referred, ...(db.prepare('SELECT agency_id FROM coordination_tasks WHERE case_id = ?').pluck().all(shared.case_id) as string[])]).size);
  }, 60_000);

  it('with only an agency changed, carries that agency and no case', async () => {
    const g = await exportFixture();
    acknowledge(g.core, (await exportNow(g, 'all')).batch.batchNumber);
    const agency = g.core.sqlite.prepare('SELECT id FROM agencies ORDER BY id LIMIT 1').get() as { id: string };
    g.core.sqlite.prepare('UPDATE agencies SET active = 0, updated_at = ? WHERE id = ?').run(g.core.now(), agency.id);
    const r = await exportNow(g);
    const out = unpack(zipOf(r));
    expect(r.batch.caseCount).toBe(0);
    expect(jsonl(out, 'agencies')).toEqual([expect.objectContaining({ id: agency.id, active: false })]);
  }, 60_000);
});
