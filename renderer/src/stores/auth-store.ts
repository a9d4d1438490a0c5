import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { AuthStatus } from '../../../electron/contract/schemas/auth';
import type { AppError } from '../../../electron/contract/result';
import type { Permission } from '../../../electron/contract/permissions';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

/**
 * What covers the app: nothing ('open'), the sign-in screen or the lock screen. 'loading' and
 * 'error' only before the first answer of auth.status.
 */
export type Gate = 'loading' | 'error' | 'open' | 'signIn' | 'locked';

/** The answers of calls refused because of the session, not the caller: the gate handles them. */
const SESSION_CODES = new Set(['LOCKED', 'SIGN_IN_REQUIRED']);

const LAST_OPERATOR_KEY = 'adr.lastOperator';

export interface AuthState {
  status: AuthStatus | null;
  gate: Gate;
  /**
   * The pages are mounted (under a cover when the gate is not open). False until someone signs
   * in and again after 退出登录, so a desk signed out on purpose keeps no one's data in the page.
   */
  appMounted: boolean;
  /**
   * Whose pages are mounted. A session lost under the page (signed out elsewhere) keeps it, so
   * the same operator signing in again finds their unsaved form; another operator gets fresh pages.
   */
  pageOperatorId: string | null;
  /** Where 返回 on the sign-in screen goes when it was opened by 切换操作员 (null: no way back). */
  switchFrom: 'open' | 'locked' | null;
  error: AppError | null;
  /** The operator the sign-in picker starts on (the last one who signed in on this machine). */
  lastOperatorId: string | null;
  load(): Promise<void>;
  /** Throws the ClientError (BAD_CREDENTIALS…) for the screen to show. */
  signIn(operatorId: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Covers the page at once, then tells the core (which locks by itself after the idle time too). */
  lock(): Promise<void>;
  switchOperator(): void;
  cancelSwitch(): void;
  changePassword(input: Input<'auth.changePassword'>): Promise<void>;
  /**
   * Tells the core someone is active in the page (a cheap call it counts as activity), so its
   * idle lock, which counts from the last call, does not fire while a long form is being typed.
   */
  keepAlive(): void;
  can(permission: Permission): boolean;
  /** Follows every refused call: LOCKED or SIGN_IN_REQUIRED from any page covers the app. */
  watchSession(): () => void;
}

export interface AuthStoreDeps {
  client: Client;
  storage: Storage | undefined;
}

/** The gate a status calls for (a switch in progress keeps the sign-in screen up). */
function gateFor(status: AuthStatus): Gate {
  if (!status.signInRequired) return 'open';
  if (!status.operator) return 'signIn';
  return status.locked ? 'locked' : 'open';
}

function readLast(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(LAST_OPERATOR_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeLast(storage: Storage | undefined, id: string): void {
  try {
    storage?.setItem(LAST_OPERATOR_KEY, id);
  } catch {
    // Only a convenience for the picker.
  }
}

/** Who is signed in, whether the desk is locked, and what the operator may do. */
export function createAuthStore({ client, storage }: AuthStoreDeps) {
  return createStore<AuthState>()((set, get) => {
    /** A fresh status from the core: the gate follows it, except that a switch screen stays up. */
    function apply(status: AuthStatus) {
      const gate = gateFor(status);
      const switching = get().switchFrom !== null && gate !== 'signIn';
      set({
        status,
        gate: switching ? 'signIn' : gate,
        // 返回 goes to what the core says now (it may have locked by itself meanwhile).
        switchFrom: switching ? (gate as 'open' | 'locked') : null,
        appMounted: get().appMounted || gate !== 'signIn',
        pageOperatorId: status.operator?.id ?? get().pageOperatorId,
        error: null,
      });
      // Whoever is signed in (also by setup or 修改密码) is who the picker offers next time.
      if (status.signInRequired && status.operator && status.operator.id !== get().lastOperatorId) {
        writeLast(storage, status.operator.id);
        set({ lastOperatorId: status.operator.id });
      }
    }

    return {
      status: null,
      gate: 'loading',
      appMounted: false,
      pageOperatorId: null,
      switchFrom: null,
      error: null,
      lastOperatorId: readLast(storage),

      async load() {
        try {
          apply(await client.call('auth.status'));
        } catch (error) {
          if (get().status === null) set({ gate: 'error', error: toAppError(error) });
          else console.error('auth.status refresh failed', error);
        }
      },

      async signIn(operatorId, password) {
        const status = await client.call('auth.signIn', { operatorId, password });
        set({ switchFrom: null });
        apply(status);
      },

      async signOut() {
        const status = await client.call('auth.signOut');
        set({ switchFrom: null, appMounted: false, pageOperatorId: null });
        apply(status);
      },

      async lock() {
        const { status } = get();
        if (!status?.signInRequired || !status.operator) return;
        set({ gate: 'locked', switchFrom: null });
        try {
          apply(await client.call('auth.lock'));
        } catch (error) {
          // The cover stays: unlocking signs in again, which works whether or not the core locked.
          console.error('auth.lock failed', error);
        }
      },

      switchOperator() {
        const { gate } = get();
        if (gate !== 'open' && gate !== 'locked') return;
        set({ switchFrom: gate, gate: 'signIn' });
      },

      cancelSwitch() {
        const from = get().switchFrom;
        if (from) set({ gate: from, switchFrom: null });
      },

      async changePassword(input) {
        await client.call('auth.changePassword', input);
        await get().load();
      },

      keepAlive() {
        // A refusal (already locked by the core) reaches the gate through watchSession.
        client.call('security.get').catch(() => undefined);
      },

      can(permission) {
        return get().status?.permissions.includes(permission) ?? false;
      },

      watchSession() {
        return client.onFailure((error, channel) => {
          if (!SESSION_CODES.has(error.code) || channel.startsWith('auth.')) return;
          const { gate } = get();
          if (gate === 'open') set({ gate: error.code === 'LOCKED' ? 'locked' : 'signIn' });
          // Ask who is signed in now: the cover then matches the core (e.g. signed out elsewhere).
          void get().load();
        });
      },
    };
  });
}

export type AuthStore = ReturnType<typeof createAuthStore>;
