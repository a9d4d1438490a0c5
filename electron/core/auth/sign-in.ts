import { PERMISSIONS, roleHas } from '../../contract/permissions';
import type { AuthStatus } from '../../contract/schemas/auth';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import type { Core } from '../core';
import { CoreError } from '../errors';
import type { Session } from '../session';
import { activeOperators, actorOf, findOperator, passwordHashOf, type OperatorRow } from '../services/operators';
import { burnVerifyTime, verifyPassword } from './passwords';
import { idleLockMinutes } from './security-settings';
import { checkIdle, sessionOperator, signInRequired, signOutSession, startSignedIn } from './session-gate';
import { clearFailures, noteFailure, realSleep, type Sleep } from './sign-in-throttle';

/** The session as the sign-in and lock screens see it; evaluates the idle lock first. */
export function authStatus(core: Core, session: Session): AuthStatus {
  const required = signInRequired(core);
  const operator = sessionOperator(core, session);
  const locked = required && operator !== null && checkIdle(core, session);
  // When sign-in is required the picker offers only operators who can sign in (have a password).
  const operators = activeOperators(core).filter((o) => !required || passwordHashOf(core, o.id) !== null);
  return {
    signInRequired: required,
    operator,
    locked,
    idleLockMinutes: idleLockMinutes(core),
    operators,
    permissions: operator ? PERMISSIONS.filter((p) => p !== 'public' && roleHas(operator.role, p)) : [],
  };
}

/** An id from the page can be anything the schema let through; the audit keeps a bounded copy. */
function claimedId(operatorId: string): string {
  return operatorId.slice(0, 64);
}

/**
 * Signs the session in as `operatorId`: from the sign-in screen, to unlock (same operator) or to
 * switch operator (another one, also from the lock screen). An unknown or inactive operator, one
 * without a password and a wrong password all answer BAD_CREDENTIALS with the same words and about
 * the same time, audited as auth.signInFailed (the reason stays in the audit log, for the
 * administrator). Repeated failures are slowed down (sign-in-throttle.ts).
 */
export async function signIn(
  core: Core,
  session: Session,
  input: { operatorId: string; password: string },
  sleep: Sleep = realSleep,
): Promise<AuthStatus> {
  const operator = findOperator(core, input.operatorId);
  const hash = operator ? passwordHashOf(core, operator.id) : null;
  let ok = false;
  if (hash) ok = await verifyPassword(input.password, hash);
  else await burnVerifyTime(input.password);
  if (!operator || !ok) {
    writeTx(core, () =>
      appendAudit(core.q, SYSTEM_ACTOR, core.now(), {
        action: 'auth.signInFailed',
        entity: 'operators',
        entityId: claimedId(input.operatorId),
        detail: {
          operatorName: operator?.name ?? null,
          reason: !operator ? 'unknown_operator' : !hash ? 'no_password' : 'wrong_password',
        },
      }),
    );
    await sleep(noteFailure(core, claimedId(input.operatorId)));
    throw new CoreError('BAD_CREDENTIALS', 'Wrong operator or password');
  }
  clearFailures(core, operator.id);
  const kind = signInKind(session, operator);
  writeTx(core, () =>
    appendAudit(core.q, actorOf(operator), core.now(), {
      action: 'auth.signIn',
      entity: 'operators',
      entityId: operator.id,
      detail: { kind, ...(kind === 'switch' ? { previousOperatorId: session.operatorId } : {}) },
    }),
  );
  startSignedIn(core, session, operator);
  return authStatus(core, session);
}

function signInKind(session: Session, operator: OperatorRow): 'signIn' | 'unlock' | 'switch' {
  if (!session.signedIn || !session.operatorId) return 'signIn';
  if (session.operatorId !== operator.id) return 'switch';
  return session.locked ? 'unlock' : 'signIn';
}

/** Clears the operator; audited when someone was signed in. */
export function signOut(core: Core, session: Session): AuthStatus {
  const operator = session.signedIn && session.operatorId ? findOperator(core, session.operatorId) : undefined;
  if (operator) {
    writeTx(core, () =>
      appendAudit(core.q, actorOf(operator), core.now(), { action: 'auth.signOut', entity: 'operators', entityId: operator.id }),
    );
  }
  signOutSession(session);
  return authStatus(core, session);
}

/** Locks now (the lock button, or the OS session locking); only a signed-in session can lock. */
export function lockSession(core: Core, session: Session): AuthStatus {
  if (session.signedIn) session.locked = true;
  return authStatus(core, session);
}
