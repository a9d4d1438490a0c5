import type { Core } from '../core';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { getSetting, putSetting } from '../services/settings';
import { DEFAULT_ROTATION, type RotationSettings } from './rotation';

const KEEP_DAILY = 'backup.keep_daily';
const KEEP_WEEKLY = 'backup.keep_weekly';

export function rotationSettings(core: Core): RotationSettings {
  return {
    keepDaily: getSetting<number>(core, KEEP_DAILY) ?? DEFAULT_ROTATION.keepDaily,
    keepWeekly: getSetting<number>(core, KEEP_WEEKLY) ?? DEFAULT_ROTATION.keepWeekly,
  };
}

/** The rotation counts (bounds checked by the contract), stored with their audit entry. */
export function saveRotationSettings(core: Core, actor: Actor, settings: RotationSettings): RotationSettings {
  return writeTx(core, () => {
    const before = rotationSettings(core);
    putSetting(core, KEEP_DAILY, settings.keepDaily);
    putSetting(core, KEEP_WEEKLY, settings.keepWeekly);
    appendAudit(core.q, actor, core.now(), {
      action: 'backup.settings',
      entity: 'settings',
      entityId: 'backup',
      detail: { before, after: settings },
    });
    return settings;
  });
}
