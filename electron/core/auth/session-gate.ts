import type { Core } from '../core';
import { CoreError } from '../errors';
import { markSignedIn, type Session } from '../session';
import { anyPasswordSet, findOperator, type OperatorRow } from '../services/operators';
import { defaultOperator } from '../services/setup';
import { idleLockMinutes } from './security-settings';

/**
 * The handler layer's view of a session: who acts, and whether they may act now. Every non-public
 * channel passes through `actingOperator`, so a signed-out or locked session reaches no data,
 * whichever transport (Electron IPC, browser mode, CLI, tests) it came from.
 */

export function signInRequired(core: Core): boolean {
  return anyPasswordSet(core);
}

export function signOutSession(session: Session): void {
  session.operatorId = null;
  session.signedIn = false;
  session.locked = false;
  session.lastActivityAt = null;
}

/** Marks the session signed in as `operator` now (sign-in, unlock, setup with a password). */
export function startSignedIn(core: Core, session: Session, operator: OperatorRow): void {
  markSignedIn(session, operator.id, core.clock.now().getTime());
}

/** Locks a signed-in session whose last activity is older than the idle time; true when locked. */
export function checkIdle(core: Core, session: Session): boolean {
  if (!session.signedIn) return false;
  if (!session.locked && session.lastActivityAt !== null) {
    const idleMs = core.clock.now().getTime() - session.lastActivityAt;
    if (idleMs > idleLockMinutes(core) * 60_000) session.locked = true;
  }
  return session.locked;
}

/** Without sign-in: the session's chosen operator, else the one first-run setup created (as before issue 8). */
function implicitOperator(core: Core, session: Session): OperatorRow | null {
  if (session.operatorId) {
    const op = findOperator(core, session.operatorId);
    if (op) return op;
  }
  const fallback = defaultOperator(core);
  if (fallback) session.operatorId = fallback.id;
  return fallback ?? null;
}

/** The signed-in operator, or null (signed out, or deactivated since: the session is cleared). */
function signedInOperator(core: Core, session: Session): OperatorRow | null {
  if (!session.signedIn || !session.operatorId) return null;
  const op = findOperator(core, session.operatorId);
  if (!op) signOutSession(session);
  return op ?? null;
}

/**
 * Who a non-public call acts as. Throws SIGN_IN_REQUIRED (nobody signed in) or LOCKED (idle or
 * auth.lock) when sign-in is required; otherwise acts as today.
 */
export function actingOperator(core: Core, session: Session): OperatorRow | null {
  if (!signInRequired(core)) return implicitOperator(core, session);
  const op = signedInOperator(core, session);
  if (!op) throw new CoreError('SIGN_IN_REQUIRED', 'Sign in first');
  if (checkIdle(core, session)) throw new CoreError('LOCKED', 'The session is locked');
  return op;
}

/** Who a public call (app.info, auth.*) sees: the signed-in operator even when locked; never throws. */
export function sessionOperator(core: Core, session: Session): OperatorRow | null {
  return signInRequired(core) ? signedInOperator(core, session) : implicitOperator(core, session);
}

/** A call went through: the idle time counts from now. */
export function noteActivity(core: Core, session: Session): void {
  if (session.signedIn && !session.locked) session.lastActivityAt = core.clock.now().getTime();
}
