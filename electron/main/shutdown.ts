/**
 * Wraps a cleanup so it runs at most once however many quit paths call it ('will-quit' fires
 * again if a quit is cancelled and retried, and the close path may also run it). A failure is
 * logged, never thrown into Electron's quit sequence.
 */
export function once(name: string, cleanup: () => void): () => void {
  let done = false;
  return function runOnce() {
    if (done) return;
    done = true;
    try {
      cleanup();
    } catch (error) {
      console.error(`[adr] ${name} failed`, error);
    }
  };
}
