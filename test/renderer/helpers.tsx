import { render } from '@testing-library/react';
import type { Core } from '../../electron/core/core';
import { App } from '../../renderer/src/App';
import { Client } from '../../renderer/src/client/client';
import { inProcessTransport } from '../helpers/in-process-transport';

/** Mounts the real page over the real core, with no process boundary in between. */
export function renderApp(core: Core) {
  const transport = inProcessTransport(core);
  const client = new Client(transport);
  const view = render(<App client={client} />);
  return { ...view, transport, client };
}

/** A setting as the core stored it (JSON), or undefined when absent. */
export function storedSetting(core: Core, key: string): unknown {
  const row = core.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? JSON.parse(row.value) : undefined;
}
