import { createStore } from 'zustand';
import type { SetTypicalResult } from '../../../electron/contract/schemas/summaries';
import type { Client } from '../client/client';

export interface TypicalState {
  /** The case whose flag is being saved, so only its switch spins. */
  saving: string | null;
  /** Flags (or unflags) a closed case as typical; throws the ClientError (an open case is refused). */
  setTypical(caseId: string, typical: boolean): Promise<SetTypicalResult>;
}

/**
 * 典型案例: the flag that lets a closed case be published in anonymised form. The case page reads
 * the flag from the case itself (isTypical), which reloads after the write (data.changed).
 */
export function createTypicalStore(client: Client) {
  return createStore<TypicalState>()((set) => ({
    saving: null,

    async setTypical(caseId, typical) {
      set({ saving: caseId });
      try {
        return await client.call('cases.setTypical', { caseId, typical });
      } finally {
        set({ saving: null });
      }
    },
  }));
}

export type TypicalStore = ReturnType<typeof createTypicalStore>;
