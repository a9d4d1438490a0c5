import { BrowserWindow, dialog } from 'electron';
import type { Localized } from '../contract/result';
import type { MenuLanguage } from './menu';

/**
 * Where a multi-file export (a meeting pack: DOCX + PDF) goes: a folder the user picks, attached
 * to the focused window so the dialog is modal to it. Resolves null when cancelled.
 */
export function folderChooser(language: () => MenuLanguage): (title: Localized) => Promise<string | null> {
  return async function chooseFolder(title) {
    const options: Electron.OpenDialogOptions = {
      title: title[language()],
      properties: ['openDirectory', 'createDirectory'],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]!;
  };
}
