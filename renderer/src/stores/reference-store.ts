import { createStore } from 'zustand';
import type { Output } from '../../../electron/contract/channels';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type Category = Output<'categories.list'>[number];
export type OperatorOption = Output<'operators.list'>[number];
export type AgencyOption = Output<'agencies.options'>[number];

export interface ReferenceState {
  categories: Category[];
  operators: OperatorOption[];
  agencies: AgencyOption[];
  loaded: boolean;
  error: AppError | null;
  /** Loads the pick lists the case forms and filters share; cheap, so every page just calls it. */
  load(): Promise<void>;
  watch(): () => void;
}

const REFERENCE_WRITES = new Set(['categories.save', 'demo.load', 'setup.complete', 'agencies.save', 'agencies.import']);

/** Categories, operators and agencies for selects (intake form, list filters, settings). */
export function createReferenceStore(client: Client) {
  let latest = 0;
  return createStore<ReferenceState>()((set, get) => ({
    categories: [],
    operators: [],
    agencies: [],
    loaded: false,
    error: null,

    async load() {
      const request = ++latest;
      try {
        const [categories, operators, agencies] = await Promise.all([
          client.call('categories.list'),
          client.call('operators.list'),
          client.call('agencies.options'),
        ]);
        if (request === latest) set({ categories, operators, agencies, loaded: true, error: null });
      } catch (error) {
        if (request === latest) set({ error: toAppError(error) });
      }
    },

    watch() {
      return client.on('data.changed', ({ channel }) => {
        if (REFERENCE_WRITES.has(channel)) void get().load();
      });
    },
  }));
}

export type ReferenceStore = ReturnType<typeof createReferenceStore>;
