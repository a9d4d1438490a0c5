import { describe, expect, it } from 'vitest';
import type { OperatorAdmin } from '../../../electron/contract/schemas/auth';
import { dispatch } from '../../../electron/core/handlers/registry';
import { newSession } from '../../../electron/core/session';
import { snapshot } from '../helpers/snapshot';
import { actingAs, auditActions, authFixture, codeOf, NAME, PASSWORD, signedInAs } from './auth-fixture';

describe('operator administration', { timeout: 30_000 }, () => {
  it('an administrator creates an operator (a password is required), who can then sign in; audited without the password', async () => {
    const f = await authFixture({ passwords: true });
    const admin = await signedInAs(f, 'administrator');
    const missing = await dispatch(f.core, admin, 'operators.save', { name: '钱联络', role: 'liaison' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'password' }] } });
    const created = await dispatch(f.core, admin, 'operators.save', { name: '钱联络', role: 'liaison', password: 'qian-password' });
    expect(created).toMatchObject({ ok: true, value: { name: '钱联络', role: 'liaison', active: true, hasPassword: true } });
    const id = (created as { value: OperatorAdmin }).value.id;
    const entry = auditActions(f.core, 'operator.create')[0]!;
    expect(entry).toMatchObject({ entity_id: id, operator_name: NAME.administrator });
    expect(entry.detail).not.toContain('qian-password');
    expect(entry.detail).not.toContain('scrypt');
    expect(codeOf(await dispatch(f.core, newSession(), 'auth.signIn', { operatorId: id, password: 'qian-password' }))).toBe('ok');
    const taken = await dispatch(f.core, admin, 'operators.save', { name: '钱联络', role: 'secretary', password: 'another-password' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'name' }] } });
  });

  it('renames, changes the role, resets the password and deactivates, each audited; the list shows every operator', async () => {
    const f = await authFixture({ passwords: true });
    const admin = await signedInAs(f, 'administrator');
    const id = f.ids.secretary;
    expect(await dispatch(f.core, admin, 'operators.save', { id, name: '王秘书长', role: 'coordinator', password: 'reset-password-1' })).toMatchObject({
      ok: true,
      value: { id, name: '王秘书长', role: 'coordinator', hasPassword: true },
    });
    expect(JSON.parse(auditActions(f.core, 'operator.update')[0]!.detail)).toEqual({
      name: '王秘书长',
      changes: { name: { before: NAME.secretary, after: '王秘书长' }, role: { before: 'secretary', after: 'coordinator' } },
      passwordReset: true,
    });
    expect(codeOf(await dispatch(f.core, newSession(), 'auth.signIn', { operatorId: id, password: PASSWORD.secretary }))).toBe('BAD_CREDENTIALS');
    expect(codeOf(await dispatch(f.core, newSession(), 'auth.signIn', { operatorId: id, password: 'reset-password-1' }))).toBe('ok');
    expect(codeOf(await dispatch(f.core, admin, 'operators.save', { id, name: '王秘书长', role: 'coordinator', active: false }))).toBe('ok');
    const list = await dispatch(f.core, admin, 'operators.manage', {});
    expect(list.ok && (list.value as OperatorAdmin[]).map((o) => [o.name, o.active])).toEqual([
      [NAME.administrator, true],
      [NAME.coordinator, true],
      [NAME.liaison, true],
      ['王秘书长', false],
    ].sort((a, b) => Number(b[1]) - Number(a[1]) || String(a[0]).localeCompare(String(b[0]), 'en')));
    expect(codeOf(await dispatch(f.core, newSession(), 'auth.signIn', { operatorId: id, password: 'reset-password-1' }))).toBe('BAD_CREDENTIALS');
  });

  it('the last active administrator cannot be deactivated or demoted; with a second one it can', async () => {
    const f = await authFixture({ passwords: true });
    const admin = await signedInAs(f, 'administrator');
    const self = { id: f.ids.administrator, name: NAME.administrator };
    const before = snapshot(f.core);
    for (const change of [{ role: 'administrator', active: false }, { role: 'coordinator', active: true }]) {
      const result = await dispatch(f.core, admin, 'operators.save', { ...self, ...change });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!result.ok) expect(result.error.message['zh-CN']).toContain('最后一名管理员');
    }
    expect(snapshot(f.core)).toEqual(before);
    expect(codeOf(await dispatch(f.core, admin, 'operators.save', { id: f.ids.coordinator, name: NAME.coordinator, role: 'administrator' }))).toBe('ok');
    expect(codeOf(await dispatch(f.core, admin, 'operators.save', { ...self, role: 'coordinator' }))).toBe('ok');
    // The demoted operator's session now has a coordinator's rights.
    expect(codeOf(await dispatch(f.core, admin, 'operators.manage', {}))).toBe('PERMISSION_DENIED');
  });

  it('refuses to turn sign-in on while no administrator could sign in', async () => {
    const f = await authFixture();
    const admin = actingAs(f, 'administrator');
    const before = snapshot(f.core);
    const result = await dispatch(f.core, admin, 'operators.save', { name: '钱联络', role: 'liaison', password: 'qian-password' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(f.core)).toEqual(before);
    const coordinator = actingAs(f, 'coordinator');
    expect(codeOf(await dispatch(f.core, coordinator, 'auth.changePassword', { newPassword: 'coordinator-password' }))).toBe('CONFLICT');
    expect(snapshot(f.core)).toEqual(before);
  });

  it('an operator changes their own password: the current one is required and checked', async () => {
    const f = await authFixture({ passwords: true });
    const session = await signedInAs(f, 'liaison');
    expect(await dispatch(f.core, session, 'auth.changePassword', { newPassword: 'liaison-new-2027' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'currentPassword' }] },
    });
    expect(await dispatch(f.core, session, 'auth.changePassword', { currentPassword: 'wrong-one', newPassword: 'liaison-new-2027' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ path: 'currentPassword' }] },
    });
    expect(codeOf(await dispatch(f.core, session, 'auth.changePassword', { currentPassword: PASSWORD.liaison, newPassword: 'short' }))).toBe('VALIDATION');
    expect(codeOf(await dispatch(f.core, session, 'auth.changePassword', { currentPassword: PASSWORD.liaison, newPassword: 'liaison-new-2027' }))).toBe('ok');
    expect(codeOf(await dispatch(f.core, newSession(), 'auth.signIn', { operatorId: f.ids.liaison, password: 'liaison-new-2027' }))).toBe('ok');
    const entry = auditActions(f.core, 'operator.passwordChange')[0]!;
    expect(entry).toMatchObject({ entity_id: f.ids.liaison, operator_name: NAME.liaison });
    expect(entry.detail).not.toContain('liaison-new-2027');
  });
});
