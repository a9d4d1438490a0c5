import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../../../electron/contract/result';
import { saveFiles } from '../../../electron/core/documents/save-files';
import { exportFile } from '../../../electron/core/documents/export-file';
import { dispatch } from '../../../electron/core/handlers/registry';
import { memoryCore, tempDir } from '../helpers/core';
import { documentCall, packFixture, type PackFixture } from './pack-fixture';

const file = (name: string, text: string) => exportFile(name, 'text/plain', new TextEncoder().encode(text));
const exportCount = (f: PackFixture) => f.core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'export'").pluck().get();

describe('saveFiles', () => {
  it('outside the app (no folder picker) hands the files back to the page', async () => {
    const core = await memoryCore();
    const files = [file('a.txt', 'A')];
    expect(await saveFiles(core, files, { 'zh-CN': '选择文件夹', en: 'Choose a folder' })).toEqual({ folder: null, paths: [], files, cancelled: false });
  });

  it('in the app writes into the folder picked, never over an existing file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '会议材料.docx'), 'older');
    const titles: Localized[] = [];
    const core = Object.assign(await memoryCore(), {
      chooseFolder: async (title: Localized) => {
        titles.push(title);
        return dir;
      },
    });
    const first = await saveFiles(core, [file('会议材料.docx', 'one'), file('会议材料.pdf', 'two')], { 'zh-CN': '选择', en: 'Choose' });
    const second = await saveFiles(core, [file('会议材料.docx', 'three')], { 'zh-CN': '选择', en: 'Choose' });
    expect(first).toEqual({ folder: dir, paths: [path.join(dir, '会议材料 (2).docx'), path.join(dir, '会议材料.pdf')], files: [], cancelled: false });
    expect(second.paths).toEqual([path.join(dir, '会议材料 (3).docx')]);
    expect(fs.readdirSync(dir).sort()).toEqual(['会议材料 (2).docx', '会议材料 (3).docx', '会议材料.docx', '会议材料.pdf']);
    expect(fs.readFileSync(path.join(dir, '会议材料.docx'), 'utf8')).toBe('older');
    expect(fs.readFileSync(path.join(dir, '会议材料 (3).docx'), 'utf8')).toBe('three');
    expect(titles).toEqual([{ 'zh-CN': '选择', en: 'Choose' }, { 'zh-CN': '选择', en: 'Choose' }]);
  });

  it('keeps a file name inside the folder', async () => {
    const dir = tempDir();
    const core = Object.assign(await memoryCore(), { chooseFolder: async () => dir });
    const saved = await saveFiles(core, [file('../../evil:name?.txt', 'x')], { 'zh-CN': '选择', en: 'Choose' });
    expect(saved.paths).toEqual([path.join(dir, 'evil_name_.txt')]);
  });

  it('writes nothing when the user cancels the folder picker', async () => {
    const dir = tempDir();
    const core = Object.assign(await memoryCore(), { chooseFolder: async () => null });
    expect(await saveFiles(core, [file('a.txt', 'A')], { 'zh-CN': '选择', en: 'Choose' })).toEqual({ folder: null, paths: [], files: [], cancelled: true });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('meetings.pack in the app', () => {
  it('saves the pack into the folder picked, a second time beside the first, and audits the names written', async () => {
    const dir = tempDir();
    const printed: string[] = [];
    const f = await packFixture({
      cases: 3,
      host: {
        chooseFolder: async () => dir,
        // A stand-in printer: this test is about where files go, not what Chromium draws.
        printPdf: async (html) => {
          printed.push(html);
          return new TextEncoder().encode('%PDF-1.7 stand-in');
        },
      },
    });
    const first = await documentCall(f, 'meetings.pack', { id: f.meetingId });
    const second = await documentCall(f, 'meetings.pack', { id: f.meetingId, formats: ['docx'] });
    const base = '会议材料-2026-12-17-2026年12月行政争议案情研判会（扩大）';
    expect(first).toEqual({ folder: dir, paths: [path.join(dir, `${base}.docx`), path.join(dir, `${base}.pdf`)], files: [], cancelled: false });
    expect(second.paths).toEqual([path.join(dir, `${base} (2).docx`)]);
    expect(fs.readdirSync(dir).sort()).toEqual([`${base} (2).docx`, `${base}.docx`, `${base}.pdf`].sort());
    expect(fs.readFileSync(path.join(dir, `${base}.docx`)).subarray(0, 2).toString()).toBe('PK');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('@page p-item-3');
    const logged = f.core.sqlite
      .prepare("SELECT json_extract(detail, '$.fileName') FROM audit_log WHERE action = 'export' ORDER BY seq")
      .pluck()
      .all();
    expect(logged).toEqual([`${base}.docx`, `${base}.pdf`, `${base} (2).docx`]);
  }, 60_000);

  it('writes and logs nothing when the folder picker is cancelled', async () => {
    const f = await packFixture({ cases: 2, host: { chooseFolder: async () => null } });
    const saved = await documentCall(f, 'meetings.pack', { id: f.meetingId, formats: ['docx'] });
    expect(saved).toEqual({ folder: null, paths: [], files: [], cancelled: true });
    expect(exportCount(f)).toBe(0);
  }, 60_000);

  it('refuses a PDF without a printer before building anything, and logs nothing', async () => {
    const f = await packFixture({ cases: 2 });
    const progress: number[] = [];
    const result = await dispatch(f.core, f.session, 'meetings.pack', { id: f.meetingId }, { onProgress: (p) => progress.push(p.percent) });
    expect(result).toMatchObject({ ok: false, error: { code: 'PDF_UNAVAILABLE' } });
    expect(progress).toEqual([]);
    expect(exportCount(f)).toBe(0);
    // DOCX alone needs no printer.
    const docx = await documentCall(f, 'meetings.pack', { id: f.meetingId, formats: ['docx'] });
    expect(docx.files.map((x) => x.mimeType)).toEqual(['application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
  }, 60_000);
});
