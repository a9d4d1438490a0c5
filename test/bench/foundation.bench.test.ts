import { it } from 'vitest';
import { dispatch } from '../../electron/core/handlers/registry';
import { dashboardSummary } from '../../electron/core/services/dashboard';
import { appendAudit } from '../../electron/core/audit/audit-log';
import { loadDemoData } from '../../electron/core/demo/load-demo';
import { defaultOperator } from '../../electron/core/services/setup';
import { memoryCore, setUpCore } from '../core/helpers/core';
import { measure, report } from './measure';

it('foundation: open+migrate, IPC dispatch overhead, audit append', async () => {
  const { core, session } = await setUpCore();
  loadDemoData(core, defaultOperator(core)!);
  const results = [
    await measure('open + migrate a fresh database', async () => (await memoryCore()).close(), 30),
    await measure('dashboard.summary, direct core call', () => dashboardSummary(core), 200),
    await measure('dashboard.summary, through dispatch (validate in and out)', () => dispatch(core, session, 'dashboard.summary', {}), 200),
    await measure('audit append in its own transaction', () =>
      core.q.tx(() => appendAudit(core.q, { operatorId: null, operatorName: 'bench' }, core.now(), { action: 'bench', entity: 'bench' })), 500),
  ];
  report('foundation', results);
});
