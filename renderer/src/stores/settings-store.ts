import { createStore } from 'zustand';
import type { AuditReport } from '../../../electron/contract/schemas/app';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export interface SettingsState {
  audit: AuditReport | null;
  verifying: boolean;
  auditError: AppError | null;
  verifyAudit(): Promise<void>;
}

/** The settings screen's own calls (app info itself lives in the app store). */
export function createSettingsStore(client: Client) {
  return createStore<SettingsState>()((set) => ({
    audit: null,
    verifying: false,
    auditError: null,

    async verifyAudit() {
      set({ verifying: true, auditError: null });
      try {
        const audit = await client.call('audit.verify');
        set({ audit, verifying: false });
      } catch (error) {
        set({ audit: null, verifying: false, auditError: toAppError(error) });
      }
    },
  }));
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
