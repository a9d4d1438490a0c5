import type { IpcMainInvokeEvent } from 'electron';
import { appError } from '../contract/errors';
import { CHANNEL_NAMES, type ChannelName } from '../contract/names';
import type { Result } from '../contract/result';
import type { Core } from '../core/core';
import { dispatch, type DispatchOptions } from '../core/handlers/registry';
import type { Session } from '../core/session';
import { isTrustedSender, type SenderEventLike } from './trusted-sender';

/** The two ipcMain methods used; Electron's ipcMain satisfies it, tests pass a recorder. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface IpcOptions {
  /** Called after a successful write; main broadcasts data.changed. */
  onWrite: (channel: ChannelName) => void;
  /** Progress of long calls; main sends it to the windows as job.progress. */
  onProgress?: DispatchOptions['onProgress'];
  log: (message: string, error: unknown) => void;
}

/**
 * One ipcMain.handle per contract channel, nothing else. The sender check comes first so a
 * foreign frame never reaches validation, let alone the core; everything after that (schema,
 * permission, the handler itself) is the registry's job, shared with the web bridge.
 * Returns a function that removes the handlers again.
 */
export function registerIpc(ipcMain: IpcRegistrar, core: Core, session: Session, options: IpcOptions): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, function handleInvoke(event: SenderEventLike, payload: unknown): Promise<Result<unknown>> {
      if (!isTrustedSender(event)) {
        return Promise.resolve({ ok: false, error: appError('FORBIDDEN_SENDER') });
      }
      return dispatch(core, session, channel, payload, { onWrite: options.onWrite, onProgress: options.onProgress, log: options.log });
    });
  }
  return function unregisterIpc() {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
