import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { MAX_ATTACHMENT_BYTES, type AttachmentAddSchema } from '../../contract/schemas/cases';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { loadCaseRow, writeTx } from './case-rows';
import { conflict, field, notFound } from './messages';

export type AttachmentAddInput = z.output<typeof AttachmentAddSchema>;

export interface AttachmentView {
  id: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  mimeType: string | null;
}

/** Largest file handed to the page as a data URL (browser mode has no system viewer). */
export const MAX_DATA_URL_BYTES = 25 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function requireDataDir(core: Core): string {
  if (!core.dataDir) {
    throw conflict('当前没有数据文件夹（内存数据库），无法保存附件', 'There is no data folder (in-memory database); attachments cannot be stored');
  }
  return core.dataDir;
}

/** `<dataDir>/attachments/<first 2 hex>/<sha256>`: content-addressed, so one copy per content. */
export function attachmentPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

function decode(contentBase64: string): Buffer {
  const compact = contentBase64.replace(/\s+/g, '');
  // Buffer.from ignores characters it does not know; a damaged upload must fail, not shrink.
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw fieldErrors([field('contentBase64', '文件内容编码无效', 'The file content is not valid base64')]);
  }
  return Buffer.from(compact, 'base64');
}

/**
 * Stores the bytes once under their SHA-256 (written to a temporary name and renamed, so a crash
 * never leaves a half file under the final name) and records the attachment. The file is written
 * before the row: a failed transaction leaves at most an unreferenced file, never a row without
 * its file.
 */
export function addAttachment(core: Core, actor: Actor, input: AttachmentAddInput): AttachmentView {
  const dataDir = requireDataDir(core);
  const bytes = decode(input.contentBase64);
  if (bytes.length === 0) throw fieldErrors([field('contentBase64', '文件为空', 'The file is empty')]);
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw fieldErrors([
      field('contentBase64', `文件超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`),
    ]);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return writeTx(core, () => {
    const row = loadCaseRow(core, input.caseId);
    if (input.activityId !== null) {
      const activity = core.q.first(
        qb.selectFrom('activities').select('id').where('id', '=', input.activityId).where('case_id', '=', row.id).where('deleted_at', 'is', null),
      );
      if (!activity) throw fieldErrors([field('activityId', '该活动不属于本案或已删除', 'The activity is not part of this case or was deleted')]);
    }
    const stored = storeBytes(dataDir, sha256, bytes);
    const now = core.now();
    const id = core.newId();
    const view: AttachmentView = {
      id,
      fileName: input.fileName,
      sizeBytes: bytes.length,
      sha256,
      mimeType: input.mimeType?.trim() || null,
    };
    core.q.run(
      qb.insertInto('attachments').values({
        id,
        case_id: row.id,
        activity_id: input.activityId,
        sha256,
        file_name: view.fileName,
        size_bytes: view.sizeBytes,
        mime_type: view.mimeType,
        deleted_at: null,
        created_at: now,
        updated_at: now,
      }),
    );
    core.q.run(qb.updateTable('cases').set({ updated_at: now }).where('id', '=', row.id));
    appendAudit(core.q, actor, now, {
      action: 'attachment.add',
      entity: 'attachments',
      entityId: id,
      detail: { caseId: row.id, caseNumber: row.case_number, activityId: input.activityId, fileName: view.fileName, sizeBytes: view.sizeBytes, sha256, newFile: stored },
    });
    return view;
  });
}

/** Writes the content unless it is already there; true when a new file was written. */
function storeBytes(dataDir: string, sha256: string, bytes: Buffer): boolean {
  const target = attachmentPath(dataDir, sha256);
  if (fs.existsSync(target)) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(temp, bytes, { flush: true });
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return true;
}

function loadAttachment(core: Core, id: string) {
  const row = core.q.first(
    qb.selectFrom('attachments').select(['id', 'sha256', 'file_name', 'mime_type', 'size_bytes']).where('id', '=', id).where('deleted_at', 'is', null),
  );
  if (!row) throw notFound(`附件 ${id}`, `attachment ${id}`);
  return row;
}

/**
 * Electron: the file is copied under its own name to `<dataDir>/open/<sha256>/` (the store keeps
 * no extension, and the system viewer picks the program by it) and opened with the system viewer.
 * Browser mode and the CLI: the bytes come back as a data URL the page can download.
 * Attachments are mostly ID scans and decisions naming citizens, so each opening is audited (PIPL:
 * every copy of personal data that leaves the store), after it succeeded.
 */
export async function openAttachment(core: Core, id: string, actor: Actor): Promise<{ opened: boolean; fileName: string; dataUrl: string | null }> {
  const dataDir = requireDataDir(core);
  const row = loadAttachment(core, id);
  const stored = attachmentPath(dataDir, row.sha256);
  if (!fs.existsSync(stored)) throw notFound(`附件文件 ${row.file_name}`, `attachment file ${row.file_name}`);
  if (core.openFile) {
    // The contract already refuses separators in names; '.' and '..' are the names left to fear.
    const name = /^\.+$/.test(row.file_name) ? row.sha256 : row.file_name;
    const viewCopy = path.join(dataDir, 'open', row.sha256, name);
    if (!fs.existsSync(viewCopy)) {
      fs.mkdirSync(path.dirname(viewCopy), { recursive: true });
      fs.copyFileSync(stored, viewCopy);
    }
    await core.openFile(viewCopy);
    logOpened(core, actor, row, 'viewer');
    return { opened: true, fileName: row.file_name, dataUrl: null };
  }
  if (row.size_bytes > MAX_DATA_URL_BYTES) {
    throw conflict('文件过大，无法在浏览器中下载', 'The file is too large to download in the browser');
  }
  const bytes = fs.readFileSync(stored);
  const mime = row.mime_type || 'application/octet-stream';
  logOpened(core, actor, row, 'download');
  return { opened: false, fileName: row.file_name, dataUrl: `data:${mime};base64,${bytes.toString('base64')}` };
}

function logOpened(core: Core, actor: Actor, row: ReturnType<typeof loadAttachment>, how: 'viewer' | 'download'): void {
  writeTx(core, () =>
    appendAudit(core.q, actor, core.now(), {
      action: 'attachment.open',
      entity: 'attachment',
      entityId: row.id,
      detail: { fileName: row.file_name, sha256: row.sha256, bytes: row.size_bytes, how },
    }),
  );
}

/** Attachments of a case's live activities (and of the case itself), for the case page. */
export function attachmentsOfCase(core: Core, caseId: string): (AttachmentView & { activityId: string | null })[] {
  return core.q
    .all(
      qb
        .selectFrom('attachments')
        .select(['id', 'activity_id', 'file_name', 'size_bytes', 'sha256', 'mime_type'])
        .where('case_id', '=', caseId)
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id'),
    )
    .map((r) => ({ id: r.id, activityId: r.activity_id, fileName: r.file_name, sizeBytes: r.size_bytes, sha256: r.sha256, mimeType: r.mime_type }));
}
