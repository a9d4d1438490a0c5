import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type {
  CourtBatch,
  CourtImportPreview,
  CourtImportResult,
  CourtOverview,
  CourtUpload,
  CourtVerifyResult,
  SigningKeyInfo,
} from '../../../electron/contract/schemas/court';
import type { AppError, Localized } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

/** How far a running import is, from the core's job.progress for court.import. */
export interface ImportProgress {
  percent: number;
  label: Localized | null;
}

export interface CourtState {
  overview: CourtOverview | null;
  error: AppError | null;
  key: SigningKeyInfo | null;
  keyError: AppError | null;
  importProgress: ImportProgress | null;
  load(): Promise<void>;
  loadKey(): Promise<void>;
  /** The actions below throw the ClientError; the tab shows its message. */
  markDelivered(batchNumber: number): Promise<CourtBatch>;
  verify(input: Input<'court.verify'>): Promise<CourtVerifyResult>;
  previewImport(file: CourtUpload): Promise<CourtImportPreview>;
  runImport(file: CourtUpload): Promise<CourtImportResult>;
  rotateKey(reason: string): Promise<SigningKeyInfo>;
  watch(): () => void;
}

/** Writes that change the signing key the page shows. */
const KEY_WRITES = /^court\.keyRotate$|^demo\.load$/;

/**
 * The court exchange page (导出与同步): batch and import history, the unsynced count, the signing
 * key. Exports go through the export store (ExportButton), whose progress and 取消 every export shares.
 */
export function createCourtStore(client: Client) {
  let generation = 0;
  let keyGeneration = 0;

  return createStore<CourtState>()((set, get) => ({
    overview: null,
    error: null,
    key: null,
    keyError: null,
    importProgress: null,

    async load() {
      const request = ++generation;
      try {
        const overview = await client.call('court.overview');
        if (request === generation) set({ overview, error: null });
      } catch (error) {
        if (request === generation) set({ error: toAppError(error) });
      }
    },

    async loadKey() {
      const request = ++keyGeneration;
      try {
        const key = await client.call('court.key');
        if (request === keyGeneration) set({ key, keyError: null });
      } catch (error) {
        if (request === keyGeneration) set({ keyError: toAppError(error) });
      }
    },

    markDelivered(batchNumber) {
      return client.call('court.markDelivered', { batchNumber });
    },

    verify(input) {
      return client.call('court.verify', input);
    },

    previewImport(file) {
      return client.call('court.importPreview', file);
    },

    async runImport(file) {
      set({ importProgress: { percent: 0, label: null } });
      const stop = client.on('job.progress', (p) => {
        const current = get().importProgress;
        if (p.channel === 'court.import' && current && p.percent >= current.percent) set({ importProgress: { percent: p.percent, label: p.label } });
      });
      try {
        return await client.call('court.import', file);
      } finally {
        stop();
        set({ importProgress: null });
      }
    },

    async rotateKey(reason) {
      const key = await client.call('court.keyRotate', { reason });
      keyGeneration += 1;
      set({ key, keyError: null });
      return key;
    },

    watch() {
      // Any write can change a case the court has not seen (the unsynced count); the overview is
      // one small query, so every change reloads it, as the dashboard does.
      return client.on('data.changed', ({ channel }) => {
        void get().load();
        if (KEY_WRITES.test(channel)) void get().loadKey();
      });
    },
  }));
}

export type CourtStore = ReturnType<typeof createCourtStore>;
