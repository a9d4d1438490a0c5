import type { Actor } from '../../../electron/core/audit/audit-log';
import type { Core } from '../../../electron/core/core';
import { setUpCore } from '../helpers/core';

/** A set-up core (today is 2026-11-27 in China) and its operator as the actor. */
export async function clocksCore(): Promise<{ core: Core; actor: Actor }> {
  const { core, session } = await setUpCore();
  return { core, actor: { operatorId: session.operatorId, operatorName: '张协调' } };
}

let seq = 0;

/** A bare case row: the clock services only need it to exist. */
export function insertCase(core: Core, title = '某村土地征收补偿争议'): { id: string; caseNumber: string } {
  seq += 1;
  const id = core.newId();
  const caseNumber = `行化〔2026〕${seq}号`;
  core.sqlite
    .prepare(
      `INSERT INTO cases (id, case_number, title, source, received_on, created_at, updated_at)
       VALUES (?, ?, ?, 'party_application', '2026-01-05', ?, ?)`,
    )
    .run(id, caseNumber, title, core.now(), core.now());
  return { id, caseNumber };
}

export function auditActions(core: Core): string[] {
  return core.sqlite.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all() as string[];
}

export function storedDueOn(core: Core, clockId: string): string {
  return core.sqlite.prepare('SELECT due_on FROM clocks WHERE id = ?').pluck().get(clockId) as string;
}
