import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../electron/contract/channels';
import { CHANNEL_NAMES } from '../../../electron/contract/names';
import { dispatch } from '../../../electron/core/handlers/registry';
import { newSession } from '../../../electron/core/session';
import { memoryCore, setUpCore } from '../helpers/core';
import { snapshot } from '../helpers/snapshot';

/** Payloads no channel accepts: wrong types, unknown keys, prototype tricks, oversize text. */
const BAD_PAYLOADS: unknown[] = [
  42,
  'text',
  [],
  true,
  { unexpected: 1 },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { centerName: 'x'.repeat(10_000), level: 'planet', courtName: 1, operatorName: null, operatorRole: 'root' },
];

describe('IPC handler registry', () => {
  it('declares every channel of the names list exactly once', () => {
    expect(Object.keys(CHANNELS).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  for (const channel of CHANNEL_NAMES) {
    it(`${channel}: a wrong payload returns a VALIDATION error and writes nothing`, async () => {
      const { core, session } = await setUpCore();
      const before = snapshot(core);
      for (const payload of BAD_PAYLOADS) {
        const result = await dispatch(core, session, channel, payload);
        expect(result.ok, JSON.stringify(payload)).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.message['zh-CN']).toBeTruthy();
          expect(result.error.message.en).toBeTruthy();
          expect(result.error.fields?.length).toBeGreaterThan(0);
        }
      }
      expect(snapshot(core)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('an unknown channel is refused with its own code', async () => {
    const { core, session } = await setUpCore();
    const result = await dispatch(core, session, 'fs.readFile', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('field issues are worded in Chinese and English', async () => {
    const core = await memoryCore();
    const result = await dispatch(core, newSession(), 'setup.complete', {
      centerName: '', level: 'city', courtName: '某法院', operatorName: '张三', operatorRole: 'administrator',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const field = result.error.fields?.find((f) => f.path === 'centerName');
    expect(field?.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(field?.message.en).toMatch(/[a-z]/i);
  });

  it('channels that need a center refuse before setup, and public ones work', async () => {
    const core = await memoryCore();
    const session = newSession();
    expect(await dispatch(core, session, 'dashboard.summary', {})).toMatchObject({ ok: false, error: { code: 'NOT_SET_UP' } });
    expect(await dispatch(core, session, 'setup.status', {})).toEqual({ ok: true, value: { needsSetup: true } });
  });

  it('setup completes once, audited, and a second attempt is refused without writing', async () => {
    const core = await memoryCore();
    const session = newSession();
    const input = { centerName: '甲市行政争议化解中心', level: 'city', courtName: '甲市中级人民法院', operatorName: '李秘书', operatorRole: 'secretary' };
    const first = await dispatch(core, session, 'setup.complete', input);
    expect(first).toMatchObject({ ok: true, value: { operator: { name: '李秘书', role: 'secretary' } } });
    expect(session.operatorId).toBeTruthy();
    const before = snapshot(core);
    const second = await dispatch(core, newSession(), 'setup.complete', { ...input, centerName: '乙' });
    expect(second).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
    expect(snapshot(core)).toEqual(before);
    const info = await dispatch(core, session, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { center: { name: '甲市行政争议化解中心' }, operator: { name: '李秘书' } } });
  });

  it('reports a write to the transport so it can tell the page', async () => {
    const core = await memoryCore();
    const writes: string[] = [];
    await dispatch(core, newSession(), 'setup.status', {}, { onWrite: (c) => writes.push(c) });
    await dispatch(
      core,
      newSession(),
      'setup.complete',
      { centerName: '甲', level: 'district', courtName: '乙', operatorName: '丙', operatorRole: 'liaison' },
      { onWrite: (c) => writes.push(c) },
    );
    expect(writes).toEqual(['setup.complete']);
  });

  it('an unexpected failure inside a handler becomes INTERNAL, not a crash', async () => {
    const { core, session } = await setUpCore();
    core.sqlite.exec('DROP TABLE meetings'); // a broken store under the dashboard query
    const result = await dispatch(core, session, 'dashboard.summary', {}, { log: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
