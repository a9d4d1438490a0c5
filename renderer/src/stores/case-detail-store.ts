import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { CaseDetail } from '../../../electron/contract/schemas/cases';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type ActivityInput = Input<'activities.create'>;
export type ActivityUpdate = Input<'activities.update'>;
export type CloseInput = Omit<Input<'cases.close'>, 'id'>;

export interface UploadFile {
  name: string;
  type: string;
  base64: string;
}

export interface CaseDetailState {
  caseId: string | null;
  detail: CaseDetail | null;
  loading: boolean;
  error: AppError | null;
  /** Loads a case; a second call for the same id refreshes without blanking the page. */
  load(id: string): Promise<void>;
  reload(): Promise<void>;
  /** The actions below throw the ClientError; the page shows its message. */
  advance(toStage: Input<'cases.advance'>['toStage']): Promise<void>;
  close(input: CloseInput): Promise<void>;
  reopen(reason: string): Promise<void>;
  createActivity(input: Omit<ActivityInput, 'caseId'>): Promise<string>;
  updateActivity(input: ActivityUpdate): Promise<void>;
  deleteActivity(id: string, reason: string): Promise<void>;
  addAttachment(activityId: string | null, file: UploadFile): Promise<void>;
  openAttachment(id: string): Promise<{ opened: boolean; fileName: string; dataUrl: string | null }>;
  suspendClock(clockId: string, fromOn: string, reason: string): Promise<void>;
  resumeClock(clockId: string, toOn: string): Promise<void>;
  extendClock(clockId: string, extraDays: number, reason: string): Promise<void>;
  /** Refreshes the open case after any write (ours or another window's). */
  watch(): () => void;
}

/** One case, as the case page shows it, and everything the page can do to it. */
export function createCaseDetailStore(client: Client) {
  let latest = 0;
  return createStore<CaseDetailState>()((set, get) => {
    function requireId(): string {
      const id = get().caseId;
      if (!id) throw new Error('no case loaded');
      return id;
    }

    return {
      caseId: null,
      detail: null,
      loading: false,
      error: null,

      async load(id) {
        const request = ++latest;
        const same = get().caseId === id;
        set(same ? { loading: true } : { caseId: id, detail: null, loading: true, error: null });
        try {
          const detail = await client.call('cases.get', { id });
          if (request === latest) set({ detail, loading: false, error: null });
        } catch (error) {
          if (request === latest) set({ loading: false, error: toAppError(error) });
        }
      },

      async reload() {
        const id = get().caseId;
        if (id) await get().load(id);
      },

      async advance(toStage) {
        const detail = await client.call('cases.advance', { id: requireId(), toStage });
        set({ detail });
      },

      async close(input) {
        const detail = await client.call('cases.close', { id: requireId(), ...input });
        set({ detail });
      },

      async reopen(reason) {
        const detail = await client.call('cases.reopen', { id: requireId(), reason });
        set({ detail });
      },

      async createActivity(input) {
        const { id } = await client.call('activities.create', { caseId: requireId(), ...input });
        await get().reload();
        return id;
      },

      async updateActivity(input) {
        await client.call('activities.update', input);
        await get().reload();
      },

      async deleteActivity(id, reason) {
        await client.call('activities.delete', { id, reason });
        await get().reload();
      },

      async addAttachment(activityId, file) {
        await client.call('attachments.add', {
          caseId: requireId(),
          activityId,
          fileName: file.name,
          mimeType: file.type || null,
          contentBase64: file.base64,
        });
      },

      openAttachment(id) {
        return client.call('attachments.open', { id });
      },

      async suspendClock(clockId, fromOn, reason) {
        await client.call('clocks.suspend', { clockId, fromOn, reason });
        await get().reload();
      },

      async resumeClock(clockId, toOn) {
        await client.call('clocks.resume', { clockId, toOn });
        await get().reload();
      },

      async extendClock(clockId, extraDays, reason) {
        await client.call('clocks.extend', { clockId, extraDays, reason });
        await get().reload();
      },

      watch() {
        return client.on('data.changed', () => {
          if (get().caseId) void get().reload();
        });
      },
    };
  });
}

export type CaseDetailStore = ReturnType<typeof createCaseDetailStore>;
