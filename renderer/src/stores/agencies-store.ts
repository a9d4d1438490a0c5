import { createStore } from 'zustand';
import type { Input, Output } from '../../../electron/contract/channels';
import type {
  Agency,
  AgencyImportPreview,
  AgencyKind,
  AgencyListItem,
  Contact,
} from '../../../electron/contract/schemas/agencies';
import type { ExportFile, UploadedFile } from '../../../electron/contract/schemas/files';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type AgencySaveInput = Input<'agencies.save'>;
export type AgencyImportResult = Output<'agencies.import'>;

export interface AgencyFilters {
  query: string;
  kind: AgencyKind | null;
  includeInactive: boolean;
}

export interface AgenciesState {
  filters: AgencyFilters;
  rows: AgencyListItem[];
  /** True until the first answer for the current filters. */
  loading: boolean;
  error: AppError | null;
  /** Every agency, inactive ones too: parent and task pick lists, independent of the filters. */
  directory: AgencyListItem[];
  /** Contacts per agency, fetched when a form needs them. */
  contacts: Record<string, Contact[]>;
  load(): Promise<void>;
  loadDirectory(): Promise<void>;
  setFilters(patch: Partial<AgencyFilters>): void;
  /** The actions below throw the ClientError; the page shows its message and field issues. */
  save(input: AgencySaveInput): Promise<Agency>;
  template(format: 'xlsx' | 'csv'): Promise<ExportFile>;
  previewImport(file: UploadedFile): Promise<AgencyImportPreview>;
  runImport(file: UploadedFile): Promise<AgencyImportResult>;
  loadContacts(agencyId: string): Promise<Contact[]>;
  watch(): () => void;
}

/** Writes that change a directory row: its own fields, its contacts, or its case and task counts. */
const DIRECTORY_WRITES = /^(agencies|contacts|tasks|cases|hearings|suggestions|attendance)\.|^demo\.load$/;

/** The agency directory (单位名录): filtered rows, the full pick list, saving and importing. */
export function createAgenciesStore(client: Client) {
  let generation = 0;
  let directoryGeneration = 0;

  return createStore<AgenciesState>()((set, get) => ({
    filters: { query: '', kind: null, includeInactive: false },
    rows: [],
    loading: true,
    error: null,
    directory: [],
    contacts: {},

    async load() {
      const request = ++generation;
      const { query, kind, includeInactive } = get().filters;
      set({ loading: true });
      try {
        const rows = await client.call('agencies.list', {
          ...(query ? { query } : {}),
          ...(kind ? { kind } : {}),
          includeInactive,
        });
        if (request === generation) set({ rows, loading: false, error: null });
      } catch (error) {
        if (request === generation) set({ loading: false, error: toAppError(error) });
      }
    },

    async loadDirectory() {
      const request = ++directoryGeneration;
      try {
        const directory = await client.call('agencies.list', { includeInactive: true });
        if (request === directoryGeneration) set({ directory });
      } catch (error) {
        if (request === directoryGeneration) set({ error: toAppError(error) });
      }
    },

    setFilters(patch) {
      set({ filters: { ...get().filters, ...patch } });
      void get().load();
    },

    async save(input) {
      return client.call('agencies.save', input);
    },

    template(format) {
      return client.call('agencies.template', { format });
    },

    previewImport(file) {
      return client.call('agencies.importPreview', file);
    },

    runImport(file) {
      return client.call('agencies.import', file);
    },

    async loadContacts(agencyId) {
      const detail = await client.call('agencies.get', { id: agencyId });
      set({ contacts: { ...get().contacts, [agencyId]: detail.contacts } });
      return detail.contacts;
    },

    watch() {
      return client.on('data.changed', ({ channel }) => {
        if (!DIRECTORY_WRITES.test(channel)) return;
        void get().load();
        void get().loadDirectory();
        // Cached contact lists may be stale; forms fetch them again when they next open.
        if (/^(agencies|contacts)\.|^demo\.load$/.test(channel)) set({ contacts: {} });
      });
    },
  }));
}

export type AgenciesStore = ReturnType<typeof createAgenciesStore>;
