import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zhCN } from './zh-CN';
import { en } from './en';
import type { Localized } from '../../../electron/contract/result';

/** The UI languages; the keys match the contract's `Localized` messages. */
export type Language = keyof Localized;
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'adr.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved choice, or Chinese. Storage can be absent or throw (privacy modes): never fatal. */
export function readStoredLanguage(storage: Storage | undefined): Language {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(storage: Storage | undefined, language: Language): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // The choice then lasts for this session only; not worth an error on screen.
  }
}

/** dayjs keeps one global locale; antd's date pickers and our own formatting both read it. */
export function applyDayjsLocale(language: Language): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}

/**
 * One i18next instance per mounted App (not the module-wide default), so two Apps — or two
 * tests — never share a language. Resources are bundled, so initialisation is synchronous.
 */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    // React escapes on render; escaping here too would show &amp; in names.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  applyDayjsLocale(language);
  return instance;
}
