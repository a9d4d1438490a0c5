import { isMenuLanguage, type MenuLanguage } from './menu';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

export const SHELL_PREFERENCES_FILE = 'shell-preferences.json';

/**
 * The menu language chosen from the Language menu, kept by main because the menu exists before
 * the page loads. Chinese unless the user picked English.
 */
export function loadMenuLanguage(file: string): MenuLanguage {
  const raw = readJsonFile(file);
  const language = raw && typeof raw === 'object' ? (raw as { language?: unknown }).language : undefined;
  return isMenuLanguage(language) ? language : 'zh-CN';
}

export function saveMenuLanguage(file: string, language: MenuLanguage): void {
  try {
    writeJsonFileAtomic(file, { language });
  } catch (error) {
    console.error('[adr] could not save the menu language', error);
  }
}
