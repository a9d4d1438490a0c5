import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/registry';
import { signIn } from '../../../electron/core/auth/sign-in';
import { failureDelayMs, FREE_FAILURES } from '../../../electron/core/auth/sign-in-throttle';
import { newSession } from '../../../electron/core/session';
import type { AuthStatus } from '../../../electron/contract/schemas/auth';
import { memoryCore, setUpCore } from '../helpers/core';
import { actingAs, auditActions, authFixture, codeOf, NAME, PASSWORD, signedInAs } from './auth-fixture';

const MINUTE = 60_000;

describe('sign-in', { timeout: 30_000 }, () => {
  it('is not required while no operator has a password: a fresh session acts as the setup operator, as before', async () => {
    const { core, session } = await setUpCore();
    const status = await dispatch(core, newSession(), 'auth.status', {});
    expect(status).toMatchObject({ ok: true, value: { signInRequired: false, locked: false, operator: { name: '张协调' } } });
    expect(codeOf(await dispatch(core, newSession(), 'dashboard.summary', {}))).toBe('ok');
    expect(codeOf(await dispatch(core, session, 'workflow.current', {}))).toBe('ok');
  });

  it('once a password exists, a session nobody signed in to gets SIGN_IN_REQUIRED for every non-public channel', async () => {
    const f = await authFixture({ passwords: true });
    const session = newSession();
    for (const channel of ['dashboard.summary', 'cases.list', 'settings.center', 'security.get'] as const) {
      const result = await dispatch(f.core, session, channel, {});
      expect(codeOf(result), channel).toBe('SIGN_IN_REQUIRED');
      if (!result.ok) expect(result.error.message['zh-CN']).toBe('请先登录。');
    }
    // The public ones still answer: the sign-in screen needs them.
    const status = await dispatch(f.core, session, 'auth.status', {});
    expect(status.ok && (status.value as AuthStatus)).toMatchObject({ signInRequired: true, operator: null, locked: false, permissions: [] });
    expect(codeOf(await dispatch(f.core, session, 'app.info', {}))).toBe('ok');
  });

  it('signs in with the right password; auth.status then names the operator and the role\'s permissions; audited', async () => {
    const f = await authFixture({ passwords: true });
    const session = newSession();
    const result = await dispatch(f.core, session, 'auth.signIn', { operatorId: f.ids.secretary, password: PASSWORD.secretary });
    expect(result.ok).toBe(true);
    const status = result.ok ? (result.value as AuthStatus) : null;
    expect(status?.operator).toEqual({ id: f.ids.secretary, name: NAME.secretary, role: 'secretary' });
    expect(status?.permissions).toContain('meetings.admin');
    expect(status?.permissions).not.toContain('court.export');
    expect(status?.permissions).not.toContain('ids.reveal');
    expect(codeOf(await dispatch(f.core, session, 'dashboard.summary', {}))).toBe('ok');
    const entries = auditActions(f.core, 'auth.signIn');
    expect(entries.at(-1)).toMatchObject({ entity_id: f.ids.secretary, operator_name: NAME.secretary });
  });

  it('a wrong password and an unknown operator both answer BAD_CREDENTIALS with the same words, audited, and sign nobody in', async () => {
    const f = await authFixture({ passwords: true });
    const session = newSession();
    const wrong = await dispatch(f.core, session, 'auth.signIn', { operatorId: f.ids.liaison, password: 'not-the-password' });
    const unknown = await dispatch(f.core, session, 'auth.signIn', { operatorId: 'no-such-operator', password: PASSWORD.liaison });
    expect(codeOf(wrong)).toBe('BAD_CREDENTIALS');
    expect(codeOf(unknown)).toBe('BAD_CREDENTIALS');
    if (!wrong.ok && !unknown.ok) expect(wrong.error.message).toEqual(unknown.error.message);
    expect(session.signedIn).toBe(false);
    expect(codeOf(await dispatch(f.core, session, 'cases.list', {}))).toBe('SIGN_IN_REQUIRED');
    const failed = auditActions(f.core, 'auth.signInFailed');
    expect(failed.map((e) => e.entity_id)).toEqual([f.ids.liaison, 'no-such-operator']);
    expect(failed.map((e) => JSON.parse(e.detail).reason)).toEqual(['wrong_password', 'unknown_operator']);
    // Nothing about the attempted password reaches the log.
    expect(failed.some((e) => e.detail.includes('not-the-password') || e.detail.includes(PASSWORD.liaison))).toBe(false);
  });

  it('an operator without a password cannot sign in once sign-in is required', async () => {
    const f = await authFixture({ passwords: true });
    f.core.sqlite.prepare('UPDATE operators SET password_hash = NULL WHERE id = ?').run(f.ids.coordinator);
    const result = await dispatch(f.core, newSession(), 'auth.signIn', { operatorId: f.ids.coordinator, password: PASSWORD.coordinator });
    expect(codeOf(result)).toBe('BAD_CREDENTIALS');
    const status = await dispatch(f.core, newSession(), 'auth.status', {});
    expect(status.ok && (status.value as AuthStatus).operators.map((o) => o.id)).not.toContain(f.ids.coordinator);
  });

  it('locks after the idle time: LOCKED until the same password is given, then works again', async () => {
    const f = await authFixture({ passwords: true });
    const session = await signedInAs(f, 'coordinator');
    f.clock.advance(14 * MINUTE);
    expect(codeOf(await dispatch(f.core, session, 'cases.list', {}))).toBe('ok');
    // That call was activity: the next 15 minutes count from it.
    f.clock.advance(15 * MINUTE);
    expect(codeOf(await dispatch(f.core, session, 'cases.list', {}))).toBe('ok');
    f.clock.advance(15 * MINUTE + 1);
    const locked = await dispatch(f.core, session, 'cases.list', {});
    expect(codeOf(locked)).toBe('LOCKED');
    if (!locked.ok) expect(locked.error.message.en).toMatch(/locked/);
    const status = await dispatch(f.core, session, 'auth.status', {});
    expect(status.ok && (status.value as AuthStatus)).toMatchObject({ locked: true, operator: { id: f.ids.coordinator } });
    // auth.* calls are not activity: polling the status keeps it locked.
    expect(codeOf(await dispatch(f.core, session, 'cases.list', {}))).toBe('LOCKED');
    expect(codeOf(await dispatch(f.core, session, 'auth.signIn', { operatorId: f.ids.coordinator, password: 'wrong-password' }))).toBe('BAD_CREDENTIALS');
    expect(codeOf(await dispatch(f.core, session, 'cases.list', {}))).toBe('LOCKED');
    expect(codeOf(await dispatch(f.core, session, 'auth.signIn', { operatorId: f.ids.coordinator, password: PASSWORD.coordinator }))).toBe('ok');
    expect(codeOf(await dispatch(f.core, session, 'cases.list', {}))).toBe('ok');
    expect(JSON.parse(auditActions(f.core, 'auth.signIn').at(-1)!.detail)).toEqual({ kind: 'unlock' });
  });

  it('the idle time is a setting (security.save, administrators, audited)', async () => {
    const f = await authFixture({ passwords: true });
    const admin = await signedInAs(f, 'administrator');
    expect(await dispatch(f.core, admin, 'security.get', {})).toEqual({ ok: true, value: { idleLockMinutes: 15 } });
    expect(await dispatch(f.core, admin, 'security.save', { idleLockMinutes: 5 })).toEqual({ ok: true, value: { idleLockMinutes: 5 } });
    expect(JSON.parse(auditActions(f.core, 'security.save')[0]!.detail)).toMatchObject({ idleLockMinutes: { before: 15, after: 5 } });
    const coordinator = await signedInAs(f, 'coordinator');
    expect(codeOf(await dispatch(f.core, coordinator, 'security.save', { idleLockMinutes: 240 }))).toBe('PERMISSION_DENIED');
    f.clock.advance(5 * MINUTE + 1);
    expect(codeOf(await dispatch(f.core, coordinator, 'cases.list', {}))).toBe('LOCKED');
  });

  it('auth.lock locks at once; signing in as another operator from the lock screen switches operator', async () => {
    const f = await authFixture({ passwords: true });
    const session = await signedInAs(f, 'secretary');
    expect(await dispatch(f.core, session, 'auth.lock', {})).toMatchObject({ ok: true, value: { locked: true } });
    expect(codeOf(await dispatch(f.core, session, 'rooms.list', {}))).toBe('LOCKED');
    const switched = await dispatch(f.core, session, 'auth.signIn', { operatorId: f.ids.liaison, password: PASSWORD.liaison });
    expect(switched).toMatchObject({ ok: true, value: { locked: false, operator: { id: f.ids.liaison, role: 'liaison' } } });
    const info = await dispatch(f.core, session, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { operator: { id: f.ids.liaison } } });
    expect(JSON.parse(auditActions(f.core, 'auth.signIn').at(-1)!.detail)).toEqual({ kind: 'switch', previousOperatorId: f.ids.secretary });
  });

  it('auth.signOut clears the operator (audited); the next call needs a sign-in again', async () => {
    const f = await authFixture({ passwords: true });
    const session = await signedInAs(f, 'administrator');
    expect(await dispatch(f.core, session, 'auth.signOut', {})).toMatchObject({ ok: true, value: { operator: null, permissions: [] } });
    expect(codeOf(await dispatch(f.core, session, 'dashboard.summary', {}))).toBe('SIGN_IN_REQUIRED');
    expect(auditActions(f.core, 'auth.signOut')).toHaveLength(1);
  });

  it('a signed-in operator who is deactivated meanwhile is signed out at the next call', async () => {
    const f = await authFixture({ passwords: true });
    const session = await signedInAs(f, 'liaison');
    const admin = await signedInAs(f, 'administrator');
    const saved = await dispatch(f.core, admin, 'operators.save', { id: f.ids.liaison, name: NAME.liaison, role: 'liaison', active: false });
    expect(saved.ok).toBe(true);
    expect(codeOf(await dispatch(f.core, session, 'court.overview', {}))).toBe('SIGN_IN_REQUIRED');
  });

  it('setting up the center with a password turns sign-in on and signs the setup session in', async () => {
    const f = await authFixture({ passwords: true });
    expect(f.setupSession).toMatchObject({ operatorId: f.ids.administrator, signedIn: true, locked: false });
    expect(codeOf(await dispatch(f.core, f.setupSession, 'operators.manage', {}))).toBe('ok');
    expect(codeOf(await dispatch(f.core, newSession(), 'operators.manage', {}))).toBe('SIGN_IN_REQUIRED');
  });

  it('setup.complete with operatorPassword stores only its scrypt hash, in the setup transaction, and signs the page in', async () => {
    const core = await memoryCore();
    const session = newSession();
    const result = await dispatch(core, session, 'setup.complete', {
      centerName: '甲市行政争议化解中心', level: 'city', courtName: '甲市中级人民法院', operatorName: '孙管理', operatorRole: 'administrator', operatorPassword: 'first-password-1',
    });
    expect(result.ok).toBe(true);
    const row = core.sqlite.prepare('SELECT password_hash FROM operators').get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain('first-password-1');
    expect(JSON.parse(auditActions(core, 'setup.complete')[0]!.detail)).toMatchObject({ operator: '孙管理', passwordSet: true });
    expect(codeOf(await dispatch(core, session, 'dashboard.summary', {}))).toBe('ok');
    expect(codeOf(await dispatch(core, newSession(), 'dashboard.summary', {}))).toBe('SIGN_IN_REQUIRED');
  });

  it('a session acting without sign-in stops working the moment a password is set', async () => {
    const f = await authFixture();
    const session = actingAs(f, 'coordinator');
    expect(codeOf(await dispatch(f.core, session, 'cases.list', {}))).toBe('ok');
    const admin = actingAs(f, 'administrator');
    expect(codeOf(await dispatch(f.core, admin, 'auth.changePassword', { newPassword: 'a-new-admin-password' }))).toBe('ok');
    expect(codeOf(await dispatch(f.core, session, 'cases.list', {}))).toBe('SIGN_IN_REQUIRED');
    // The administrator who set it stays signed in.
    expect(codeOf(await dispatch(f.core, admin, 'operators.manage', {}))).toBe('ok');
  });

  it('repeated failures are slowed down after the free attempts, and a success resets the count', async () => {
    expect([1, 2, 3].map(failureDelayMs)).toEqual([0, 0, 0]);
    expect([4, 5, 6, 20].map(failureDelayMs)).toEqual([1000, 2000, 4000, 30_000]);
    const f = await authFixture({ passwords: true });
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const attempt = (password: string) =>
      signIn(f.core, newSession(), { operatorId: f.ids.secretary, password }, sleep).then(
        () => 'ok',
        (e: { code: string }) => e.code,
      );
    for (let i = 0; i < FREE_FAILURES + 2; i += 1) expect(await attempt('guess-' + i)).toBe('BAD_CREDENTIALS');
    expect(waits).toEqual([0, 0, 0, 1000, 2000]);
    expect(await attempt(PASSWORD.secretary)).toBe('ok');
    expect(await attempt('guess-again')).toBe('BAD_CREDENTIALS');
    expect(waits.at(-1)).toBe(0);
  });
});
