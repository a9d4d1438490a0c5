import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword, hashPasswordSync, verifyPassword } from '../../../electron/core/auth/passwords';
import { dispatch } from '../../../electron/core/handlers/registry';
import { tempDir } from '../helpers/core';
import { authFixture, PASSWORD, signedInAs } from './auth-fixture';

describe('operator passwords', { timeout: 30_000 }, () => {
  it('are stored as scrypt$N$r$p$salt$hash with N=2^15, r=8, p=1, a 16-byte salt and a 64-byte key', async () => {
    const stored = await hashPassword('correct horse battery');
    const [kind, n, r, p, salt, key] = stored.split('$');
    expect([kind, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(64);
  });

  it('verify the right password only; the same password gets a different salt each time', async () => {
    const a = await hashPassword('correct horse battery');
    const b = hashPasswordSync('correct horse battery');
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse battery', b)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('a missing or malformed hash never verifies and never throws', async () => {
    const good = await hashPassword('secret-password');
    const [, , , , salt, key] = good.split('$');
    for (const bad of [null, '', 'plain-text', `scrypt$1000$8$1$${salt}$${key}`, `scrypt$${2 ** 30}$8$1$${salt}$${key}`, `bcrypt$32768$8$1$${salt}$${key}`, 'scrypt$32768$8$1$$']) {
      expect(await verifyPassword('secret-password', bad), String(bad)).toBe(false);
    }
  });

  it('no password appears in the database file; channels never return a hash', async () => {
    const dir = tempDir();
    const f = await authFixture({ passwords: true, dir });
    const admin = await signedInAs(f, 'administrator');
    const created = await dispatch(f.core, admin, 'operators.save', { name: '钱协调', role: 'coordinator', password: 'qian-secret-2026' });
    expect(created.ok).toBe(true);
    expect(await dispatch(f.core, admin, 'auth.changePassword', { currentPassword: PASSWORD.administrator, newPassword: 'admin-new-2027' })).toMatchObject({ ok: true });
    const listed = JSON.stringify(await dispatch(f.core, admin, 'operators.manage', {}));
    const status = JSON.stringify(await dispatch(f.core, admin, 'auth.status', {}));
    f.core.close();
    const bytes = Buffer.concat(
      fs.readdirSync(dir).filter((n) => n.startsWith('adr-desk.sqlite3')).map((n) => fs.readFileSync(path.join(dir, n))),
    );
    for (const password of [...Object.values(PASSWORD), 'qian-secret-2026', 'admin-new-2027']) {
      expect(bytes.includes(Buffer.from(password)), password).toBe(false);
    }
    expect(bytes.includes(Buffer.from('scrypt$32768$8$1$'))).toBe(true);
    for (const text of [listed, status]) {
      expect(text).not.toContain('scrypt$');
      expect(text).not.toMatch(/password_?hash/i);
    }
  });
});
