import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import type { Task, TaskListSchema } from '../../../electron/contract/schemas/tasks';
import type { z } from 'zod';
import { dispatch } from '../../../electron/core/handlers/registry';
import { auditEntries } from '../cases/fixture';
import { entryText } from '../documents/unzip';
import { setToday, taskFixture, type TaskFixture } from './fixture';

async function call<T>(f: TaskFixture, channel: string, input: unknown, writes?: string[]): Promise<T> {
  const result = await dispatch(f.core, f.session, channel, input, { onWrite: (c) => writes?.push(c), log: (m, e) => console.error(m, e) });
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message.en}`), { error: result.error });
  return result.value as T;
}

async function fail(f: TaskFixture, channel: string, input: unknown) {
  const result = await dispatch(f.core, f.session, channel, input);
  expect(result.ok, JSON.stringify(result)).toBe(false);
  return (result as Extract<typeof result, { ok: false }>).error;
}

describe('task channels through dispatch()', () => {
  it('create from a case, acknowledge, remind, answer and close; outputs match the contract', async () => {
    const f = await taskFixture('2026-09-29');
    const writes: string[] = [];
    expect(await call(f, 'tasks.dueDate', { sentOn: '2026-09-29', workingDays: 3 })).toEqual({ dueOn: '2026-10-09' });
    const created = await call<Task>(
      f,
      'tasks.create',
      { caseId: f.caseId, agencyId: f.agencies.respondent, contactId: f.contacts.respondent, request: '请书面说明', sentOn: '2026-09-29', dueInWorkingDays: 3 },
      writes,
    );
    expect(created).toMatchObject({ status: 'sent', dueOn: '2026-10-09', state: 'due_soon' });
    setToday(f, '2026-10-12');
    await call(f, 'tasks.acknowledge', { id: created.id, on: '2026-09-30' }, writes);
    const reminded = await call<Task>(f, 'tasks.remind', { id: created.id, note: '电话催办' }, writes);
    // Due 9 October; Saturday 10th (a makeup working day) and Monday 12th have passed since.
    expect(reminded).toMatchObject({ state: 'overdue', overdue: true, daysLeft: -2, reminderCount: 1 });
    const overdueList = await call<z.infer<typeof TaskListSchema>>(f, 'tasks.list', { filter: 'overdue' });
    expect(overdueList.items.map((t) => t.id)).toEqual([created.id]);
    await call(f, 'tasks.reply', { id: created.id, replyText: '已报送', repliedOn: '2026-10-12' }, writes);
    const closed = await call<Task>(f, 'tasks.close', { id: created.id, on: '2026-10-12' }, writes);
    expect(closed).toMatchObject({ status: 'closed', state: 'closed' });
    expect(await call(f, 'tasks.get', { id: created.id })).toEqual(closed);
    expect(writes).toEqual(['tasks.create', 'tasks.acknowledge', 'tasks.remind', 'tasks.reply', 'tasks.close']);
  });

  it('speaks both languages when a move is refused, and names the field when a note is missing', async () => {
    const f = await taskFixture('2026-09-29');
    const created = await call<Task>(f, 'tasks.create', { caseId: null, agencyId: f.agencies.lead, request: '请派员参会', sentOn: '2026-09-29', dueOn: '2026-10-16' });
    const noNote = await fail(f, 'tasks.close', { id: created.id, on: '2026-09-29' });
    expect(noNote).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'note' }] });
    await call(f, 'tasks.reply', { id: created.id, replyText: '同意派员', repliedOn: '2026-09-29' });
    const refused = await fail(f, 'tasks.acknowledge', { id: created.id, on: '2026-09-29' });
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: {
        'zh-CN': '数据冲突：该协调事项已于2026-09-29答复，不能再签收',
        en: 'Conflict: The coordination task was answered on 2026-09-29; it cannot be acknowledged any more',
      },
    });
    const missing = await fail(f, 'tasks.get', { id: 'nope' });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('exports the supervision notice as DOCX and logs the export', async () => {
    const f = await taskFixture('2026-09-29');
    const created = await call<Task>(f, 'tasks.create', {
      caseId: f.caseId,
      agencyId: f.agencies.respondent,
      contactId: f.contacts.respondent,
      request: '请书面说明房屋面积认定的事实和依据',
      sentOn: '2026-09-29',
      dueInWorkingDays: 3,
    });
    const file = await call<ExportFile>(f, 'tasks.notice', { id: created.id });
    expect(file).toMatchObject({
      fileName: '督办通知-秦皇岛市自然资源和规划局-行化〔2026〕1号.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.byteLength).toBe(file.bytes);
    expect(entryText(bytes, 'word/document.xml')).toContain('关于督促办理协调事项的通知');
    expect(auditEntries(f.core, 'export')).toMatchObject([
      {
        entity_id: created.id,
        detail: {
          kind: 'supervision_notice',
          fileName: file.fileName,
          documentNumber: '行化督〔2026〕1号',
          // The entry identifies the very bytes handed out.
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes: file.bytes,
        },
      },
    ]);
  });
});
