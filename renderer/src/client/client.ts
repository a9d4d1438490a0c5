import type { Input, Output, EventPayload } from '../../../electron/contract/channels';
import type { ChannelName, EventName } from '../../../electron/contract/names';
import type { AppError } from '../../../electron/contract/result';
import type { Transport } from './transport';

/** A failed call, carrying the contract's error (code, both-language message, field issues). */
export class ClientError extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message.en);
    this.name = 'ClientError';
    this.error = error;
  }
}

/** Typed calls over whichever transport start-up picked. */
export class Client {
  private readonly failureListeners = new Set<(error: AppError, channel: ChannelName) => void>();

  constructor(private readonly transport: Transport) {}

  async call<C extends ChannelName>(channel: C, ...args: undefined extends Input<C> ? [input?: Input<C>] : [input: Input<C>]): Promise<Output<C>> {
    const result = await this.transport.invoke(channel, args[0] ?? {});
    if (!result.ok) {
      for (const listener of this.failureListeners) listener(result.error, channel);
      throw new ClientError(result.error);
    }
    return result.value as Output<C>;
  }

  /**
   * Hears every refused call before its caller does. The sign-in gate uses it: a LOCKED or
   * SIGN_IN_REQUIRED answer from any page covers the app with the lock or sign-in screen.
   */
  onFailure(listener: (error: AppError, channel: ChannelName) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return this.transport.on(event, listener as (payload: unknown) => void);
  }
}
