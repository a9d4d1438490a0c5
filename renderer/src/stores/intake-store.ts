import { createStore } from 'zustand';
import type { Input, Output } from '../../../electron/contract/channels';
import type { Client } from '../client/client';

export type CaseIntakeInput = Input<'cases.create'>;
export type CaseCreateResult = Output<'cases.create'>;

export interface IntakeState {
  submitting: boolean;
  /** Throws the ClientError (field issues go back onto the form). */
  create(input: CaseIntakeInput): Promise<CaseCreateResult>;
}

/** Registering a case. */
export function createIntakeStore(client: Client) {
  return createStore<IntakeState>()((set) => ({
    submitting: false,
    async create(input) {
      set({ submitting: true });
      try {
        return await client.call('cases.create', input);
      } finally {
        set({ submitting: false });
      }
    },
  }));
}

export type IntakeStore = ReturnType<typeof createIntakeStore>;
