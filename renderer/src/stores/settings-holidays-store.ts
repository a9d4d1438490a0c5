import { createStore } from 'zustand';
import type { Input, Output } from '../../../electron/contract/channels';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type HolidayYear = Output<'holidays.get'>;
export type HolidayDay = HolidayYear['days'][number];
export type HolidayImportResult = Output<'holidays.import'>;

export interface HolidaySettingsState {
  year: number;
  calendar: HolidayYear | null;
  loading: boolean;
  error: AppError | null;
  load(year: number): Promise<void>;
  /** The two below throw the ClientError (its field issues name the bad rows). */
  save(days: HolidayDay[]): Promise<void>;
  importFile(input: Input<'holidays.import'>): Promise<HolidayImportResult>;
}

/** The holiday calendar (official rest days and makeup working days), one year at a time. */
export function createHolidaySettingsStore(client: Client, initialYear: number) {
  let latest = 0;
  return createStore<HolidaySettingsState>()((set, get) => ({
    year: initialYear,
    calendar: null,
    loading: false,
    error: null,

    async load(year) {
      const request = ++latest;
      set({ year, loading: true });
      try {
        const calendar = await client.call('holidays.get', { year });
        if (request === latest) set({ calendar, loading: false, error: null });
      } catch (error) {
        if (request === latest) set({ calendar: null, loading: false, error: toAppError(error) });
      }
    },

    async save(days) {
      const calendar = await client.call('holidays.save', { year: get().year, days });
      set({ calendar, error: null });
    },

    async importFile(input) {
      const result = await client.call('holidays.import', input);
      await get().load(get().year);
      return result;
    },
  }));
}

export type HolidaySettingsStore = ReturnType<typeof createHolidaySettingsStore>;
