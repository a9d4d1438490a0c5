/**
 * Who is acting, held by whoever owns the connection to the user (the Electron main process, the
 * browser-mode server, a CLI run, a test). The core receives it with every call and the handler
 * layer keeps it up to date (electron/core/auth/sign-in.ts).
 *
 * Sign-in is required once any active operator has a password. Until then (tests, automation,
 * `adr init` without a password) the session acts as `operatorId`, or the operator first-run setup
 * created — exactly as before operators had passwords.
 */
export interface Session {
  operatorId: string | null;
  /** The operator gave their password in this session (or set up the center with one). */
  signedIn: boolean;
  /** Locked by auth.lock or after the idle time: only auth.* works until the password is given. */
  locked: boolean;
  /** core.clock time (ms) of the last admitted non-auth call; the idle lock counts from it. */
  lastActivityAt: number | null;
}

export function newSession(): Session {
  return { operatorId: null, signedIn: false, locked: false, lastActivityAt: null };
}

/** Signed in (or unlocked) as `operatorId` at `nowMs` (core.clock time). */
export function markSignedIn(session: Session, operatorId: string, nowMs: number): void {
  session.operatorId = operatorId;
  session.signedIn = true;
  session.locked = false;
  session.lastActivityAt = nowMs;
}
