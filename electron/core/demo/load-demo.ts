import type { DemoResult } from '../../contract/schemas/dashboard';
import type { Core } from '../core';
import type { OperatorRow } from '../services/operators';

/** Placeholder until the demo data set lands (same commit series). */
export function loadDemoData(_core: Core, _operator: OperatorRow): DemoResult {
  return { agencies: 0, cases: 0, activities: 0, meetings: 0, tasks: 0 };
}
