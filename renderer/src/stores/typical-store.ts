import { createStore } from 'zustand';
import type { SetTypicalResult } from '../../../electron/contract/schemas/summaries';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export interface TypicalState {
  /** The flag of each closed case asked about; absent until known. */
  flags: Record<string, boolean>;
  /** The case whose flag is being saved, so only its switch spins. */
  saving: string | null;
  error: AppError | null;
  /** Reads whether a closed case is flagged typical. */
  load(caseId: string, closedOn: string): Promise<void>;
  /** Flags (or unflags) a closed case as typical; throws the ClientError (an open case is refused). */
  setTypical(caseId: string, typical: boolean): Promise<SetTypicalResult>;
}

/**
 * 典型案例: the flag that lets a closed case be published in anonymised form.
 *
 * cases.get does not carry the flag, so it is read from the period figures of the case's closing
 * day: their typical cases are exactly the flagged cases closed that day. (Once the case detail
 * carries the flag, `load` can read it from there instead.)
 */
export function createTypicalStore(client: Client) {
  const latest = new Map<string, number>();
  return createStore<TypicalState>()((set, get) => ({
    flags: {},
    saving: null,
    error: null,

    async load(caseId, closedOn) {
      const request = (latest.get(caseId) ?? 0) + 1;
      latest.set(caseId, request);
      try {
        const figures = await client.call('summary.periodFigures', { period: `${closedOn}..${closedOn}` });
        const typical = figures.typicalCases.some((c) => c.caseId === caseId);
        if (latest.get(caseId) === request) set({ flags: { ...get().flags, [caseId]: typical }, error: null });
      } catch (error) {
        if (latest.get(caseId) === request) set({ error: toAppError(error) });
      }
    },

    async setTypical(caseId, typical) {
      set({ saving: caseId });
      try {
        const result = await client.call('cases.setTypical', { caseId, typical });
        // A read started before this write must not put the old flag back.
        latest.set(caseId, (latest.get(caseId) ?? 0) + 1);
        set({ flags: { ...get().flags, [caseId]: result.typical } });
        return result;
      } finally {
        set({ saving: null });
      }
    },
  }));
}

export type TypicalStore = ReturnType<typeof createTypicalStore>;
