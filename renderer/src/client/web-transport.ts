import type { ChannelName, EventName } from '../../../electron/contract/names';
import type { Result } from '../../../electron/contract/result';
import type { Transport } from './transport';

/**
 * Browser mode: POST /rpc with the per-run token the server wrote into index.html, and a
 * server-sent event stream for events. The server listens on 127.0.0.1 only.
 */
export function webTransport(token: string, base = ''): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function ensureSource(): EventSource {
    if (source) return source;
    source = new EventSource(`${base}/events?token=${encodeURIComponent(token)}`);
    return source;
  }

  return {
    async invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>> {
      const response = await fetch(`${base}/rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-adr-token': token },
        body: JSON.stringify({ channel, input: input ?? {} }),
      });
      return (await response.json()) as Result<unknown>;
    },
    on(event: EventName, listener: (payload: unknown) => void) {
      const es = ensureSource();
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        es.addEventListener(event, (message) => {
          const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
          for (const l of listeners.get(event) ?? []) l(payload);
        });
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/** The token the browser-mode server injects as <meta name="adr-token">; null under Electron. */
export function webToken(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="adr-token"]')?.content ?? null;
}
