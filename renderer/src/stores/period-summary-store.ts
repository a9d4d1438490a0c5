import { createStore } from 'zustand';
import type { PeriodFigures } from '../../../electron/contract/schemas/period-summary';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export interface PeriodSummaryState {
  /** The period string as the core takes it ('2026Q3', '2026-09', '2026', 'from..to'). */
  period: string;
  figures: PeriodFigures | null;
  loading: boolean;
  error: AppError | null;
  /** A new period blanks the figures; the same one refreshes them in place. */
  load(period?: string): Promise<void>;
  watch(): () => void;
}

/** Writes that change a period's figures: cases, their clocks and tasks, hearings, the typical flag. */
const FIGURE_WRITES = /^(cases|activities|clocks|tasks|hearings|agencies|categories)\.|^demo\.load$/;

/** 工作情况: the figures of a period's summary, as the statistics page shows them before export. */
export function createPeriodSummaryStore(client: Client, initialPeriod: string) {
  let latest = 0;
  return createStore<PeriodSummaryState>()((set, get) => ({
    period: initialPeriod,
    figures: null,
    loading: false,
    error: null,

    async load(period = get().period) {
      const request = ++latest;
      set(period !== get().period ? { period, figures: null, loading: true, error: null } : { loading: true });
      try {
        const figures = await client.call('summary.periodFigures', { period });
        if (request === latest) set({ figures, loading: false, error: null });
      } catch (error) {
        if (request === latest) set({ loading: false, error: toAppError(error) });
      }
    },

    watch() {
      return client.on('data.changed', ({ channel }) => {
        if (FIGURE_WRITES.test(channel)) void get().load();
      });
    },
  }));
}

export type PeriodSummaryStore = ReturnType<typeof createPeriodSummaryStore>;
