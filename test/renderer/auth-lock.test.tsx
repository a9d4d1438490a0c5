import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import { SYSTEM_ACTOR } from '../../electron/core/audit/audit-log';
import { saveSecuritySettings } from '../../electron/core/auth/security-settings';
import { setUpCore } from '../core/helpers/core';
import { renderApp } from './helpers';
import { FIRST_LOAD } from './dialogs';
import { ADMIN, signInAs, withPasswords } from './auth-fixtures';

const TITLE = '李某诉某区人社局工伤认定争议';

/** The pages' clock (test/renderer/setup.ts) before a test moved it. */
const START = new Date('2026-11-27T02:00:00.000Z');

afterEach(() => {
  vi.setSystemTime(START);
});

function lastSignInKind(core: Core): string {
  const detail = core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'auth.signIn' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
  return (JSON.parse(detail) as { kind: string }).kind;
}

/** The administrator, signed in on the intake form with a title typed and not saved. */
async function typingOnIntake() {
  const { core } = await setUpCore();
  await withPasswords(core);
  const user = userEvent.setup();
  window.location.hash = '#/cases/new';
  const view = renderApp(core);
  await signInAs(user, ADMIN.name, ADMIN.password);
  await screen.findByTestId('page-case-new', {}, FIRST_LOAD);
  await user.type(screen.getByLabelText('案件名称'), TITLE);
  return { core, user, ...view };
}

describe('the lock screen', () => {
  it('锁定 covers the page and keeps the unsaved form; a wrong password is refused, the right one unlocks', async () => {
    const { core, user, client } = await typingOnIntake();
    await user.click(screen.getByTestId('current-operator'));
    await user.click(await screen.findByTestId('menu-lock'));

    await screen.findByTestId('lock-screen');
    expect(screen.getByTestId('lock-operator')).toHaveTextContent('张协调（管理员）已锁定工作台');
    expect(screen.getByTestId('app-pages')).toHaveAttribute('inert');
    expect((await client.call('auth.status')).locked).toBe(true);
    await waitFor(() => expect(screen.getByTestId('unlock-password')).toHaveFocus());

    await user.type(screen.getByTestId('unlock-password'), 'wrong-password{Enter}');
    expect(await screen.findByText('操作员或密码不正确。')).toBeInTheDocument();
    expect(screen.getByTestId('lock-screen')).toBeInTheDocument();

    await user.type(screen.getByTestId('unlock-password'), `${ADMIN.password}{Enter}`);
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).not.toBeInTheDocument());
    expect(screen.getByTestId('app-pages')).not.toHaveAttribute('inert');
    expect(screen.getByLabelText('案件名称')).toHaveValue(TITLE);
    expect(lastSignInKind(core)).toBe('unlock');
    core.close();
  });

  it('Ctrl+L locks at once', async () => {
    const { core, user } = await typingOnIntake();
    await user.keyboard('{Control>}l{/Control}');
    await screen.findByTestId('lock-screen');
    core.close();
  });

  it('a call the core refuses as LOCKED brings the lock screen up over the page', async () => {
    const { core, user, transport } = await typingOnIntake();
    // The core locked the session by itself (its own idle clock), behind the page's back.
    await transport.invoke('auth.lock', {});
    expect(screen.queryByTestId('lock-screen')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('nav-cases'));
    await screen.findByTestId('lock-screen');
    await user.type(screen.getByTestId('unlock-password'), `${ADMIN.password}{Enter}`);
    await screen.findByTestId('page-cases', {}, FIRST_LOAD);
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).not.toBeInTheDocument());
    core.close();
  });

  it('another operator signing in from the lock screen gets fresh pages, not the form left behind', async () => {
    const { core, user } = await typingOnIntake();
    await user.keyboard('{Control>}l{/Control}');
    await screen.findByTestId('lock-screen');
    await user.click(screen.getByTestId('lock-switch'));
    await signInAs(user, '赵协调', 'coordinator-pass-1');

    await waitFor(() => expect(screen.getByTestId('current-operator')).toHaveTextContent('赵协调'));
    await screen.findByTestId('page-case-new', {}, FIRST_LOAD);
    expect(screen.getByLabelText('案件名称')).toHaveValue('');
    expect(lastSignInKind(core)).toBe('switch');
    core.close();
  });
});

describe('the idle lock', () => {
  it('locks after the idle minutes without mouse or keyboard, and not while someone is active', async () => {
    const { core } = await setUpCore();
    await withPasswords(core);
    saveSecuritySettings(core, SYSTEM_ACTOR, { idleLockMinutes: 1 });
    const user = userEvent.setup();
    const { client } = renderApp(core);
    await signInAs(user, '王秘书', 'secretary-pass-1');
    await screen.findByTestId('page-dashboard', {}, FIRST_LOAD);

    // 50 s idle, then the mouse moves, then 50 s more: 100 s since sign-in but only 50 s idle.
    vi.setSystemTime(Date.now() + 50_000);
    fireEvent.mouseMove(document.body);
    vi.setSystemTime(Date.now() + 50_000);
    // Several checks (one a second) pass without locking.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(screen.queryByTestId('lock-screen')).not.toBeInTheDocument();

    vi.setSystemTime(Date.now() + 11_000);
    await screen.findByTestId('lock-screen');
    // The core was told, not just the screen.
    expect((await client.call('auth.status')).locked).toBe(true);
    core.close();
  });
});
