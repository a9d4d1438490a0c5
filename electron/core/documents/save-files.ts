import fs from 'node:fs';
import path from 'node:path';
import type { Localized } from '../../contract/result';
import type { ExportFile } from '../../contract/schemas/files';
import type { SavedFiles } from '../../contract/schemas/meetings';
import type { Core } from '../core';

/**
 * Where a multi-file export lands. In the app (the host gave the core a folder picker) the user
 * picks a folder and the files are written there; outside it (browser mode, the CLI, tests) they
 * go back to the page to download. Cancelling the picker writes nothing.
 */
export async function saveFiles(core: Core, files: ExportFile[], title: Localized): Promise<SavedFiles> {
  if (!core.chooseFolder) return { folder: null, paths: [], files, cancelled: false };
  const folder = await core.chooseFolder(title);
  if (folder === null) return { folder: null, paths: [], files: [], cancelled: true };
  return { folder, paths: writeFilesInto(folder, files), files: [], cancelled: false };
}

/** Windows-reserved characters and control characters cannot be in a file name on every system. */
export function safeFileName(name: string): string {
  const cleaned = path
    .basename(name.replace(/\\/g, '/'))
    .replace(/[<>:"/\\|?*]/g, '_')
    .replace(/\p{Cc}/gu, '')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned || 'export';
}

/** 'a.docx' → 'a (2).docx' → 'a (3).docx' … */
function numbered(name: string, n: number): string {
  if (n === 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
}

/**
 * Writes each file into `folder` without replacing anything already there: a taken name gets
 * ' (2)', ' (3)'… as Windows Explorer does. The exclusive create ('wx') makes the check and the
 * write one step, so a file appearing meanwhile is not overwritten either. Returns the paths.
 */
export function writeFilesInto(folder: string, files: readonly ExportFile[]): string[] {
  return files.map((file) => {
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const name = safeFileName(file.fileName);
    for (let n = 1; ; n += 1) {
      const target = path.join(folder, numbered(name, n));
      try {
        fs.writeFileSync(target, bytes, { flag: 'wx' });
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  });
}
