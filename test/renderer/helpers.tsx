import { render, screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
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

/**
 * Picks an option in the antd Select labelled `label`. Types `search` first when given (long
 * lists are virtualised: only the first options are in the DOM until filtered).
 */
export async function chooseOption(
  user: ReturnType<typeof userEvent.setup>,
  label: string | HTMLElement,
  option: string | RegExp,
  search?: string,
): Promise<void> {
  const input = typeof label === 'string' ? screen.getByLabelText(label) : label;
  await user.click(input);
  if (search) await user.type(input, search);
  const matches = await screen.findAllByTitle(option);
  const visible = matches.filter((el) => el.classList.contains('ant-select-item-option') && !el.closest('.ant-select-dropdown-hidden'));
  await user.click(visible.at(-1) ?? matches.at(-1)!);
}
