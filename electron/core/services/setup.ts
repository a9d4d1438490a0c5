import type { SetupInput, Center } from '../../contract/schemas/setup';
import type { Core } from '../core';
import type { Session } from '../session';
import { CoreError } from '../errors';
import { appendAudit } from '../audit/audit-log';
import { getSetting, putSetting } from './settings';
import { actorOf, findOperator, insertOperator, type OperatorRow } from './operators';
import { ensureSigningKey } from '../court/keys/key-store';

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

/** The operator a fresh session acts as (until sign-in exists): the one setup created. */
export function defaultOperator(core: Core): OperatorRow | undefined {
  const id = getSetting<string>(core, DEFAULT_OPERATOR_KEY);
  return id ? findOperator(core, id) : undefined;
}

/**
 * First run: the center's identity, the first operator and the court signing key, in one
 * transaction with its audit entry. Refused once done, so a second window or a replayed
 * request cannot overwrite it.
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
    const operator = insertOperator(core, input.operatorName, input.operatorRole);
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
        signingKeyFingerprint: signingKey.fingerprint,
      },
    });
    return { center: { name: input.centerName, level: input.level, courtName: input.courtName }, operator };
  });
  session.operatorId = result.operator.id;
  return result;
}
