import { createStore } from 'zustand';
import type { i18n as I18n } from 'i18next';
import type { Input } from '../../../electron/contract/channels';
import type { AppInfo } from '../../../electron/contract/schemas/app';
import type { DemoResult } from '../../../electron/contract/schemas/dashboard';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { applyDayjsLocale, isLanguage, storeLanguage, type Language } from '../i18n';
import { toAppError } from '../lib/app-error';

export type SetupInput = Input<'setup.complete'>;

export interface SetupOutcome {
  /** Counts from the demo load, when it was asked for and worked. */
  demo: DemoResult | null;
  /** Set when the demo load was asked for and failed (setup itself succeeded). */
  demoError: AppError | null;
}

export interface AppState {
  /** 'loading' only before the first answer; later refreshes keep the screen as it is. */
  status: 'loading' | 'ready' | 'error';
  info: AppInfo | null;
  needsSetup: boolean;
  error: AppError | null;
  language: Language;
  load(): Promise<void>;
  /** Throws the ClientError of `setup.complete` (the form shows its field issues). */
  completeSetup(input: SetupInput, withDemo: boolean): Promise<SetupOutcome>;
  setLanguage(language: Language): void;
  /** Follows the Electron menu: language switches here, navigation goes to `onNavigate`. */
  watchMenu(onNavigate: (target: string) => void): () => void;
}

export interface AppStoreDeps {
  client: Client;
  i18n: I18n;
  storage: Storage | undefined;
}

/** Who we are and where: app info, first-run state and the UI language. */
export function createAppStore({ client, i18n, storage }: AppStoreDeps) {
  return createStore<AppState>()((set, get) => ({
    status: 'loading',
    info: null,
    needsSetup: false,
    error: null,
    language: isLanguage(i18n.language) ? i18n.language : 'zh-CN',

    async load() {
      try {
        const [status, info] = await Promise.all([client.call('setup.status'), client.call('app.info')]);
        set({ status: 'ready', needsSetup: status.needsSetup, info, error: null });
      } catch (error) {
        // A failed refresh of a working screen keeps it; only the first load shows the error page.
        if (get().status !== 'ready') set({ status: 'error', error: toAppError(error) });
        else console.error('app.info refresh failed', error);
      }
    },

    async completeSetup(input, withDemo) {
      await client.call('setup.complete', input);
      let demo: DemoResult | null = null;
      let demoError: AppError | null = null;
      if (withDemo) {
        try {
          demo = await client.call('demo.load');
        } catch (error) {
          demoError = toAppError(error);
        }
      }
      await get().load();
      return { demo, demoError };
    },

    setLanguage(language) {
      if (language === get().language) return;
      storeLanguage(storage, language);
      applyDayjsLocale(language);
      void i18n.changeLanguage(language);
      document.documentElement.lang = language;
      set({ language });
    },

    watchMenu(onNavigate) {
      return client.on('menu.command', (payload) => {
        if (payload.command === 'language') {
          if (isLanguage(payload.target)) get().setLanguage(payload.target);
        } else if (payload.command === 'navigate' && !get().needsSetup) {
          // Ignored during first-run setup: the setup form is the only screen until it is done.
          onNavigate(payload.target);
        }
      });
    },
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
