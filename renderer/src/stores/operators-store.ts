import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { OperatorAdmin, SecuritySettings } from '../../../electron/contract/schemas/auth';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type OperatorSaveInput = Input<'operators.save'>;

export interface OperatorsState {
  operators: OperatorAdmin[];
  loaded: boolean;
  loading: boolean;
  error: AppError | null;
  security: SecuritySettings | null;
  securityError: AppError | null;
  load(): Promise<void>;
  /** Throws the ClientError; the form shows its message and field issues. */
  save(input: OperatorSaveInput): Promise<OperatorAdmin>;
  loadSecurity(): Promise<void>;
  /** Throws the ClientError. */
  saveSecurity(input: SecuritySettings): Promise<SecuritySettings>;
}

/**
 * 设置 → 操作员 and 安全 (administrators): the operator accounts and the idle lock time. After a
 * save the caller refreshes auth.status too, since the sign-in picker, the signed-in operator's
 * role and the idle time all come from it.
 */
export function createOperatorsStore(client: Client) {
  let latest = 0;
  return createStore<OperatorsState>()((set, get) => ({
    operators: [],
    loaded: false,
    loading: false,
    error: null,
    security: null,
    securityError: null,

    async load() {
      const request = ++latest;
      set({ loading: true });
      try {
        const operators = await client.call('operators.manage');
        if (request === latest) set({ operators, loaded: true, loading: false, error: null });
      } catch (error) {
        if (request === latest) set({ loading: false, error: toAppError(error) });
      }
    },

    async save(input) {
      const saved = await client.call('operators.save', input);
      await get().load();
      return saved;
    },

    async loadSecurity() {
      try {
        set({ security: await client.call('security.get'), securityError: null });
      } catch (error) {
        set({ securityError: toAppError(error) });
      }
    },

    async saveSecurity(input) {
      const saved = await client.call('security.save', input);
      set({ security: saved, securityError: null });
      return saved;
    },
  }));
}

export type OperatorsStore = ReturnType<typeof createOperatorsStore>;
