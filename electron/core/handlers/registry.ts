import type { z } from 'zod';
import { CHANNELS, type Output } from '../../contract/channels';
import { isChannelName, type ChannelName } from '../../contract/names';
import { roleHas } from '../../contract/permissions';
import { appError, validationError } from '../../contract/errors';
import type { Localized, Result } from '../../contract/result';
import type { Core } from '../core';
import type { Session } from '../session';
import { CoreError } from '../errors';
import type { OperatorRow } from '../services/operators';
import { needsSetup } from '../services/setup';
import { roleParams } from '../auth/role-labels';
import { actingOperator, noteActivity, sessionOperator } from '../auth/session-gate';
import { HANDLERS } from './handlers';
import { startCall, throwIfCancelled } from './in-flight';

export interface CallContext {
  session: Session;
  /** The acting operator; null only for `public` channels before setup. */
  operator: OperatorRow | null;
  /**
   * Reports progress of long work to the page (nothing is sent when the transport has no events).
   * Throws CANCELLED once the page has cancelled the call: call it between steps.
   */
  progress: (percent: number, label: Localized) => void;
  /** Aborted when the page cancels this call (jobs.cancel); check it with throwIfCancelled. */
  signal: AbortSignal;
}

export type Handler<C extends ChannelName> = (
  core: Core,
  call: CallContext,
  input: z.output<(typeof CHANNELS)[C]['input']>,
) => Output<C> | Promise<Output<C>>;

export type HandlerMap = { [C in ChannelName]: Handler<C> };

/** The handlers of one area's channels (e.g. `AreaHandlers<typeof CASE_CHANNELS>`). */
export type AreaHandlers<Channels> = { [C in keyof Channels & ChannelName]: Handler<C> };

export interface DispatchOptions {
  /** Called after a successful call of a channel that writes (the shell broadcasts data.changed). */
  onWrite?: (channel: ChannelName) => void;
  /** Progress of long calls; the shell and the web bridge send it to the page as job.progress. */
  onProgress?: (progress: { channel: ChannelName; percent: number; label: Localized }) => void;
  /** Where unexpected errors are reported (they reach the user only as INTERNAL). */
  log?: (message: string, error: unknown) => void;
}

/**
 * The one entry point for every transport (Electron IPC, the browser-mode bridge, component
 * tests): checks the channel name, validates the payload with the contract's schema, resolves the
 * acting operator (SIGN_IN_REQUIRED / LOCKED once operators have passwords) and the role's
 * permission, runs the handler and wraps the outcome as a Result. Nothing reaches a handler
 * unvalidated or unauthorised, so bad input or the wrong role cannot write anything.
 */
export async function dispatch(
  core: Core,
  session: Session,
  channel: unknown,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: appError('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 80) }) };
  }
  const spec = CHANNELS[channel];
  const parsed = spec.input.safeParse(payload);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    let operator: OperatorRow | null = null;
    if (spec.permission !== 'public') {
      if (needsSetup(core)) return { ok: false, error: appError('NOT_SET_UP') };
      operator = actingOperator(core, session);
      if (!operator || !roleHas(operator.role, spec.permission)) {
        return { ok: false, error: appError('PERMISSION_DENIED', roleParams(operator?.role ?? null)) };
      }
    } else {
      operator = sessionOperator(core, session);
    }
    const handler = HANDLERS[channel] as Handler<ChannelName>;
    const call = startCall(session, channel);
    // Long work reports progress between its steps, so that is also where a cancel takes effect:
    // a cancelled call stops at its next step with CANCELLED, never in the middle of a write.
    const progress = (percent: number, label: Localized) => {
      throwIfCancelled(call.signal);
      options.onProgress?.({ channel, percent: Math.max(0, Math.min(100, Math.round(percent))), label });
    };
    let value: unknown;
    try {
      value = await handler(core, { session, operator, progress, signal: call.signal }, parsed.data as never);
    } finally {
      call.done();
    }
    // The output is checked too: the contract is a promise to the page, and a core bug that breaks
    // it should fail loudly here, not as an undefined deep inside a component.
    const out = spec.output.safeParse(value);
    if (!out.success) {
      options.log?.(`Output of ${channel} does not match the contract`, out.error);
      return { ok: false, error: appError('INTERNAL', { detail: `bad output from ${channel}` }) };
    }
    // Activity keeps the idle lock away; auth.* calls (public) do not count, so a lock screen
    // polling auth.status cannot keep a deserted workstation open.
    if (spec.permission !== 'public') noteActivity(core, session);
    if (spec.writes) options.onWrite?.(channel);
    return { ok: true, value: out.data };
  } catch (error) {
    if (error instanceof CoreError) return { ok: false, error: appError(error.code, error.params, error.fields) };
    options.log?.(`Channel ${channel} failed`, error);
    return { ok: false, error: appError('INTERNAL', { detail: error instanceof Error ? error.message : String(error) }) };
  }
}
