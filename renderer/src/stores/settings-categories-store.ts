import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';
import type { Category } from './reference-store';

export type CategoriesSaveInput = Input<'categories.save'>;

export interface CategorySettingsState {
  categories: Category[];
  loading: boolean;
  error: AppError | null;
  load(): Promise<void>;
  /** Throws the ClientError; the saved list (with new ids) replaces the old one. */
  save(input: CategoriesSaveInput): Promise<void>;
}

/** The dispute-category list, inactive entries included, for editing. */
export function createCategorySettingsStore(client: Client) {
  return createStore<CategorySettingsState>()((set) => ({
    categories: [],
    loading: false,
    error: null,

    async load() {
      set({ loading: true });
      try {
        const categories = await client.call('categories.list');
        set({ categories, loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: toAppError(error) });
      }
    },

    async save(input) {
      const categories = await client.call('categories.save', input);
      set({ categories, error: null });
    },
  }));
}

export type CategorySettingsStore = ReturnType<typeof createCategorySettingsStore>;
