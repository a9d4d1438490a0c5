import type { RetentionSettings } from '../../contract/schemas/retention';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import type { Core } from '../core';
import { getSetting, putSetting } from '../services/settings';

export const RETENTION_YEARS_KEY = 'retention.closed_case_years';

/**
 * Ten years after closing unless the center sets another period. Ten is the shortest fixed period
 * (定期10年) of the national rules for keeping an office's document files (国家档案局令第8号,
 * 机关文件材料归档范围和文书档案保管期限规定): it outlasts the follow-up visit, any litigation that
 * follows a failed or challenged mediation (appeal and retrial included) and the three-year
 * limitation period of related claims with room to spare. A center whose archive schedule files
 * these cases for 30 years sets 30.
 */
export const DEFAULT_RETENTION_YEARS = 10;

export function retentionYears(core: Core): number {
  return getSetting<number>(core, RETENTION_YEARS_KEY) ?? DEFAULT_RETENTION_YEARS;
}

/** Saves the period with an audit entry (before → after) in the same transaction. */
export function saveRetentionSettings(core: Core, actor: Actor, settings: RetentionSettings): void {
  writeTx(core, () => {
    const before = retentionYears(core);
    putSetting(core, RETENTION_YEARS_KEY, settings.years);
    appendAudit(core.q, actor, core.now(), {
      action: 'retention.settings',
      entity: 'settings',
      entityId: RETENTION_YEARS_KEY,
      detail: { before, after: settings.years },
    });
  });
}
