import type { SetupInput, Center } from '../../contract/schemas/setup';
import type { Core } from '../core';
import { markSignedIn, type Session } from '../session';
import { CoreError, fieldErrors } from '../errors';
import { field } from '../cases/messages';
import { appendAudit } from '../audit/audit-log';
import { getSetting, putSetting } from './settings';
import { actorOf, findOperator, insertOperator, type OperatorRow } from './operators';
import { ensureSigningKey } from '../court/keys/key-store';
import { hashPasswordSync } from '../auth/passwords';

const DEFAULT_OPERATOR_KEY = 'session.default_operator_id';

export function getCenter(core: Core): Center | null {
  const name = getSetting<string>(core, 'center.name');
  const level = getSetting<Center['level']>(core, 'center.level');
  const courtName = getSetting<string>(core, 'center.court_name');
  if (name === undefined || level === undefined || courtName === undefined) return null;
  return { name, level, courtName };
}

export function needsSetup(core: Core): boolean {
  return getCenter(core) === null;
}

/** The operator a session acts as while sign-in is not required (no passwords): the one setup created. */
export function defaultOperator(core: Core): OperatorRow | undefined {
  const id = getSetting<string>(core, DEFAULT_OPERATOR_KEY);
  return id ? findOperator(core, id) : undefined;
}

/**
 * First run: the center's identity, the first operator (with their password, when given: from then
 * on sign-in is required) and the court signing key, in one transaction with its audit entry.
 * Refused once done, so a second window or a replayed request cannot overwrite it. The session
 * that set the center up is signed in as that operator.
 */
export function completeSetup(
  core: Core,
  session: Session,
  input: SetupInput,
): { center: Center; operator: OperatorRow } {
  const result = core.q.tx(() => {
    if (!needsSetup(core)) {
      throw new CoreError('ALREADY_SET_UP', 'The center is already set up');
    }
    // With a password, sign-in is on from now, and only an administrator can add operators: a first
    // operator of another role would leave nobody able to manage operators.
    if (input.operatorPassword && input.operatorRole !== 'administrator') {
      throw fieldErrors([
        field('operatorRole', '设置密码后须登录使用，第一位操作员须为管理员（之后由其添加其他操作员）', 'With a password set, the first operator must be an administrator (who then adds the others)'),
      ]);
    }
    // Hashed inside the transaction, after the already-set-up check, so a refused replay costs no scrypt.
    const passwordHash = input.operatorPassword ? hashPasswordSync(input.operatorPassword) : null;
    const operator = insertOperator(core, input.operatorName, input.operatorRole, passwordHash);
    putSetting(core, 'center.name', input.centerName);
    putSetting(core, 'center.level', input.level);
    putSetting(core, 'center.court_name', input.courtName);
    putSetting(core, DEFAULT_OPERATOR_KEY, operator.id);
    // The court signing key is made at first run (issue 7), so its fingerprint can go to the court
    // before the first package; it commits or vanishes with the setup, whose entry names it.
    const signingKey = ensureSigningKey(core, { audited: false });
    appendAudit(core.q, actorOf(operator), core.now(), {
      action: 'setup.complete',
      entity: 'settings',
      entityId: 'center',
      detail: {
        centerName: input.centerName,
        level: input.level,
        courtName: input.courtName,
        operator: operator.name,
        role: operator.role,
        ...(passwordHash !== null ? { passwordSet: true } : {}),
        signingKeyFingerprint: signingKey.fingerprint,
      },
    });
    return { center: { name: input.centerName, level: input.level, courtName: input.courtName }, operator };
  });
  if (input.operatorPassword) markSignedIn(session, result.operator.id, core.clock.now().getTime());
  else session.operatorId = result.operator.id;
  return result;
}
