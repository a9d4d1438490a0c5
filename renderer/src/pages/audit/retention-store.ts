import { createStore } from 'zustand';
import type { RetentionRunResult, RetentionStatus } from '../../../../electron/contract/schemas/retention';
import type { AppError } from '../../../../electron/contract/result';
import type { Client } from '../../client/client';
import { toAppError } from '../../lib/app-error';

export interface RetentionState {
  status: RetentionStatus | null;
  error: AppError | null;
  load(): Promise<void>;
  /** Both throw the ClientError; the card shows its message. */
  save(years: number): Promise<void>;
  run(): Promise<RetentionRunResult>;
}

/** Settings → 数据保留: the period, how many closed cases are due, and the confirmed run. */
export function createRetentionStore(client: Client) {
  return createStore<RetentionState>()((set, get) => ({
    status: null,
    error: null,

    async load() {
      try {
        set({ status: await client.call('retention.status'), error: null });
      } catch (e) {
        set({ error: toAppError(e) });
      }
    },

    async save(years) {
      set({ status: await client.call('retention.settings', { years }), error: null });
    },

    async run() {
      const result = await client.call('retention.run', { confirm: true });
      await get().load();
      return result;
    },
  }));
}
