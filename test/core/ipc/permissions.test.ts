import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../electron/contract/channels';
import { CHANNEL_NAMES, type ChannelName } from '../../../electron/contract/names';
import { roleHas } from '../../../electron/contract/permissions';
import type { Role } from '../../../electron/contract/schemas/common';
import type { CaseDetail } from '../../../electron/contract/schemas/cases';
import { hashPasswordSync } from '../../../electron/core/auth/passwords';
import { createCase } from '../../../electron/core/cases/intake';
import { dispatch } from '../../../electron/core/handlers/registry';
import { insertOperator } from '../../../electron/core/services/operators';
import { newSession, type Session } from '../../../electron/core/session';
import { caseFixture, intake, VALID_ID } from '../cases/fixture';
import { exportFixture } from '../court/export-fixture';
import { snapshot } from '../helpers/snapshot';
import { actingAs, auditActions, authFixture, codeOf, NAME, PASSWORD, ROLES_ALL, signedInAs } from '../auth/auth-fixture';

/**
 * The role matrix of issue 8 through the IPC handler layer: the channel's permission, the role's
 * grant and the refusal (PERMISSION_DENIED, nothing written) for every transport alike.
 */

/** Which roles may call each channel: A administrator, C coordinator, S secretary, L liaison. */
const EXPECTED: Record<ChannelName, string> = {
  'app.info': 'public',
  'setup.status': 'public',
  'setup.complete': 'public',
  'demo.load': 'A',
  'settings.center': 'ACSL',
  'dashboard.summary': 'ACSL',
  'audit.verify': 'A',
  'jobs.cancel': 'ACSL',
  'cases.create': 'AC',
  'cases.update': 'AC',
  'cases.get': 'ACSL',
  'cases.advance': 'AC',
  'cases.close': 'AC',
  'cases.reopen': 'AC',
  'activities.create': 'AC',
  'activities.update': 'AC',
  'activities.delete': 'AC',
  'attachments.add': 'AC',
  'attachments.open': 'ACSL',
  'workflow.current': 'ACSL',
  'workflow.save': 'A',
  'categories.list': 'ACSL',
  'categories.save': 'A',
  'operators.list': 'ACSL',
  'agencies.options': 'ACSL',
  'clocks.suspend': 'AC',
  'clocks.resume': 'AC',
  'clocks.extend': 'AC',
  'holidays.get': 'ACSL',
  'holidays.save': 'A',
  'holidays.import': 'A',
  'cases.list': 'ACSL',
  'cases.search': 'ACSL',
  'views.list': 'ACSL',
  'views.save': 'ACSL',
  'views.delete': 'ACSL',
  'agencies.list': 'ACSL',
  'agencies.get': 'ACSL',
  'agencies.save': 'AC',
  'contacts.save': 'AC',
  'agencies.importPreview': 'AC',
  'agencies.import': 'AC',
  'agencies.template': 'ACSL',
  'tasks.list': 'ACSL',
  'tasks.get': 'ACSL',
  'tasks.create': 'ACS',
  'tasks.update': 'ACS',
  'tasks.acknowledge': 'ACS',
  'tasks.reply': 'ACS',
  'tasks.close': 'ACS',
  'tasks.remind': 'ACS',
  'tasks.notice': 'ACSL',
  'tasks.dueDate': 'ACSL',
  'hearings.list': 'ACSL',
  'hearings.save': 'ACL',
  'hearings.delete': 'ACL',
  'suggestions.list': 'ACSL',
  'suggestions.save': 'ACL',
  'suggestions.delete': 'ACL',
  'attendance.list': 'ACSL',
  'attendance.save': 'ACL',
  'attendance.delete': 'ACL',
  'linkage.stats': 'ACSL',
  'quarterly.get': 'ACSL',
  'quarterly.saveRectification': 'ACL',
  'quarterly.export': 'ACSL',
  'rooms.list': 'ACSL',
  'rooms.save': 'AS',
  'series.list': 'ACSL',
  'meetings.list': 'ACSL',
  'meetings.get': 'ACSL',
  'meetings.check': 'ACSL',
  'meetings.save': 'ACS',
  'meetings.move': 'ACS',
  'meetings.setStatus': 'ACS',
  'meetings.saveMinutes': 'ACS',
  'meetings.ics': 'ACSL',
  'meetings.pack': 'ACSL',
  'meetings.minutesExport': 'ACSL',
  'flowchart.template': 'ACSL',
  'flowchart.case': 'ACSL',
  'summary.case': 'ACSL',
  'cases.setTypical': 'AC',
  'summary.typical': 'ACSL',
  'summary.periodFigures': 'ACSL',
  'summary.period': 'ACSL',
  'court.overview': 'ACSL',
  'court.export': 'AL',
  'court.rewrite': 'AL',
  'court.markDelivered': 'AL',
  'court.verify': 'ACSL',
  'court.importPreview': 'ACL',
  'court.import': 'ACL',
  'court.key': 'ACSL',
  'court.keyExport': 'ACSL',
  'court.keyRotate': 'A',
  'auth.status': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.lock': 'public',
  'auth.changePassword': 'ACSL',
  'operators.manage': 'A',
  'operators.save': 'A',
  'security.get': 'ACSL',
  'security.save': 'A',
  'audit.list': 'A',
  'audit.export': 'A',
  'backup.status': 'A',
  'backup.now': 'A',
  'backup.restore': 'A',
  'backup.settings': 'A',
  'retention.status': 'A',
  'retention.settings': 'A',
  'retention.run': 'A',
};

const LETTER: Record<Role, string> = { administrator: 'A', coordinator: 'C', secretary: 'S', liaison: 'L' };

describe('permissions: the role matrix', { timeout: 30_000 }, () => {
  it('every channel is held by exactly the roles the matrix says (a channel cannot silently lose or gain a role)', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const channel of CHANNEL_NAMES) {
      const permission = CHANNELS[channel].permission;
      const held = permission === 'public' ? 'public' : ROLES_ALL.filter((r) => roleHas(r, permission)).map((r) => LETTER[r]).join('');
      expect(held, channel).toBe(EXPECTED[channel]);
    }
  });

  it('only administrators hold the administrative permissions; ids.reveal only administrators and coordinators', () => {
    for (const permission of ['workflow.admin', 'holidays.admin', 'categories.admin', 'operators.admin', 'audit.read', 'audit.export', 'backup.admin', 'retention.admin', 'court.keys', 'demo.load'] as const) {
      expect(ROLES_ALL.filter((r) => roleHas(r, permission)), permission).toEqual(['administrator']);
    }
    expect(ROLES_ALL.filter((r) => roleHas(r, 'ids.reveal'))).toEqual(['administrator', 'coordinator']);
    expect(ROLES_ALL.filter((r) => roleHas(r, 'court.export'))).toEqual(['administrator', 'liaison']);
  });

  // Every channel that takes no arguments, called by each role it refuses: refused before the
  // handler runs, in both languages, and nothing is written.
  const noInput = CHANNEL_NAMES.filter((c) => CHANNELS[c].permission !== 'public' && CHANNELS[c].input.safeParse({}).success);
  for (const role of ROLES_ALL.filter((r) => r !== 'administrator')) {
    it(`${role}: every no-argument channel outside the role answers PERMISSION_DENIED and writes nothing`, async () => {
      const f = await authFixture();
      const session = actingAs(f, role);
      const before = snapshot(f.core);
      const refused = noInput.filter((c) => !EXPECTED[c].includes(LETTER[role]));
      expect(refused.length).toBeGreaterThan(0);
      for (const channel of refused) {
        const result = await dispatch(f.core, session, channel, {});
        expect(codeOf(result), channel).toBe('PERMISSION_DENIED');
        if (!result.ok) expect(result.error.message['zh-CN']).toContain(({ coordinator: '协调员', secretary: '秘书', liaison: '联络员' } as Record<string, string>)[role]);
      }
      expect(snapshot(f.core)).toEqual(before);
    });
  }
});

describe('permissions: the issue\'s rules', { timeout: 60_000 }, () => {
  /** The demo center with operators of every role, each with a password (sign-in required). */
  async function courtCenter(): Promise<{ f: Awaited<ReturnType<typeof exportFixture>>; signIn: (role: Role) => Promise<Session> }> {
    const f = await exportFixture();
    const ids: Partial<Record<Role, string>> = {};
    f.core.sqlite.prepare("UPDATE operators SET password_hash = ? WHERE role = 'administrator'").run(hashPasswordSync(PASSWORD.administrator));
    ids.administrator = f.actor.operatorId!;
    for (const role of ['secretary', 'liaison'] as const) ids[role] = insertOperator(f.core, NAME[role], role, hashPasswordSync(PASSWORD[role])).id;
    const signIn = async (role: Role) => {
      const session = newSession();
      const result = await dispatch(f.core, session, 'auth.signIn', { operatorId: ids[role]!, password: PASSWORD[role] });
      expect(result.ok).toBe(true);
      return session;
    };
    return { f, signIn };
  }

  it('a secretary is refused a court package with PERMISSION_DENIED and nothing is written; the liaison exports it', async () => {
    const { f, signIn } = await courtCenter();
    const secretary = await signIn('secretary');
    const before = snapshot(f.core);
    const refused = await dispatch(f.core, secretary, 'court.export', { mode: 'all' });
    expect(codeOf(refused)).toBe('PERMISSION_DENIED');
    if (!refused.ok) {
      expect(refused.error.message['zh-CN']).toBe('当前操作员（秘书）无权执行此操作。');
      expect(refused.error.message.en).toBe('The current operator (secretary) is not allowed to do this.');
    }
    expect(f.printed()).toBe(0);
    expect(snapshot(f.core)).toEqual(before);

    const liaison = await signIn('liaison');
    const exported = await dispatch(f.core, liaison, 'court.export', { mode: 'all' });
    expect(exported).toMatchObject({ ok: true, value: { batch: { batchNumber: 1 } } });
    expect(auditActions(f.core, 'court.export').at(-1)?.operator_name).toBe(NAME.liaison);
    expect(codeOf(await dispatch(f.core, secretary, 'court.markDelivered', { batchNumber: 1 }))).toBe('PERMISSION_DENIED');
  });

  it('a coordinator cannot edit the workflow template, the holiday calendar or the operators; an administrator can', async () => {
    const f = await authFixture({ passwords: true });
    const coordinator = await signedInAs(f, 'coordinator');
    const admin = await signedInAs(f, 'administrator');
    const current = await dispatch(f.core, coordinator, 'workflow.current', {});
    expect(current.ok).toBe(true);
    const template = (current as { value: { steps: { code: string; stage: string; name: string; kind: string; required: boolean; timeLimitDays: number | null; retired: boolean }[] } }).value;
    const workflow = {
      name: '新流程',
      steps: template.steps.map(({ code, stage, name, kind, required, timeLimitDays, retired }) => ({ code, stage, name, kind, required, timeLimitDays, retired })),
    };
    const holidays = { year: 2027, days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] };
    const operator = { name: '新协调员', role: 'coordinator', password: 'a-long-password' };
    const before = snapshot(f.core);
    for (const [channel, input] of [['workflow.save', workflow], ['holidays.save', holidays], ['operators.save', operator], ['categories.save', { items: [{ name: '新类型', active: true }] }]] as const) {
      expect(codeOf(await dispatch(f.core, coordinator, channel, input)), channel).toBe('PERMISSION_DENIED');
    }
    expect(snapshot(f.core)).toEqual(before);
    expect(codeOf(await dispatch(f.core, admin, 'workflow.save', workflow))).toBe('ok');
    expect(codeOf(await dispatch(f.core, admin, 'holidays.save', holidays))).toBe('ok');
    expect(codeOf(await dispatch(f.core, admin, 'operators.save', operator))).toBe('ok');
  });

  it('full ID numbers go only to roles with ids.reveal (audited); a secretary or liaison asking gets them masked', async () => {
    const f = await caseFixture();
    const { id } = createCase(f.core, f.actor, intake(f));
    const sessions: Record<Role, Session> = {
      administrator: f.session,
      coordinator: { ...newSession(), operatorId: insertOperator(f.core, NAME.coordinator, 'coordinator').id },
      secretary: { ...newSession(), operatorId: insertOperator(f.core, NAME.secretary, 'secretary').id },
      liaison: { ...newSession(), operatorId: insertOperator(f.core, NAME.liaison, 'liaison').id },
    };
    const idOf = async (role: Role, revealIds: boolean) => {
      const result = await dispatch(f.core, sessions[role], 'cases.get', { id, revealIds });
      expect(result.ok, role).toBe(true);
      return (result as { value: CaseDetail }).value.parties[0]!.idNumber;
    };
    const masked = `${VALID_ID.slice(0, 4)}**********${VALID_ID.slice(-4)}`;
    for (const role of ROLES_ALL) expect(await idOf(role, false), role).toBe(masked);
    expect(auditActions(f.core, 'ids.reveal')).toHaveLength(0);
    expect(await idOf('secretary', true)).toBe(masked);
    expect(await idOf('liaison', true)).toBe(masked);
    expect(auditActions(f.core, 'ids.reveal')).toHaveLength(0);
    expect(await idOf('coordinator', true)).toBe(VALID_ID);
    expect(await idOf('administrator', true)).toBe(VALID_ID);
    expect(auditActions(f.core, 'ids.reveal').map((e) => e.operator_name)).toEqual([NAME.coordinator, '张协调']);
  });
});
