import { screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import type { Core } from '../../electron/core/core';
import type { Role } from '../../electron/contract/schemas/common';
import { saveOperator } from '../../electron/core/auth/operator-admin';
import { SYSTEM_ACTOR } from '../../electron/core/audit/audit-log';
import { findOperatorByName } from '../../electron/core/services/operators';
import { chooseOption } from './helpers';

/** setUpCore's administrator (张协调) and the colleagues added by withPasswords. */
export const ADMIN = { name: '张协调', password: 'admin-pass-1' } as const;
export const STAFF: readonly { name: string; role: Role; password: string }[] = [
  { name: '王秘书', role: 'secretary', password: 'secretary-pass-1' },
  { name: '李联络', role: 'liaison', password: 'liaison-pass-1' },
  { name: '赵协调', role: 'coordinator', password: 'coordinator-pass-1' },
];

/**
 * Turns sign-in on for a set-up core through the core's own service (as an administrator would):
 * the administrator gets a password first (the core insists), then the colleagues are added.
 */
export async function withPasswords(core: Core): Promise<void> {
  const admin = findOperatorByName(core, ADMIN.name)!;
  await saveOperator(core, SYSTEM_ACTOR, { id: admin.id, name: admin.name, role: admin.role, active: true, password: ADMIN.password });
  for (const staff of STAFF) await saveOperator(core, SYSTEM_ACTOR, { name: staff.name, role: staff.role, active: true, password: staff.password });
}

/** Signs in on the sign-in screen as `name`: picks the operator, types the password, presses Enter. */
export async function signInAs(user: ReturnType<typeof userEvent.setup>, name: string, password: string): Promise<void> {
  await screen.findByTestId('sign-in-screen');
  await chooseOption(user, '操作员', name);
  const field = screen.getByTestId('sign-in-password');
  await user.clear(field);
  await user.type(field, `${password}{Enter}`);
}
