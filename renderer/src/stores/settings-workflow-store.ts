import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { WorkflowTemplate } from '../../../electron/contract/schemas/cases';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type WorkflowSaveInput = Input<'workflow.save'>;

export interface WorkflowSettingsState {
  template: WorkflowTemplate | null;
  loading: boolean;
  error: AppError | null;
  load(): Promise<void>;
  /** Throws the ClientError; on success the new version becomes the current template. */
  save(input: WorkflowSaveInput): Promise<WorkflowTemplate>;
}

/** The workflow template: the current version, and saving a new one. */
export function createWorkflowSettingsStore(client: Client) {
  return createStore<WorkflowSettingsState>()((set) => ({
    template: null,
    loading: false,
    error: null,

    async load() {
      set({ loading: true });
      try {
        const template = await client.call('workflow.current');
        set({ template, loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: toAppError(error) });
      }
    },

    async save(input) {
      const template = await client.call('workflow.save', input);
      set({ template, error: null });
      return template;
    },
  }));
}

export type WorkflowSettingsStore = ReturnType<typeof createWorkflowSettingsStore>;
