import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { AgencyDetail, Contact } from '../../../electron/contract/schemas/agencies';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type ContactSaveInput = Input<'contacts.save'>;

export interface AgencyDetailState {
  agencyId: string | null;
  detail: AgencyDetail | null;
  loading: boolean;
  error: AppError | null;
  /** Loads an agency; a second call for the same id refreshes without blanking the page. */
  load(id: string): Promise<void>;
  reload(): Promise<void>;
  /** Throws the ClientError; the form shows its message and field issues. The view refreshes on the write. */
  saveContact(input: ContactSaveInput): Promise<Contact>;
  watch(): () => void;
}

/** Writes that can move an agency's figures (tasks, cases, hearings, suggestions, attendance). */
const AGENCY_WRITES = /^(agencies|contacts|tasks|cases|hearings|suggestions|attendance)\.|^demo\.load$/;

/** One agency as the agency view shows it: header, figures, contacts and latest cases. */
export function createAgencyDetailStore(client: Client) {
  let latest = 0;
  return createStore<AgencyDetailState>()((set, get) => ({
    agencyId: null,
    detail: null,
    loading: false,
    error: null,

    async load(id) {
      const request = ++latest;
      const same = get().agencyId === id;
      set(same ? { loading: true } : { agencyId: id, detail: null, loading: true, error: null });
      try {
        const detail = await client.call('agencies.get', { id });
        if (request === latest) set({ detail, loading: false, error: null });
      } catch (error) {
        if (request === latest) set({ loading: false, error: toAppError(error) });
      }
    },

    async reload() {
      const id = get().agencyId;
      if (id) await get().load(id);
    },

    saveContact(input) {
      return client.call('contacts.save', input);
    },

    watch() {
      return client.on('data.changed', ({ channel }) => {
        if (get().agencyId && AGENCY_WRITES.test(channel)) void get().reload();
      });
    },
  }));
}

export type AgencyDetailStore = ReturnType<typeof createAgencyDetailStore>;
