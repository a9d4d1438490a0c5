import { createStore } from 'zustand';
import type { Input, Output } from '../../../electron/contract/channels';
import type { ChannelName } from '../../../electron/contract/names';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import type { Localized } from '../../../electron/contract/result';
import type { Client } from '../client/client';

/** What an export channel answers: the file itself, or a record carrying it (court.export: the batch and its package). */
export type ExportOutput = ExportFile | { file: ExportFile };

/** The channels that answer with one file for the page to save (flowcharts, summaries, notices, court packages). */
export type ExportChannel = {
  [C in ChannelName]: Output<C> extends ExportOutput ? C : never;
}[ChannelName];

/** The file to save from an export channel's answer. */
export function fileOf(output: ExportOutput): ExportFile {
  return 'file' in output ? output.file : output;
}

/** An export being built: which control started it, and how far the core says it is. */
export interface ExportJob {
  /** The control that started it (its test id), so only that one shows the bar. */
  owner: string;
  percent: number;
  label: Localized | null;
  /** Set once 取消 was pressed: the bar says so until the core stops the call. */
  cancelling: boolean;
}

export interface ExportState {
  /** At most one job per channel: jobs.cancel stops every call of a channel at once. */
  jobs: Partial<Record<ExportChannel, ExportJob>>;
  /**
   * Runs the export, following the core's job.progress for its channel meanwhile. Resolves with the
   * channel's answer (fileOf gives the file); throws the ClientError (code CANCELLED after a cancel).
   */
  run<C extends ExportChannel>(channel: C, input: Input<C>, owner: string): Promise<Output<C>>;
  /** Asks the core to stop the channel's running export; it then fails with CANCELLED. */
  cancel(channel: ExportChannel): Promise<void>;
}

/**
 * Every export the page starts goes through here, so each one shows the same progress bar and the
 * same 取消 button (components/ExportButton.tsx). Progress events carry only the channel: a job is
 * kept per channel, and a second export of a channel waits for the first (its button is disabled).
 */
export function createExportStore(client: Client) {
  return createStore<ExportState>()((set, get) => {
    function patch(channel: ExportChannel, change: Partial<ExportJob> | null) {
      const jobs = { ...get().jobs };
      const job = jobs[channel];
      if (change === null) delete jobs[channel];
      else if (job) jobs[channel] = { ...job, ...change };
      set({ jobs });
    }

    return {
      jobs: {},

      async run(channel, input, owner) {
        set({ jobs: { ...get().jobs, [channel]: { owner, percent: 0, label: null, cancelling: false } } });
        const stop = client.on('job.progress', (p) => {
          const job = get().jobs[channel];
          // A bar never runs backwards: a late event from a step already passed is dropped.
          if (p.channel === channel && job && p.percent >= job.percent) patch(channel, { percent: p.percent, label: p.label });
        });
        try {
          // ExportChannel proves the output carries a file; TypeScript cannot follow it through the
          // generic call's rest-argument signature.
          const files = client as unknown as { call(c: typeof channel, i: unknown): Promise<Output<typeof channel>> };
          return await files.call(channel, input);
        } finally {
          stop();
          patch(channel, null);
        }
      },

      async cancel(channel) {
        patch(channel, { cancelling: true });
        await client.call('jobs.cancel', { channel });
      },
    };
  });
}

export type ExportStore = ReturnType<typeof createExportStore>;
