import { dialog, shell } from 'electron';
import { localize } from '../contract/errors';
import { openCore, type Core, type CoreOptions } from '../core/core';
import { CoreError } from '../core/errors';
import { databaseFileIn } from '../core/paths';
import { assertLocalDataDir } from '../core/backup/drive-check';
import { isDamaged } from '../core/backup/recovery';
import { dailyBackupIfDue } from '../core/backup/take-backup';
import { confirmRecovery, recoverDamagedDatabase, type PendingRestore } from './recovery-dialog';

/** Title and body for a failed start, in both languages: the UI language is not known yet. */
export function describeOpenFailure(error: unknown): { title: string; content: string } {
  const message =
    error instanceof CoreError
      ? localize(error.code, error.params)
      : localize('INTERNAL', { detail: error instanceof Error ? error.message : String(error) });
  return {
    title: '无法打开数据库 / Cannot open the database',
    content: `${message['zh-CN']}\n\n${message.en}`,
  };
}

/**
 * Opens the store in the shared data folder. A folder on a network drive is refused with an
 * explanation (WAL needs local shared memory). A database that fails its start-up check goes to
 * the recovery dialog (restore the latest good backup, another file, or quit) instead of a crash.
 * Once open, the first start of a China day takes its daily backup before anything writes. On
 * other failures (a database from a newer app, a locked or unreadable file) the user gets a plain
 * error box and the caller quits; a main-process crash would tell them nothing.
 */
export async function openAppCore(
  dataDir: string,
  appVersion: string,
  host: Pick<CoreOptions, 'printPdf' | 'chooseFolder' | 'keySealer'> = {},
): Promise<Core | null> {
  let pending: PendingRestore | null = null;
  try {
    assertLocalDataDir(dataDir);
    for (;;) {
      try {
        const core = await openCore({
          databaseFile: databaseFileIn(dataDir),
          dataDir,
          appVersion,
          mode: 'electron',
          openFile: openWithSystemViewer,
          ...host,
        });
        if (pending) await confirmRecovery(core, pending);
        await dailyBackup(core);
        return core;
      } catch (error) {
        if (!isDamaged(error)) throw error;
        console.error('[adr] the database failed its start-up check', error);
        pending = await recoverDamagedDatabase(dataDir, error, () => new Date().toISOString());
        if (!pending) return null;
      }
    }
  } catch (error) {
    (pending as PendingRestore | null)?.checked.dispose();
    console.error('[adr] could not open the database', error);
    const { title, content } = describeOpenFailure(error);
    dialog.showErrorBox(title, content);
    return null;
  }
}

/** A failed daily backup is logged, not fatal: the app still starts, and the next start retries. */
async function dailyBackup(core: Core): Promise<void> {
  try {
    await dailyBackupIfDue(core);
  } catch (error) {
    console.error('[adr] the daily backup failed', error);
  }
}

/**
 * Attachments open in the program the user chose for that file type. shell.openPath resolves
 * with an error string (empty on success) rather than rejecting.
 */
export async function openWithSystemViewer(absolutePath: string): Promise<void> {
  const error = await shell.openPath(absolutePath);
  if (error) throw new Error(`Cannot open ${absolutePath}: ${error}`);
}
