import { createStore } from 'zustand';
import type { DashboardSummary, DemoResult } from '../../../electron/contract/schemas/dashboard';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export interface DashboardState {
  summary: DashboardSummary | null;
  loading: boolean;
  error: AppError | null;
  demoLoading: boolean;
  load(): Promise<void>;
  /** Throws the ClientError of `demo.load`; on success the summary is reloaded. */
  loadDemo(): Promise<DemoResult>;
  /** Reloads whenever the core reports a write; returns the unsubscribe function. */
  watch(): () => void;
}

/** The dashboard's headline counts. */
export function createDashboardStore(client: Client) {
  // Only the newest request may write the state: a slow answer must not overwrite a fresh one.
  let latest = 0;
  return createStore<DashboardState>()((set, get) => ({
    summary: null,
    loading: false,
    error: null,
    demoLoading: false,

    async load() {
      const request = ++latest;
      set({ loading: true });
      try {
        const summary = await client.call('dashboard.summary');
        if (request === latest) set({ summary, loading: false, error: null });
      } catch (error) {
        if (request === latest) set({ loading: false, error: toAppError(error) });
      }
    },

    async loadDemo() {
      set({ demoLoading: true });
      try {
        const result = await client.call('demo.load');
        await get().load();
        return result;
      } finally {
        set({ demoLoading: false });
      }
    },

    watch() {
      return client.on('data.changed', () => {
        void get().load();
      });
    },
  }));
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;
