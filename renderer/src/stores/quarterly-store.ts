import { createStore } from 'zustand';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import type { QuarterlyReport } from '../../../electron/contract/schemas/linkage';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export interface RectificationInput {
  agencyId: string;
  rectification: string | null;
  rectificationOn: string | null;
}

export interface QuarterlyState {
  quarter: string;
  report: QuarterlyReport | null;
  loading: boolean;
  error: AppError | null;
  /** Which format is being generated, so only that button spins. */
  exporting: 'docx' | 'xlsx' | null;
  load(quarter?: string): Promise<void>;
  /** Throws the ClientError (the entry's form shows its field issues). */
  saveRectification(input: RectificationInput): Promise<void>;
  /** The notice as a file for the page to save; throws the ClientError. */
  exportReport(format: 'docx' | 'xlsx'): Promise<ExportFile>;
  watch(): () => void;
}

/** The quarterly notification (季度通报): the agencies named, their reasons and rectification feedback. */
export function createQuarterlyStore(client: Client, initialQuarter: string) {
  let latest = 0;
  return createStore<QuarterlyState>()((set, get) => ({
    quarter: initialQuarter,
    report: null,
    loading: false,
    error: null,
    exporting: null,

    async load(quarter = get().quarter) {
      const request = ++latest;
      set(quarter !== get().quarter ? { quarter, report: null, loading: true } : { loading: true });
      try {
        const report = await client.call('quarterly.get', { quarter });
        if (request === latest) set({ report, loading: false, error: null });
      } catch (error) {
        if (request === latest) set({ loading: false, error: toAppError(error) });
      }
    },

    async saveRectification(input) {
      const quarter = get().quarter;
      const report = await client.call('quarterly.saveRectification', { quarter, ...input });
      // A newer load for another quarter may have started meanwhile; the answer is for this one.
      if (get().quarter === quarter) {
        ++latest;
        set({ report, error: null });
      }
    },

    async exportReport(format) {
      set({ exporting: format });
      try {
        return await client.call('quarterly.export', { quarter: get().quarter, format });
      } finally {
        set({ exporting: null });
      }
    },

    watch() {
      return client.on('data.changed', () => {
        void get().load();
      });
    },
  }));
}

export type QuarterlyStore = ReturnType<typeof createQuarterlyStore>;
