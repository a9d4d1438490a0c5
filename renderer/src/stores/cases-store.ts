import { createStore } from 'zustand';
import type {
  CaseListFilters,
  CaseListRow,
  CaseListSort,
  SavedView,
  SearchHit,
} from '../../../electron/contract/schemas/case-list';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

/** Rows fetched per request; the table asks for the next page as it scrolls near the end. */
export const PAGE_SIZE = 100;
export const DEFAULT_SORT: CaseListSort = { field: 'received_on', direction: 'desc' };

export interface CasesState {
  filters: CaseListFilters;
  sort: CaseListSort;
  rows: CaseListRow[];
  total: number;
  /** True until the first answer for the current query. */
  loading: boolean;
  loadingMore: boolean;
  error: AppError | null;
  views: SavedView[];
  viewId: string | null;
  searchText: string;
  hits: SearchHit[] | null;
  searching: boolean;
  searchError: AppError | null;

  load(): Promise<void>;
  loadMore(): Promise<void>;
  setFilters(patch: Partial<CaseListFilters>): void;
  setSort(sort: CaseListSort): void;
  resetFilters(): void;
  loadViews(): Promise<void>;
  applyView(id: string | null): void;
  /** Saves the current filters and sort; an id updates that view. Throws the ClientError. */
  saveView(name: string, id?: string): Promise<SavedView>;
  deleteView(id: string): Promise<void>;
  search(text: string): Promise<void>;
  clearSearch(): void;
  watch(): () => void;
}

/** Drops empty values so the query (and a saved view) holds only real restrictions. */
function clean(filters: CaseListFilters): CaseListFilters {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as CaseListFilters;
}

const LIST_WRITES = /^(cases|activities|clocks|attachments|court)\.|^demo\.load$|^categories\.save$/;

/** The case list: filters, sort, paged rows, saved views and full-text search. */
export function createCasesStore(client: Client) {
  // Each new query bumps the generation; answers for an older query are dropped.
  let generation = 0;
  let searchGeneration = 0;

  return createStore<CasesState>()((set, get) => {
    async function fetchPage(offset: number, limit: number) {
      const { filters, sort } = get();
      return client.call('cases.list', { filters: clean(filters), sort, page: { offset, limit } });
    }

    return {
      filters: {},
      sort: DEFAULT_SORT,
      rows: [],
      total: 0,
      loading: true,
      loadingMore: false,
      error: null,
      views: [],
      viewId: null,
      searchText: '',
      hits: null,
      searching: false,
      searchError: null,

      async load() {
        const request = ++generation;
        set({ loading: true });
        try {
          const { rows, total } = await fetchPage(0, PAGE_SIZE);
          if (request === generation) set({ rows, total, loading: false, error: null });
        } catch (error) {
          if (request === generation) set({ loading: false, error: toAppError(error) });
        }
      },

      async loadMore() {
        const { rows, total, loading, loadingMore } = get();
        if (loading || loadingMore || rows.length >= total) return;
        const request = generation;
        set({ loadingMore: true });
        try {
          const page = await fetchPage(rows.length, PAGE_SIZE);
          if (request !== generation) return;
          // A write between pages can shift rows by one: never show the same case twice.
          const seen = new Set(get().rows.map((r) => r.id));
          set({ rows: [...get().rows, ...page.rows.filter((r) => !seen.has(r.id))], total: page.total, error: null });
        } catch (error) {
          if (request === generation) set({ error: toAppError(error) });
        } finally {
          if (request === generation) set({ loadingMore: false });
        }
      },

      setFilters(patch) {
        set({ filters: clean({ ...get().filters, ...patch }), viewId: null });
        void get().load();
      },

      setSort(sort) {
        set({ sort });
        void get().load();
      },

      resetFilters() {
        set({ filters: {}, sort: DEFAULT_SORT, viewId: null });
        void get().load();
      },

      async loadViews() {
        try {
          set({ views: await client.call('views.list') });
        } catch (error) {
          set({ error: toAppError(error) });
        }
      },

      applyView(id) {
        const view = get().views.find((v) => v.id === id);
        if (!view) {
          set({ viewId: null });
          return;
        }
        set({ viewId: view.id, filters: clean(view.filters), sort: view.sort ?? DEFAULT_SORT });
        void get().load();
      },

      async saveView(name, id) {
        const { filters, sort } = get();
        const view = await client.call('views.save', { ...(id ? { id } : {}), name, filters: clean(filters), sort });
        await get().loadViews();
        set({ viewId: view.id });
        return view;
      },

      async deleteView(id) {
        await client.call('views.delete', { id });
        if (get().viewId === id) set({ viewId: null });
        await get().loadViews();
      },

      async search(text) {
        const query = text.trim();
        const request = ++searchGeneration;
        if (query === '') {
          set({ searchText: '', hits: null, searching: false, searchError: null });
          return;
        }
        set({ searchText: query, searching: true });
        try {
          const hits = await client.call('cases.search', { text: query, limit: 100 });
          if (request === searchGeneration) set({ hits, searching: false, searchError: null });
        } catch (error) {
          if (request === searchGeneration) set({ hits: null, searching: false, searchError: toAppError(error) });
        }
      },

      clearSearch() {
        searchGeneration += 1;
        set({ searchText: '', hits: null, searching: false, searchError: null });
      },

      watch() {
        return client.on('data.changed', ({ channel }) => {
          if (!LIST_WRITES.test(channel)) return;
          // Refresh what is loaded (up to the rows already shown) without jumping back to the top.
          const shown = Math.max(PAGE_SIZE, get().rows.length);
          const request = ++generation;
          void (async () => {
            try {
              const rows: CaseListRow[] = [];
              let total = 0;
              for (let offset = 0; offset < shown; offset += 200) {
                const page = await fetchPage(offset, Math.min(200, shown - offset));
                rows.push(...page.rows);
                total = page.total;
                if (page.rows.length === 0) break;
              }
              if (request === generation) set({ rows, total, loading: false, error: null });
            } catch (error) {
              if (request === generation) set({ error: toAppError(error) });
            }
          })();
          if (get().searchText) void get().search(get().searchText);
        });
      },
    };
  });
}

export type CasesStore = ReturnType<typeof createCasesStore>;
