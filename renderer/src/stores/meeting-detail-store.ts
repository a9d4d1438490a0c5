import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { MeetingDetail, MeetingStatus, SavedFiles } from '../../../electron/contract/schemas/meetings';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import type { AppError, Localized } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type MinutesSaveInput = Omit<Input<'meetings.saveMinutes'>, 'meetingId'>;
export type DocumentFormat = 'docx' | 'pdf';
export type DocumentChannel = 'meetings.pack' | 'meetings.minutesExport';

/** A document being built: which one, and how far the core says it is. */
export interface DocumentJob {
  channel: DocumentChannel;
  percent: number;
  label: Localized | null;
}

export interface MeetingDetailState {
  meetingId: string | null;
  detail: MeetingDetail | null;
  loading: boolean;
  error: AppError | null;
  job: DocumentJob | null;
  /** Loads a meeting; a second call for the same id refreshes without blanking the page. */
  load(id: string): Promise<void>;
  reload(): Promise<void>;
  /** The actions below throw the ClientError; the page shows its message. */
  setStatus(status: MeetingStatus, reason?: string): Promise<void>;
  saveMinutes(input: MinutesSaveInput): Promise<MeetingDetail>;
  invitation(): Promise<ExportFile>;
  /** Builds the pack or the minutes export, reporting job.progress into `job` meanwhile. */
  buildDocuments(channel: DocumentChannel, formats: DocumentFormat[]): Promise<SavedFiles>;
  /** Stops the pack or minutes being built; buildDocuments then fails with CANCELLED. */
  cancelDocuments(): Promise<void>;
  watch(): () => void;
}

/** Writes that can change what the meeting page shows (its tasks' status too). */
const MEETING_PAGE_WRITES = /^(meetings|rooms|tasks|agencies|contacts|cases)\.|^demo\.load$/;

/** One meeting as its page shows it: header, agenda, invitees, minutes, action items. */
export function createMeetingDetailStore(client: Client) {
  let latest = 0;
  return createStore<MeetingDetailState>()((set, get) => {
    function requireId(): string {
      const id = get().meetingId;
      if (!id) throw new Error('no meeting loaded');
      return id;
    }

    return {
      meetingId: null,
      detail: null,
      loading: false,
      error: null,
      job: null,

      async load(id) {
        const request = ++latest;
        const same = get().meetingId === id;
        set(same ? { loading: true } : { meetingId: id, detail: null, loading: true, error: null, job: null });
        try {
          const detail = await client.call('meetings.get', { id });
          if (request === latest) set({ detail, loading: false, error: null });
        } catch (error) {
          if (request === latest) set({ loading: false, error: toAppError(error) });
        }
      },

      async reload() {
        const id = get().meetingId;
        if (id) await get().load(id);
      },

      async setStatus(status, reason) {
        const detail = await client.call('meetings.setStatus', { id: requireId(), status, ...(reason ? { reason } : {}) });
        latest += 1;
        set({ detail, error: null });
      },

      async saveMinutes(input) {
        const detail = await client.call('meetings.saveMinutes', { meetingId: requireId(), ...input });
        latest += 1;
        set({ detail, error: null });
        return detail;
      },

      invitation() {
        return client.call('meetings.ics', { id: requireId() });
      },

      async buildDocuments(channel, formats) {
        const id = requireId();
        set({ job: { channel, percent: 0, label: null } });
        // Progress comes as events while the call runs; only this channel's count.
        const stop = client.on('job.progress', (p) => {
          if (p.channel === channel && get().job?.channel === channel) set({ job: { channel, percent: p.percent, label: p.label } });
        });
        try {
          return await client.call(channel, { id, formats });
        } finally {
          stop();
          set({ job: null });
        }
      },

      async cancelDocuments() {
        const job = get().job;
        if (job) await client.call('jobs.cancel', { channel: job.channel });
      },

      watch() {
        return client.on('data.changed', ({ channel }) => {
          if (get().meetingId && MEETING_PAGE_WRITES.test(channel)) void get().reload();
        });
      },
    };
  });
}

export type MeetingDetailStore = ReturnType<typeof createMeetingDetailStore>;
