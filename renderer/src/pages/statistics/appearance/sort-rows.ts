import type { AppearanceRow } from '../../../../../electron/contract/schemas/linkage';

/**
 * The order the notice reads in: agencies below target first (worst rate at the top), then the
 * others by rate, then those without hearings; ties by name.
 */
export function byConcern(a: AppearanceRow, b: AppearanceRow): number {
  return (
    Number(b.belowTarget) - Number(a.belowTarget) ||
    Number(a.rate === null) - Number(b.rate === null) ||
    (a.rate ?? 0) - (b.rate ?? 0) ||
    b.hearings - a.hearings ||
    a.agencyName.localeCompare(b.agencyName, 'zh-CN')
  );
}
