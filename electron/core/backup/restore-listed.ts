import path from 'node:path';
import type { Core } from '../core';
import type { Actor } from '../audit/audit-log';
import { notFound } from '../cases/messages';
import { backupsDirOf, listBackups } from './backup-files';
import { restoreIntoOpenCore, type RestoreOutcome } from './restore';

/**
 * backup.restore: the page names a file in the backups folder; only a name that is listed there
 * is accepted, so no path from the page ever reaches the file system.
 */
export async function restoreListedBackup(core: Core, actor: Actor, fileName: string): Promise<RestoreOutcome> {
  const dir = core.dataDir ? backupsDirOf(core.dataDir) : null;
  const listed = dir ? listBackups(dir).find((f) => f.fileName === fileName) : undefined;
  if (!dir || !listed) throw notFound(`备份文件 ${fileName}`, `backup file ${fileName}`);
  return restoreIntoOpenCore(core, actor, path.join(dir, listed.fileName));
}
