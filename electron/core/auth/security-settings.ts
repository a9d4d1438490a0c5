import { IDLE_LOCK_MINUTES_DEFAULT, type SecuritySettings } from '../../contract/schemas/auth';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { writeTx } from '../cases/case-rows';
import { getSetting, putSetting } from '../services/settings';

const IDLE_LOCK_KEY = 'security.idle_lock_minutes';

/** Minutes without activity after which a signed-in session locks (default 15). */
export function idleLockMinutes(core: Core): number {
  const stored = getSetting<number>(core, IDLE_LOCK_KEY);
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : IDLE_LOCK_MINUTES_DEFAULT;
}

export function getSecuritySettings(core: Core): SecuritySettings {
  return { idleLockMinutes: idleLockMinutes(core) };
}

/** Administrators only (security.save); the change and its audit entry commit together. */
export function saveSecuritySettings(core: Core, actor: Actor, input: SecuritySettings): SecuritySettings {
  return writeTx(core, () => {
    const before = idleLockMinutes(core);
    putSetting(core, IDLE_LOCK_KEY, input.idleLockMinutes);
    appendAudit(core.q, actor, core.now(), {
      action: 'security.save',
      entity: 'settings',
      entityId: IDLE_LOCK_KEY,
      detail: { idleLockMinutes: { before, after: input.idleLockMinutes } },
    });
    return getSecuritySettings(core);
  });
}
