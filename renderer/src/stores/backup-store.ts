import { createStore } from 'zustand';
import type { Input, Output } from '../../../electron/contract/channels';
import type { BackupStatus, RotationSettings } from '../../../electron/contract/schemas/backups';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export interface BackupState {
  status: BackupStatus | null;
  loading: boolean;
  error: AppError | null;
  /** Which action is running ('now', 'folder', a file name being restored, 'settings'). */
  busy: string | null;
  load(): Promise<void>;
  /** Throws the ClientError; the section shows it. Null result: the folder dialog was cancelled. */
  backupNow(input: Input<'backup.now'>): Promise<Output<'backup.now'>['backup']>;
  restore(fileName: string): Promise<Output<'backup.restore'>>;
  saveSettings(settings: RotationSettings): Promise<RotationSettings>;
}

/** Settings → 备份: the backups folder, backup now, restore, rotation counts. */
export function createBackupStore(client: Client) {
  return createStore<BackupState>()((set, get) => {
    async function busyWith<T>(what: string, fn: () => Promise<T>): Promise<T> {
      set({ busy: what });
      try {
        return await fn();
      } finally {
        set({ busy: null });
      }
    }
    return {
      status: null,
      loading: false,
      error: null,
      busy: null,

      async load() {
        set({ loading: true });
        try {
          set({ status: await client.call('backup.status'), loading: false, error: null });
        } catch (error) {
          set({ loading: false, error: toAppError(error) });
        }
      },

      backupNow(input) {
        return busyWith(input.target === 'backups' ? 'now' : 'folder', async () => {
          const { backup } = await client.call('backup.now', input);
          await get().load();
          return backup;
        });
      },

      restore(fileName) {
        return busyWith(fileName, () => client.call('backup.restore', { fileName }));
      },

      saveSettings(settings) {
        return busyWith('settings', async () => {
          const saved = await client.call('backup.settings', settings);
          await get().load();
          return saved;
        });
      },
    };
  });
}

export type BackupStore = ReturnType<typeof createBackupStore>;
