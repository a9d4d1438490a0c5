import type { Transport } from '../../electron/contract/bridge';
import type { EventName } from '../../electron/contract/names';
import type { Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/handlers/registry';
import { newSession, type Session } from '../../electron/core/session';

/**
 * The real registry and the real core behind the page, with no process boundary: component tests
 * exercise the same validation and SQL as the app. Payloads go through JSON so nothing that
 * could not cross IPC slips through.
 */
export function inProcessTransport(core: Core, session: Session = newSession()): Transport & {
  emit(event: EventName, payload: unknown): void;
} {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const emit = (event: EventName, payload: unknown) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  return {
    async invoke(channel, input) {
      const result = await dispatch(core, session, channel, JSON.parse(JSON.stringify(input ?? {})), {
        onWrite: (c) => emit('data.changed', { channel: c }),
        onProgress: (p) => emit('job.progress', p),
      });
      return JSON.parse(JSON.stringify(result));
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    emit,
  };
}
