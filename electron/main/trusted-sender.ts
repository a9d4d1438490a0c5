import { isAppUrl } from './app-origin';

/** The parts of an IPC event the check reads (Electron's IpcMainInvokeEvent has them). */
export interface SenderFrameLike {
  readonly parent: unknown;
  readonly url: string;
}

export interface SenderEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/**
 * Accepts an IPC message only from the top frame of a page on our own origin (VS Code's
 * validatedIpcMain does the same). A subframe, a page that navigated elsewhere, or a frame that
 * is already gone (senderFrame is null after navigation or destruction) is refused.
 */
export function isTrustedSender(event: SenderEventLike): boolean {
  let frame: SenderFrameLike | null;
  try {
    frame = event.senderFrame;
  } catch {
    // Electron may throw when the frame was disposed mid-call; a vanished sender is not trusted.
    return false;
  }
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
