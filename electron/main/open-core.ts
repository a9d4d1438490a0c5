import { dialog, shell } from 'electron';
import { localize } from '../contract/errors';
import { openCore, type Core, type CoreOptions } from '../core/core';
import { CoreError } from '../core/errors';
import { databaseFileIn } from '../core/paths';

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
 * Opens the store in the shared data folder. On failure (a database from a newer app, a locked
 * or unreadable file) the user gets a plain error box and the caller quits; a main-process crash
 * would tell them nothing.
 */
export async function openAppCore(
  dataDir: string,
  appVersion: string,
  host: Pick<CoreOptions, 'printPdf' | 'chooseFolder' | 'keySealer'> = {},
): Promise<Core | null> {
  try {
    return await openCore({
      databaseFile: databaseFileIn(dataDir),
      dataDir,
      appVersion,
      mode: 'electron',
      openFile: openWithSystemViewer,
      ...host,
    });
  } catch (error) {
    console.error('[adr] could not open the database', error);
    const { title, content } = describeOpenFailure(error);
    dialog.showErrorBox(title, content);
    return null;
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
