import type { ChannelName } from '../../contract/names';
import { CoreError } from '../errors';
import type { Session } from '../session';

/**
 * Long calls still running, per session and channel, so the page can cancel the export it started
 * (jobs.cancel). Long work checks its signal between steps — never mid-write — so a cancelled export
 * stops with nothing half-written and nothing logged.
 */
const running = new WeakMap<Session, Map<ChannelName, Set<AbortController>>>();

export function startCall(session: Session, channel: ChannelName): { signal: AbortSignal; done: () => void } {
  let byChannel = running.get(session);
  if (!byChannel) running.set(session, (byChannel = new Map()));
  let set = byChannel.get(channel);
  if (!set) byChannel.set(channel, (set = new Set()));
  const controller = new AbortController();
  set.add(controller);
  const calls = set;
  return { signal: controller.signal, done: () => calls.delete(controller) };
}

/** Cancels every running call of `channel` in this session; how many there were. */
export function cancelCalls(session: Session, channel: ChannelName): number {
  const set = running.get(session)?.get(channel);
  if (!set) return 0;
  for (const controller of set) controller.abort();
  const n = set.size;
  set.clear();
  return n;
}

/** Throws CANCELLED when the call was cancelled; long work calls this between its steps. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CoreError('CANCELLED', 'cancelled by the user');
}
