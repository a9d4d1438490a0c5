import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAttachment, attachmentPath, openAttachment } from '../../../electron/core/cases/attachments';
import { getCaseDetail } from '../../../electron/core/cases/case-detail';
import { createCase } from '../../../electron/core/cases/intake';
import { deleteActivity } from '../../../electron/core/cases/activities';
import { tempDir } from '../helpers/core';
import { auditEntries, caseFixture, caught, intake, logStep, one } from './fixture';

const PDF = Buffer.from('%PDF-1.4\n征收补偿决定书（样本）\n%%EOF\n', 'utf8');
const SHA = createHash('sha256').update(PDF).digest('hex');

describe('attachments', () => {
  it('are stored once under their SHA-256 in the data folder and referenced by each attachment row', async () => {
    const dir = tempDir();
    const f = await caseFixture({ dir });
    const { id: caseId } = createCase(f.core, f.actor, intake(f));
    const activityId = await logStep(f, caseId, 'acceptance_review');
    const first = addAttachment(f.core, f.actor, { caseId, activityId, fileName: '补偿决定书.pdf', mimeType: 'application/pdf', contentBase64: PDF.toString('base64') });
    expect(first).toEqual({ id: expect.any(String), fileName: '补偿决定书.pdf', sizeBytes: PDF.length, sha256: SHA, mimeType: 'application/pdf' });
    const file = path.join(dir, 'attachments', SHA.slice(0, 2), SHA);
    expect(attachmentPath(dir, SHA)).toBe(file);
    expect(fs.readFileSync(file)).toEqual(PDF);
    const stat = fs.statSync(file);

    // The same content again: a second row, the same single file, not rewritten.
    const second = addAttachment(f.core, f.actor, { caseId, activityId: null, fileName: '副本.pdf', contentBase64: PDF.toString('base64') });
    expect(second.sha256).toBe(SHA);
    expect(fs.readdirSync(path.join(dir, 'attachments', SHA.slice(0, 2)))).toEqual([SHA]);
    expect(fs.statSync(file).mtimeMs).toBe(stat.mtimeMs);
    expect(one<{ n: number }>(f.core, 'SELECT count(*) AS n FROM attachments').n).toBe(2);
    expect(auditEntries(f.core, 'attachment.add').map((a) => a.detail.newFile)).toEqual([true, false]);

    expect(getCaseDetail(f.core, caseId).activities.find((a) => a.id === activityId)?.attachments).toEqual([first]);
    deleteActivity(f.core, f.actor, { id: activityId, reason: '重复' });
    expect(one<{ deleted_at: string | null }>(f.core, 'SELECT deleted_at FROM attachments WHERE id = ?', first.id).deleted_at).not.toBeNull();
  });

  it('refuse damaged base64, an activity of another case, and an in-memory core without a data folder', async () => {
    const dir = tempDir();
    const f = await caseFixture({ dir });
    const { id: caseId } = createCase(f.core, f.actor, intake(f));
    const { id: otherCase } = createCase(f.core, f.actor, intake(f));
    const otherActivity = await logStep(f, otherCase, 'acceptance_review');
    expect(caught(() => addAttachment(f.core, f.actor, { caseId, activityId: null, fileName: 'a.txt', contentBase64: 'abc$' })).fields?.[0]?.path).toBe('contentBase64');
    expect(caught(() => addAttachment(f.core, f.actor, { caseId, activityId: otherActivity, fileName: 'a.txt', contentBase64: 'YWJj' })).fields?.[0]?.path).toBe('activityId');

    const memory = await caseFixture();
    const { id: memoryCase } = createCase(memory.core, memory.actor, intake(memory));
    const error = caught(() => addAttachment(memory.core, memory.actor, { caseId: memoryCase, activityId: null, fileName: 'a.txt', contentBase64: 'YWJj' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.params['what.zh-CN']).toContain('数据文件夹');
  });

  it('open with the system viewer when the shell can, else come back as a data URL', async () => {
    const dir = tempDir();
    const f = await caseFixture({ dir });
    const { id: caseId } = createCase(f.core, f.actor, intake(f));
    const added = addAttachment(f.core, f.actor, { caseId, activityId: null, fileName: '补偿决定书.pdf', mimeType: 'application/pdf', contentBase64: PDF.toString('base64') });

    expect(await openAttachment(f.core, added.id, f.actor)).toEqual({
      opened: false,
      fileName: '补偿决定书.pdf',
      dataUrl: `data:application/pdf;base64,${PDF.toString('base64')}`,
    });

    const opened: string[] = [];
    const shell = { ...f.core, openFile: async (p: string) => void opened.push(p) };
    expect(await openAttachment(shell, added.id, f.actor)).toEqual({ opened: true, fileName: '补偿决定书.pdf', dataUrl: null });
    // The viewer gets a copy under the real name (the store has no extension to pick a program by).
    expect(opened).toEqual([path.join(dir, 'open', SHA, '补偿决定书.pdf')]);
    expect(fs.readFileSync(opened[0]!)).toEqual(PDF);
    // Both openings are in the audit log: who, which file, its SHA-256, how it left the store.
    const logged = f.core.sqlite.prepare("SELECT entity_id, detail FROM audit_log WHERE action = 'attachment.open' ORDER BY seq").all() as { entity_id: string; detail: string }[];
    expect(logged.map((r) => [r.entity_id, JSON.parse(r.detail)])).toEqual([
      [added.id, { fileName: '补偿决定书.pdf', sha256: SHA, bytes: PDF.length, how: 'download' }],
      [added.id, { fileName: '补偿决定书.pdf', sha256: SHA, bytes: PDF.length, how: 'viewer' }],
    ]);
  });
});
