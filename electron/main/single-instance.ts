interface LockingApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * One app per user: two processes writing one SQLite file would fight over its locks, and two
 * windows would show different states. Returns false when another instance holds the lock (the
 * caller quits); that instance is told through 'second-instance' and brings its window forward.
 */
export function claimSingleInstance(app: LockingApp, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', onSecondInstance);
  return true;
}

interface RevealableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function revealWindow(window: RevealableWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
